package dev.ordinal.io;

import java.io.InputStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * Reads ballots from CSV (RFC 4180, a header row first), in one of three layouts told by the
 * header: a {@code ballot} column holding a ranking such as {@code a>b=c>d} ({@code >} strict,
 * {@code =} tie, a blank cell ranks nobody); an {@code approvals} column holding
 * {@code a;b;c}, the approved candidates (the others unranked); or else one column per candidate
 * holding a rank or a score as {@link BallotColumns} says. Optional {@code count} (whole number of
 * identical ballots) and {@code weight} (per ballot) columns apply to every layout; a
 * {@code voter} column is ignored. Column names are matched without regard to case.
 */
final class BallotCsvReader {
    private static final String BALLOT = "ballot";
    private static final String APPROVALS = "approvals";
    private static final String COUNT = "count";
    private static final String WEIGHT = "weight";
    private static final String VOTER = "voter";
    private static final String RANKING_SYNTAX = "candidates separated by '>' (preferred) and '=' (tied), e.g. a>b=c>d";

    private enum Layout { RANKING, APPROVALS, RANKS, SCORES }

    private final ReadTally tally;
    private final BallotAccumulator ballots;
    private final Layout layout;
    /** The header names of the ballot column, or of the candidate columns, in value slots 0, 1, ... */
    private final List<String> fields;
    private final int countSlot;
    private final int weightSlot;

    private BallotCsvReader(ReadTally tally, BallotAccumulator ballots, Layout layout, List<String> fields,
                            int countSlot, int weightSlot) {
        this.tally = tally;
        this.ballots = ballots;
        this.layout = layout;
        this.fields = fields;
        this.countSlot = countSlot;
        this.weightSlot = weightSlot;
    }

    static void read(InputStream in, BallotColumns columns, ReadTally tally, BallotAccumulator ballots) {
        try (CsvRows rows = CsvRows.open(in, tally)) {
            List<String> header = rows.header(tally::nothingFound);
            Map<String, Integer> special = new HashMap<>();
            List<Integer> candidatePositions = new ArrayList<>();
            for (int i = 0; i < header.size(); i++) {
                String name = header.get(i).toLowerCase(Locale.ROOT);
                boolean reserved = List.of(BALLOT, APPROVALS, COUNT, WEIGHT, VOTER).contains(name);
                if (reserved && special.putIfAbsent(name, i) != null) {
                    throw tally.error(rows.line(), name, header.get(i), "the column '" + header.get(i) + "' appears twice",
                            "each column once", "bad header");
                }
                if (!reserved) {
                    candidatePositions.add(i);
                }
            }
            if (special.containsKey(BALLOT) && special.containsKey(APPROVALS)) {
                throw tally.error(rows.line(), null, null, "the header has both a 'ballot' and an 'approvals' column",
                        "one of them: 'ballot' for rankings, 'approvals' for approval ballots", "bad header");
            }
            Layout layout;
            List<Integer> positions;
            if (special.containsKey(BALLOT) || special.containsKey(APPROVALS)) {
                layout = special.containsKey(BALLOT) ? Layout.RANKING : Layout.APPROVALS;
                positions = List.of(special.getOrDefault(BALLOT, special.get(APPROVALS)));
            } else {
                layout = columns == BallotColumns.SCORE ? Layout.SCORES : Layout.RANKS;
                positions = candidatePositions;
            }
            if (positions.isEmpty()) {
                throw tally.error(rows.line(), null, null, "the header " + header + " names no ballot column",
                        "a 'ballot' column (a>b=c), an 'approvals' column (a;b), or one column per candidate", "bad header");
            }
            List<String> fields = new ArrayList<>();
            int[] slots = new int[header.size()];
            Arrays.fill(slots, -1);
            for (int position : positions) {
                String name = header.get(position);
                if (fields.contains(name)) {
                    throw tally.error(rows.line(), name, name, "the candidate column '" + name + "' appears twice",
                            "each candidate once", "bad header");
                }
                slots[position] = fields.size();
                fields.add(name);
                if (layout == Layout.RANKS || layout == Layout.SCORES) {
                    if (name.isEmpty()) {
                        throw tally.error(rows.line(), null, null, "a candidate column has no name",
                                "a candidate name in every column of the header", "bad header");
                    }
                    ballots.item(name);
                }
            }
            int countSlot = special.containsKey(COUNT) ? fields.size() : -1;
            int weightSlot = special.containsKey(WEIGHT) ? fields.size() + 1 : -1;
            if (countSlot >= 0) {
                slots[special.get(COUNT)] = countSlot;
            }
            if (weightSlot >= 0) {
                slots[special.get(WEIGHT)] = weightSlot;
            }
            BallotCsvReader reader = new BallotCsvReader(tally, ballots, layout, fields, countSlot, weightSlot);
            String[] values = new String[fields.size() + 2];
            while (rows.next(slots, values)) {
                reader.row(rows.line(), values);
            }
        }
    }

    private void row(long line, String[] values) {
        long count = 1;
        try {
            if (countSlot >= 0 && !values[countSlot].isBlank()) {
                count = tally.count(line, COUNT, values[countSlot]);
            }
        } catch (InputException e) {
            tally.records(1);
            tally.reject(e, 1);
            return;
        }
        tally.records(count);
        try {
            double weight = weightSlot >= 0 && !values[weightSlot].isBlank()
                    ? tally.weight(line, WEIGHT, values[weightSlot].strip()) : 1.0;
            switch (layout) {
                case RANKING -> ballots.add(line, fields.get(0), ranking(line, values[0]), Optional.empty(), weight, count);
                case APPROVALS -> ballots.add(line, fields.get(0), approvals(line, values[0]), Optional.empty(), weight, count);
                case RANKS -> ballots.add(line, "", ranks(line, values), Optional.empty(), weight, count);
                case SCORES -> ballots.addScores(line, "", scores(line, values), weight, count);
            }
        } catch (InputException e) {
            tally.reject(e, count);
        }
    }

    /** {@code a>b=c>d}: groups split by '>', candidates within a group by '='. */
    private List<List<String>> ranking(long line, String text) {
        List<List<String>> groups = new ArrayList<>();
        if (text.isBlank()) {
            return groups;
        }
        for (String groupText : text.split(">", -1)) {
            List<String> group = new ArrayList<>();
            for (String name : groupText.split("=", -1)) {
                group.add(name(line, fields.get(0), text, name, RANKING_SYNTAX));
            }
            groups.add(group);
        }
        return groups;
    }

    /** {@code a;b;c}: one group of approved candidates; a blank cell approves nobody. */
    private List<List<String>> approvals(long line, String text) {
        if (text.isBlank()) {
            return List.of();
        }
        List<String> approved = new ArrayList<>();
        for (String name : text.split(";", -1)) {
            approved.add(name(line, fields.get(0), text, name, "candidates separated by ';', e.g. a;b;c"));
        }
        return List.of(approved);
    }

    private String name(long line, String field, String text, String name, String expected) {
        String trimmed = name.strip();
        if (trimmed.isEmpty()) {
            throw tally.error(line, field, text, "'" + text + "' has an empty candidate name", expected, "bad ballot");
        }
        return trimmed;
    }

    /** One column per candidate holding a rank: equal ranks form a tied group, blank cells are unranked. */
    private List<List<String>> ranks(long line, String[] values) {
        TreeMap<Integer, List<String>> byRank = new TreeMap<>();
        for (int c = 0; c < fields.size(); c++) {
            String text = values[c].strip();
            if (text.isEmpty()) {
                continue;
            }
            int rank;
            try {
                rank = Integer.parseInt(text);
            } catch (NumberFormatException e) {
                rank = 0;
            }
            if (rank < 1) {
                throw tally.error(line, fields.get(c), text, "'" + text + "' is not a rank",
                        "a whole number of at least 1 (1 = best) or a blank cell for unranked;"
                                + " for scores in these columns read them as score columns", "bad rank");
            }
            byRank.computeIfAbsent(rank, r -> new ArrayList<>()).add(fields.get(c));
        }
        return new ArrayList<>(byRank.values());
    }

    /** One column per candidate holding a score: blank cells give no score. */
    private Map<String, Double> scores(long line, String[] values) {
        Map<String, Double> scores = new LinkedHashMap<>();
        for (int c = 0; c < fields.size(); c++) {
            String text = values[c].strip();
            if (text.isEmpty()) {
                continue;
            }
            double score;
            try {
                score = Double.parseDouble(text);
            } catch (NumberFormatException e) {
                score = Double.NaN;
            }
            if (!Double.isFinite(score)) {
                throw tally.error(line, fields.get(c), text, "'" + text + "' is not a score",
                        "a finite number (higher is better) or a blank cell for no score", "bad score");
            }
            scores.put(fields.get(c), score);
        }
        return scores;
    }
}
