package dev.ordinal.vote;

import dev.ordinal.judgment.Items;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Ballots for the scoring and sequential rule tests: orders written as text, and PrefLib files. */
final class ScoringSequentialFixtures {
    private ScoringSequentialFixtures() {
    }

    /** A ballot written best first with {@code >} between groups and {@code =} inside one: "a>b=c>d". */
    static List<List<String>> order(String text) {
        if (text.isBlank()) {
            return List.of();
        }
        return Arrays.stream(text.split(">")).map(group -> Arrays.stream(group.split("=")).map(String::strip).toList()).toList();
    }

    /** Ballots from {@code weight, "order"} pairs, with the candidates registered in the given order first. */
    static Ballots ballots(List<String> candidates, Object... weightsAndOrders) {
        Ballots.Builder builder = Ballots.builder();
        candidates.forEach(builder::candidate);
        for (int i = 0; i < weightsAndOrders.length; i += 2) {
            builder.add(order((String) weightsAndOrders[i + 1]), ((Number) weightsAndOrders[i]).doubleValue());
        }
        return builder.build();
    }

    /**
     * The Tennessee capital election of Wikipedia's "Borda count", "Instant-runoff voting",
     * "Coombs' method", "Bucklin voting" and "Two-round system" articles, with 100 voters.
     */
    static Ballots tennessee() {
        return ballots(List.of("Memphis", "Nashville", "Chattanooga", "Knoxville"),
                42, "Memphis>Nashville>Chattanooga>Knoxville",
                26, "Nashville>Chattanooga>Knoxville>Memphis",
                15, "Chattanooga>Knoxville>Nashville>Memphis",
                17, "Knoxville>Chattanooga>Nashville>Memphis");
    }

    /** A PrefLib .soc test resource of this package (see {@link #prefLib(InputStream)}). */
    static Ballots soc(String resource) {
        InputStream stream = ScoringSequentialFixtures.class.getResourceAsStream("/vote/" + resource);
        if (stream == null) {
            throw new IllegalArgumentException("no test resource vote/" + resource);
        }
        return prefLib(stream);
    }

    /**
     * A minimal reader of strict PrefLib orders (.soc, .soi): "# ALTERNATIVE NAME i: name" headers and
     * "COUNT: a,b,c" lines. Candidate ids are the alternative numbers, registered in header order,
     * and their display names the declared names. (ordinal-io's PrefLibReader depends on core, so
     * core's tests cannot use it.)
     */
    static Ballots prefLib(InputStream stream) {
        Ballots.Builder builder = Ballots.builder();
        Map<String, String> names = new HashMap<>();
        List<String> ids = new ArrayList<>();
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(stream, StandardCharsets.UTF_8))) {
            String line;
            while ((line = reader.readLine()) != null) {
                if (line.startsWith("# ALTERNATIVE NAME ")) {
                    String[] parts = line.substring("# ALTERNATIVE NAME ".length()).split(":", 2);
                    ids.add(parts[0].strip());
                    names.put(parts[0].strip(), parts[1].strip());
                    builder.candidate(parts[0].strip());
                } else if (!line.startsWith("#") && !line.isBlank()) {
                    int colon = line.indexOf(':');
                    List<List<String>> groups = new ArrayList<>();
                    for (String candidate : line.substring(colon + 1).split(",")) {
                        groups.add(List.of(candidate.strip()));
                    }
                    builder.add(groups, Double.parseDouble(line.substring(0, colon).strip()));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return builder.candidateNames(Items.of(ids).withNames(names)).build();
    }

    /** The named explanation table's rows. */
    static List<List<String>> table(VoteResult result, String title) {
        return result.explanation().parts().stream()
                .filter(part -> part instanceof Explanation.Table table && table.title().equals(title))
                .map(part -> ((Explanation.Table) part).rows()).findFirst()
                .orElseThrow(() -> new AssertionError("no table '" + title + "' in " + result.explanation()));
    }

    /** The ranking as names, group by group. */
    static List<List<String>> rankingNames(VoteResult result) {
        return result.ranking().orElseThrow().stream()
                .map(group -> Arrays.stream(group).mapToObj(result.candidates()::name).toList()).toList();
    }

    /** The scores by candidate name. */
    static Map<String, Double> scoresByName(VoteResult result) {
        double[] scores = result.scores().orElseThrow();
        Map<String, Double> byName = new LinkedHashMap<>();
        for (int c = 0; c < scores.length; c++) {
            byName.put(result.candidates().name(c), scores[c]);
        }
        return byName;
    }
}
