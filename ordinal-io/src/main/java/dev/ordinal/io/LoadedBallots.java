package dev.ordinal.io;

import dev.ordinal.vote.Ballots;

/**
 * Ballots read from one or more files, merged into one profile, and what the read found. In the
 * report, records count ballots read (a PrefLib line or a row with a count of 5 is five) and
 * judgments count the ballots kept.
 */
public record LoadedBallots(Ballots ballots, ReadReport report) {
}
