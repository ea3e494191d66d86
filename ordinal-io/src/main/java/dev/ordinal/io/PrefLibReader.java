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
 * <p>An alternative's item id is its declared name, or its number when the header names none.
 */
final class PrefLibReader {
    private static final Pattern ALTERNATIVE = Pattern.compile("#\\s*ALTERNATIVE NAME\\s+(\\d+)\\s*:\\s?(.*)");
    private static final String EXPECTED_LINE = "COUNT: a,b,{c,d},... with alternative numbers";

    private final ReadTally tally;
    private final RankingAccumulator rankings;
    private final TreeMap<Integer, String> names = new TreeMap<>();
    private final Map<String, Integer> numbersByName = new HashMap<>();

    private PrefLibReader(ReadTally tally) {
        this.tally = tally;
        this.rankings = new RankingAccumulator(tally);
    }

    static LoadedRankings read(InputStream in, ReadTally tally) {
        PrefLibReader reader = new PrefLibReader(tally);
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
        return new LoadedRankings(reader.rankings.build(), tally.finish());
    }

    private void header(long line, String text) {
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
