package dev.ordinal.io;

import dev.ordinal.error.DataException;
import dev.ordinal.judgment.Items;
import dev.ordinal.vote.Ballots;
import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

/**
 * Writes a {@link Ballots} profile as a PrefLib file (https://www.preflib.org/format; Mattei and
 * Walsh, ADT 2013): the metadata header, then one {@code COUNT: ...} line per distinct ballot,
 * largest count first. Alternatives are numbered from 1 in candidate order and named by candidate
 * id, so that {@link BallotFiles} reads the file back to the same ballots.
 *
 * <p>Ordinal types ({@code soc soi toc toi}) write each ballot's ranked groups, ties in braces;
 * unranked candidates are left out. The categorical type ({@code cat}) writes each ballot's ranked
 * groups as its first categories and its unranked candidates as the last one, with
 * {@code max(2, most groups on a ballot + 1)} categories, so approval ballots become the usual
 * two-category Yes/No file. Score ballots are written as the orders of their scores; the scores
 * themselves have no place in the format. PrefLib counts voters, so every ballot weight must be a
 * whole number (ballots of weight 0 are left out).
 */
public final class PrefLibWriter {

    private PrefLibWriter() {
    }

    /**
     * The most restrictive ordinal type that holds these ballots, as PrefLib requires: soc if every
     * ballot is strict and complete, soi if strict, toc if complete, toi otherwise.
     */
    public static PrefLibType typeOf(Ballots ballots) {
        boolean strict = true;
        boolean complete = true;
        for (int b = 0; b < ballots.size(); b++) {
            int ranked = 0;
            for (int[] group : ballots.groups(b)) {
                strict &= group.length == 1;
                ranked += group.length;
            }
            complete &= ranked == ballots.candidateCount();
        }
        if (strict) {
            return complete ? PrefLibType.SOC : PrefLibType.SOI;
        }
        return complete ? PrefLibType.TOC : PrefLibType.TOI;
    }

    /**
     * Writes {@code ballots} as a PrefLib file of {@code type}.
     *
     * @param fileName the {@code FILE NAME} header value, e.g. {@code election.soi}
     * @param title    the {@code TITLE} header value
     * @throws DataException when the ballots do not fit an ordinal {@code type} (e.g. ties
     *                                  in a soi file) or a weight is not a whole number
     */
    public static void write(Ballots ballots, PrefLibType type, String fileName, String title, Writer out)
            throws IOException {
        PrefLibType actual = typeOf(ballots);
        if (type != PrefLibType.CAT && !fits(actual, type)) {
            throw new DataException("these ballots are " + actual.extension() + " data and do not fit a "
                    + type.extension() + " file", "write them as " + actual.extension() + " or toi");
        }
        List<Integer> order = new ArrayList<>();
        long voters = 0;
        int categories = 2;
        for (int b = 0; b < ballots.size(); b++) {
            double weight = ballots.weight(b);
            if (weight != Math.rint(weight) || weight > 1L << 53) {
                throw new DataException("distinct ballot " + b + " has weight " + weight
                        + ", but PrefLib counts voters in whole numbers");
            }
            if (weight > 0) {
                order.add(b);
                voters += (long) weight;
                categories = Math.max(categories, ballots.groupCount(b) + 1);
            }
        }
        order.sort(Comparator.comparingDouble((Integer b) -> -ballots.weight(b)));
        Items candidates = ballots.candidates();
        out.write("# FILE NAME: " + fileName + "\n");
        out.write("# TITLE: " + title + "\n");
        out.write("# DESCRIPTION: \n");
        out.write("# DATA TYPE: " + type.extension() + "\n");
        out.write("# MODIFICATION TYPE: original\n");
        out.write("# RELATES TO: \n");
        out.write("# RELATED FILES: \n");
        out.write("# PUBLICATION DATE: \n");
        out.write("# MODIFICATION DATE: \n");
        out.write("# NUMBER ALTERNATIVES: " + candidates.size() + "\n");
        out.write("# NUMBER VOTERS: " + voters + "\n");
        if (type == PrefLibType.CAT) {
            out.write("# NUMBER UNIQUE PREFERENCES: " + order.size() + "\n");
            out.write("# NUMBER CATEGORIES: " + categories + "\n");
            for (int k = 1; k <= categories; k++) {
                String name = categories == 2 ? (k == 1 ? "Yes" : "No") : "Category " + k;
                out.write("# CATEGORY NAME " + k + ": " + name + "\n");
            }
        } else {
            out.write("# NUMBER UNIQUE ORDERS: " + order.size() + "\n");
        }
        for (int c = 0; c < candidates.size(); c++) {
            out.write("# ALTERNATIVE NAME " + (c + 1) + ": " + candidates.id(c) + "\n");
        }
        for (int b : order) {
            StringBuilder line = new StringBuilder().append((long) ballots.weight(b)).append(": ");
            int[][] groups = ballots.groups(b);
            int entries = type == PrefLibType.CAT ? categories : groups.length;
            for (int k = 0; k < entries; k++) {
                if (k > 0) {
                    line.append(',');
                }
                int[] entry = k < groups.length ? groups[k] : new int[0];
                if (type == PrefLibType.CAT && k == categories - 1) {
                    entry = unranked(ballots, b);
                }
                appendGroup(line, entry);
            }
            out.write(line.append('\n').toString());
        }
    }

    /** Whether data of type {@code actual} may be written as {@code requested}: the requested type allows at least as much. */
    private static boolean fits(PrefLibType actual, PrefLibType requested) {
        boolean tiesAllowed = requested == PrefLibType.TOC || requested == PrefLibType.TOI;
        boolean gapsAllowed = requested == PrefLibType.SOI || requested == PrefLibType.TOI;
        boolean hasTies = actual == PrefLibType.TOC || actual == PrefLibType.TOI;
        boolean hasGaps = actual == PrefLibType.SOI || actual == PrefLibType.TOI;
        return (tiesAllowed || !hasTies) && (gapsAllowed || !hasGaps);
    }

    private static int[] unranked(Ballots ballots, int b) {
        int[] unranked = new int[ballots.candidateCount()];
        int size = 0;
        for (int c = 0; c < ballots.candidateCount(); c++) {
            if (!ballots.ranks(b, c)) {
                unranked[size++] = c;
            }
        }
        return Arrays.copyOf(unranked, size);
    }

    private static void appendGroup(StringBuilder line, int[] group) {
        if (group.length == 1) {
            line.append(group[0] + 1);
            return;
        }
        line.append('{');
        for (int i = 0; i < group.length; i++) {
            if (i > 0) {
                line.append(',');
            }
            line.append(group[i] + 1);
        }
        line.append('}');
    }
}
