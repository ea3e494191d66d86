package dev.ordinal.io;

import dev.ordinal.judgment.RankingProfile;

/** Rankings (ballots) read from a file. */
public record LoadedRankings(RankingProfile profile, ReadReport report) implements LoadedJudgments {
}
