package dev.ordinal.io;

import java.util.Locale;

/** The PrefLib data types {@link PrefLibWriter} writes, each also the file extension (preflib.org/format). */
public enum PrefLibType {
    /** Strict orders, complete: every ballot ranks every candidate, no ties. */
    SOC,
    /** Strict orders, incomplete: no ties, candidates may be left unranked. */
    SOI,
    /** Orders with ties, complete: every ballot ranks every candidate. */
    TOC,
    /** Orders with ties, incomplete: any weak order of some of the candidates. */
    TOI,
    /** Categorical preferences: each candidate in one of a fixed number of ordered categories. */
    CAT;

    /** The file extension and {@code DATA TYPE} value, e.g. {@code soi}. */
    public String extension() {
        return name().toLowerCase(Locale.ROOT);
    }
}
