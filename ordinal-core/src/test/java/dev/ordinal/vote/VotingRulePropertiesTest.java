package dev.ordinal.vote;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ordinal.app.Entry;
import dev.ordinal.app.Registries;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Properties every rule in the registry must have, checked on seeded random profiles: anonymity
 * (the order in which ballots arrive does not matter), neutrality (renaming and renumbering the
 * candidates renames the result), a single candidate wins alone, winners are candidates and a
 * ranking covers every candidate once; and, where a rule declares them, Condorcet winner and
 * loser consistency and the majority winner among two candidates.
 */
class VotingRulePropertiesTest {
    private static final int PROFILES = 120;

    /** One random ballot: tied groups of candidate names (or a score map when scores are needed). */
    private record RandomBallot(List<List<String>> groups, Map<String, Double> scores, double weight) {
    }

    @TestFactory
    Stream<DynamicTest> everyRuleHasTheBasicProperties() {
        return Registries.rules().entries().stream().flatMap(entry -> Stream.of(
                DynamicTest.dynamicTest(entry.name() + ": anonymity and neutrality", () -> anonymousAndNeutral(entry)),
                DynamicTest.dynamicTest(entry.name() + ": a single candidate wins alone", () -> singleCandidate(entry)),
                DynamicTest.dynamicTest(entry.name() + ": declared Condorcet and majority properties", () -> declared(entry))));
    }

    private static Map<String, String> options(Entry<VotingRule> entry, int candidates) {
        boolean multi = entry.traits().contains("multi-winner");
        return multi && candidates > 2 ? Map.of("seats", "2") : Map.of();
    }

    private static void anonymousAndNeutral(Entry<VotingRule> entry) {
        Random random = new Random(entry.name().hashCode());
        Set<Trait> traits = entry.create().traits();
        for (int trial = 0; trial < PROFILES; trial++) {
            int m = 2 + random.nextInt(4);
            List<RandomBallot> ballots = randomBallots(random, traits, m, 1 + random.nextInt(9), trial % 3 == 0);
            VotingRule rule = entry.create(options(entry, m));
            List<String> names = names(m);
            VoteResult original = rule.apply(build(ballots, names, Map.of()));

            List<RandomBallot> shuffled = new ArrayList<>(ballots);
            Collections.shuffle(shuffled, random);
            VoteResult reordered = rule.apply(build(shuffled, names, Map.of()));
            assertThat(describe(reordered)).as("%s: ballots in another order, profile %s", entry.name(), ballots)
                    .isEqualTo(describe(original));

            List<String> permuted = new ArrayList<>(names);
            Collections.shuffle(permuted, random);
            Map<String, String> rename = new HashMap<>();
            for (int c = 0; c < m; c++) {
                rename.put(names.get(c), "x" + permuted.get(c));
            }
            List<String> renamedOrder = new ArrayList<>(rename.values());
            Collections.shuffle(renamedOrder, random);
            VoteResult relabelled = rule.apply(build(ballots, renamedOrder, rename));
            assertThat(describe(relabelled)).as("%s: candidates renamed %s, profile %s", entry.name(), rename, ballots)
                    .isEqualTo(renamed(describe(original), rename));
        }
    }

    private static void singleCandidate(Entry<VotingRule> entry) {
        Random random = new Random(7);
        List<RandomBallot> ballots = randomBallots(random, entry.create().traits(), 1, 3, false);
        VoteResult result = entry.create().apply(build(ballots, List.of("a"), Map.of()));
        assertThat(result.winnerNames()).containsExactly("a");
    }

    private static void declared(Entry<VotingRule> entry) {
        Set<Trait> traits = entry.create().traits();
        Random random = new Random(entry.name().hashCode() * 31L);
        for (int trial = 0; trial < PROFILES; trial++) {
            boolean two = trial % 4 == 0;
            int m = two ? 2 : 3 + random.nextInt(3);
            int voters = 1 + 2 * random.nextInt(5);
            List<RandomBallot> drawn = randomBallots(random, traits, m, voters, false);
            Ballots ballots = build(drawn, names(m), Map.of());
            VotingRule rule = entry.create(options(entry, m));
            Set<Trait> claimed = rule.traits();
            VoteResult result = rule.apply(ballots);
            assertThat(result.winners()).as("%s on %s", entry.name(), drawn).isNotEmpty();
            result.ranking().ifPresent(groups -> assertThat(groups.stream().flatMapToInt(Arrays::stream).sorted().toArray())
                    .as("%s ranking covers every candidate once", entry.name()).containsExactly(range(m)));
            result.lottery().ifPresent(p -> assertThat(Arrays.stream(p).sum()).isCloseTo(1.0, org.assertj.core.data.Offset.offset(1e-9)));
            MajorityMatrix majority = ballots.majority();
            int winner = majority.condorcetWinner();
            if (claimed.contains(Trait.CONDORCET_WINNER) && winner >= 0) {
                assertThat(result.winners()).as("%s must elect the Condorcet winner of %s", entry.name(), drawn)
                        .containsExactly(winner);
            }
            int loser = majority.condorcetLoser();
            if (claimed.contains(Trait.CONDORCET_LOSER) && loser >= 0) {
                assertThat(result.winners()).as("%s must not elect the Condorcet loser of %s", entry.name(), drawn)
                        .doesNotContain(loser);
            }
            if (two && claimed.contains(Trait.MAJORITY) && !claimed.contains(Trait.NEEDS_SCORES)
                    && majority.margin(0, 1) != 0) {
                assertThat(result.winners()).as("%s with two candidates on %s", entry.name(), drawn)
                        .containsExactly(majority.beats(0, 1) ? 0 : 1);
            }
        }
    }

    private static int[] range(int m) {
        return java.util.stream.IntStream.range(0, m).toArray();
    }

    private static List<String> names(int m) {
        List<String> names = new ArrayList<>();
        for (int c = 0; c < m; c++) {
            names.add(String.valueOf((char) ('a' + c)));
        }
        return names;
    }

    /**
     * Random ballots of the kind the rule reads: scores for cardinal rules, dichotomous ballots for
     * approval rules, otherwise strict complete orders or, when {@code messy}, orders with ties
     * and truncation.
     */
    private static List<RandomBallot> randomBallots(Random random, Set<Trait> traits, int m, int voters, boolean messy) {
        List<String> names = names(m);
        List<RandomBallot> ballots = new ArrayList<>();
        for (int v = 0; v < voters; v++) {
            double weight = messy ? 1 + random.nextInt(3) : 1;
            if (traits.contains(Trait.NEEDS_SCORES)) {
                Map<String, Double> scores = new HashMap<>();
                for (String name : names) {
                    if (!messy || random.nextInt(5) > 0) {
                        scores.put(name, (double) random.nextInt(6));
                    }
                }
                ballots.add(new RandomBallot(null, scores, weight));
                continue;
            }
            List<String> order = new ArrayList<>(names);
            Collections.shuffle(order, random);
            List<List<String>> groups = new ArrayList<>();
            if (traits.contains(Trait.NEEDS_APPROVALS)) {
                int approved = 1 + random.nextInt(m);
                groups.add(order.subList(0, approved));
                if (messy && approved < m) {
                    groups.add(order.subList(approved, m));
                }
            } else if (messy) {
                int ranked = 1 + random.nextInt(m);
                for (int i = 0; i < ranked; i++) {
                    if (!groups.isEmpty() && random.nextInt(3) == 0) {
                        groups.get(groups.size() - 1).add(order.get(i));
                    } else {
                        groups.add(new ArrayList<>(List.of(order.get(i))));
                    }
                }
            } else {
                order.forEach(name -> groups.add(List.of(name)));
            }
            ballots.add(new RandomBallot(groups, null, weight));
        }
        return ballots;
    }

    /** Builds ballots registering the candidates in {@code order} first, renaming them by {@code rename}. */
    private static Ballots build(List<RandomBallot> ballots, List<String> order, Map<String, String> rename) {
        Ballots.Builder builder = Ballots.builder();
        order.forEach(builder::candidate);
        for (RandomBallot ballot : ballots) {
            if (ballot.scores() != null) {
                Map<String, Double> scores = new HashMap<>();
                ballot.scores().forEach((name, score) -> scores.put(rename.getOrDefault(name, name), score));
                builder.addScores(scores, ballot.weight());
            } else {
                List<List<String>> groups = ballot.groups().stream()
                        .map(group -> group.stream().map(name -> rename.getOrDefault(name, name)).toList()).toList();
                builder.add(groups, ballot.weight());
            }
        }
        return builder.build();
    }

    /** A result by candidate names: winners, ranking groups and lottery, each order-free where it should be. */
    private static String describe(VoteResult result) {
        StringBuilder text = new StringBuilder("winners=").append(new TreeSet<>(result.winnerNames()));
        result.ranking().ifPresent(groups -> {
            text.append(" ranking=");
            for (int[] group : groups) {
                TreeSet<String> names = new TreeSet<>();
                Arrays.stream(group).forEach(c -> names.add(result.candidates().name(c)));
                text.append(names);
            }
        });
        result.lottery().ifPresent(p -> {
            TreeSet<String> entries = new TreeSet<>();
            for (int c = 0; c < p.length; c++) {
                entries.add(result.candidates().name(c) + ":" + String.format(java.util.Locale.ROOT, "%.6f", p[c]));
            }
            text.append(" lottery=").append(entries);
        });
        return text.toString();
    }

    /** The description of the original result with every candidate renamed, re-sorted. */
    private static String renamed(String description, Map<String, String> rename) {
        StringBuilder out = new StringBuilder();
        java.util.regex.Matcher matcher = java.util.regex.Pattern.compile("\\[([^\\]]*)\\]").matcher(description);
        int last = 0;
        while (matcher.find()) {
            out.append(description, last, matcher.start());
            TreeSet<String> names = new TreeSet<>();
            for (String item : matcher.group(1).split(", ")) {
                if (item.isEmpty()) {
                    continue;
                }
                int colon = item.indexOf(':');
                String name = colon < 0 ? item : item.substring(0, colon);
                names.add(rename.get(name) + (colon < 0 ? "" : item.substring(colon)));
            }
            out.append(names);
            last = matcher.end();
        }
        return out.append(description.substring(last)).toString();
    }
}
