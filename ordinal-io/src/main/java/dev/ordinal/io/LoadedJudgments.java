package dev.ordinal.io;

/** The judgments of one file, collapsed to sufficient statistics, with what the read found. */
public sealed interface LoadedJudgments permits LoadedPairwise, LoadedRankings {
    ReadReport report();
}
