package dev.ordinal.io;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads PrefLib ordinal preference files, .soc, .soi, .toc and .toi, as specified at
 * https://www.preflib.org/format (Mattei and Walsh, "PrefLib: A Library for Preferences",
 * ADT 2013): header lines start with {@code #}; {@code # ALTERNATIVE NAME i: name} names
 * alternative {@code i}; every other line is {@code COUNT: a,b,{c,d},e}, {@code COUNT} identical
 * ballots ranking the alternatives best first with ties in braces. Lenient where real files
 * differ: alternatives may be numbered from 0, separators may carry spaces, and zero-count lines
 * are skipped.
 *
 * <p>Categorical files (.cat, recognised by the caller or by a {@code # DATA TYPE: cat} or
 * {@code # NUMBER CATEGORIES} header) have the same lines with one entry per category, best
 * first, {@code {}} for an empty one. They are read as weak orders: the categories but the last
 * are the ranked groups (empty ones close up), and the alternatives in the last category, or in
 * none, are unranked, i.e. tied below all others. So a two-category file reads as approval
 * ballots that approve the first category.
 *
 * <p>An alternative's item id is its declared name, or its number when the header names none.
 */
final class PrefLibReader {
    private static final Pattern ALTERNATIVE = Pattern.compile("#\\s*ALTERNATIVE NAME\\s+(\\d+)\\s*:\\s?(.*)");
    private static final Pattern CATEGORIES = Pattern.compile("#\\s*NUMBER CATEGORIES\\s*:\\s*(\\d+)\\s*");
    private static final Pattern CATEGORICAL_TYPE = Pattern.compile("#\\s*DATA TYPE\\s*:\\s*cat\\s*",
            Pattern.CASE_INSENSITIVE);
    private static final String EXPECTED_LINE = "COUNT: a,b,{c,d},... with alternative numbers";

    private final ReadTally tally;
    private final RankingSink rankings;
    private final TreeMap<Integer, String> names = new TreeMap<>();
    private final Map<String, Integer> numbersByName = new HashMap<>();
    private boolean categorical;
    /** The declared number of categories; 0 when the header declares none. */
    private int categories;

    private PrefLibReader(ReadTally tally, boolean categorical, RankingSink rankings) {
        this.tally = tally;
        this.categorical = categorical;
        this.rankings = rankings;
    }

    /** Reads ordinal preferences into a ranking profile. */
    static LoadedRankings read(InputStream in, ReadTally tally) {
        RankingAccumulator rankings = new RankingAccumulator(tally);
        read(in, tally, false, rankings);
        return new LoadedRankings(rankings.build(), tally.finish());
    }

    /**
     * Reads every ranking into {@code rankings}.
     *
     * @param categorical read categorical preferences even when the header does not say so
     */
    static void read(InputStream in, ReadTally tally, boolean categorical, RankingSink rankings) {
        PrefLibReader reader = new PrefLibReader(tally, categorical, rankings);
        BufferedReader lines = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8), 1 << 16);
        try {
            long line = 0;
            for (String text = lines.readLine(); text != null; text = lines.readLine()) {
                line++;
                String trimmed = text.strip();
                if (trimmed.isEmpty()) {
                    continue;
                }
                if (trimmed.startsWith("#")) {
                    reader.header(line, trimmed);
                } else {
                    reader.order(line, trimmed);
                }
            }
        } catch (IOException e) {
            throw InputSource.failure(tally.source(), e);
        }
    }

    private void header(long line, String text) {
        Matcher declared = CATEGORIES.matcher(text);
        if (declared.matches()) {
            categorical = true;
            categories = declared.group(1).length() > 9 ? Integer.MAX_VALUE : Integer.parseInt(declared.group(1));
            return;
        }
        if (CATEGORICAL_TYPE.matcher(text).matches()) {
            categorical = true;
            return;
        }
        Matcher matcher = ALTERNATIVE.matcher(text);
        if (!matcher.matches()) {
            return;
        }
        int number = Integer.parseInt(matcher.group(1));
        String name = matcher.group(2).strip();
        if (name.isEmpty()) {
            name = matcher.group(1);
        }
        Integer other = numbersByName.putIfAbsent(name, number);
        if (other != null && other != number) {
            throw tally.error(line, null, name, "alternatives " + other + " and " + number + " are both named '"
                    + name + "'", "a distinct name for every alternative", "duplicate alternative name");
        }
        names.put(number, name);
        rankings.item(name);
    }

    private void order(long line, String text) {
        int colon = text.indexOf(':');
        long count;
        try {
            count = colon < 0 ? -1 : Long.parseLong(text.substring(0, colon).strip());
        } catch (NumberFormatException e) {
            count = -1;
        }
        if (count < 0) {
            tally.records(1);
            tally.reject(tally.error(line, null, text, "'" + text + "' is not a PrefLib order line",
                    EXPECTED_LINE, "bad line"), 1);
            return;
        }
        if (count == 0) {
            return;
        }
        tally.records(count);
        List<List<String>> groups = new ArrayList<>();
        String body = text.substring(colon + 1);
        List<String> group = null;
        StringBuilder number = new StringBuilder();
        for (int i = 0; i <= body.length(); i++) {
            char c = i < body.length() ? body.charAt(i) : ',';
            if (Character.isDigit(c)) {
                number.append(c);
                continue;
            }
            if (number.length() > 0) {
                Optional<String> item = item(line, number.toString(), count);
                if (item.isEmpty()) {
                    return;
                }
                if (group == null) {
                    groups.add(List.of(item.get()));
                } else {
                    group.add(item.get());
                }
                number.setLength(0);
            }
            boolean understood = switch (c) {
                case ',', ' ', '\t' -> true;
                case '{' -> {
                    boolean outside = group == null;
                    group = new ArrayList<>();
                    yield outside;
                }
                case '}' -> {
                    boolean inside = group != null;
                    if (inside) {
                        groups.add(group);
                    }
                    group = null;
                    yield inside;
                }
                default -> false;
            };
            if (!understood) {
                tally.reject(tally.error(line, null, text, "'" + text + "' is not a PrefLib order line (unexpected '" + c + "')",
                        EXPECTED_LINE, "bad line"), count);
                return;
            }
        }
        if (group != null) {
            tally.reject(tally.error(line, null, text, "'" + text + "' is not a PrefLib order line (a '{' is not closed)",
                    EXPECTED_LINE, "bad line"), count);
            return;
        }
        if (categorical) {
            if (categories > 0 && groups.size() != categories) {
                tally.reject(tally.error(line, null, text, "'" + text + "' has " + groups.size() + " categories",
                        categories + " categories as '# NUMBER CATEGORIES' declares, {} for an empty one",
                        "wrong number of categories"), count);
                return;
            }
            // Every category is checked for repeated alternatives, the last one too; then it is left unranked.
            List<List<String>> filled = groups.stream().filter(category -> !category.isEmpty()).toList();
            if (!RankingAccumulator.wellFormed(tally, line, "", filled, count)) {
                return;
            }
            boolean lastEmpty = groups.isEmpty() || groups.get(groups.size() - 1).isEmpty();
            groups = lastEmpty ? filled : filled.subList(0, filled.size() - 1);
        }
        rankings.add(line, "", groups, Optional.empty(), 1.0, count);
    }

    /** The item id of an alternative number; empty (after rejecting the line) when it is not declared. */
    private Optional<String> item(long line, String number, long count) {
        if (names.isEmpty()) {
            return Optional.of(number);
        }
        String name = number.length() > 9 ? null : names.get(Integer.valueOf(number));
        if (name == null) {
            tally.reject(tally.error(line, null, number, "alternative " + number + " is not declared in the header",
                    "one of the alternatives " + names.firstKey() + "–" + names.lastKey()
                            + " declared by '# ALTERNATIVE NAME' lines", "unknown alternative"), count);
            return Optional.empty();
        }
        return Optional.of(name);
    }
}
