package dev.ordinal.io;

import dev.ordinal.rating.Match;
import java.util.List;
import java.util.Objects;

/**
 * The matches of one file, with what the read found. {@link ReadReport#judgments()} counts the
 * matches kept.
 *
 * @param matches by time (a stable sort, so matches at the same time keep file order) when every
 *                match has a time, otherwise in file order
 * @param report  records read, matches kept, records skipped by reason
 */
public record LoadedMatches(List<Match> matches, ReadReport report) {

    public LoadedMatches {
        matches = List.copyOf(matches);
        Objects.requireNonNull(report, "report");
    }
}
