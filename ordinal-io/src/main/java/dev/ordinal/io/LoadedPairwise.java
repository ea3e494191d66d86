package dev.ordinal.io;

import dev.ordinal.judgment.ComparisonTable;

/** Pairwise judgments read from a file. */
public record LoadedPairwise(ComparisonTable table, ReadReport report) implements LoadedJudgments {
}
