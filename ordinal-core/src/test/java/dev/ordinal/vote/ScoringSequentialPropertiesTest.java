package dev.ordinal.vote;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.ordinal.app.Registries;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.IntStream;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;

/**
 * Properties of the scoring and sequential rules on random profiles with ties inside ballots,
 * truncated and empty ballots and fractional weights: the result is well formed, and every trait
 * a rule declares holds (under its declared options).
 */
class ScoringSequentialPropertiesTest {
    private static final List<String> RULES = List.of("borda", "dowdall", "anti-plurality", "positional", "irv",
            "coombs", "baldwin", "nanson-strict", "nanson-weak", "bucklin", "plurality-runoff");
    private static final List<Map<String, String>> TRUNCATIONS = List.of(Map.of(),
            Map.of("truncated", "zero"));

    /** Random weak, possibly truncated ballots over {@code m} candidates. */
    static Ballots randomBallots(int m, long seed) {
        Random random = new Random(seed);
        Ballots.Builder builder = Ballots.builder();
        List<String> names = new ArrayList<>();
        for (int c = 0; c < m; c++) {
            names.add("c" + c);
            builder.candidate("c" + c);
        }
        int count = 1 + random.nextInt(8);
        for (int b = 0; b < count; b++) {
            List<String> order = new ArrayList<>(names);
            Collections.shuffle(order, random);
            int ranked = random.nextInt(4) == 0 ? random.nextInt(m + 1) : m;
            List<List<String>> groups = new ArrayList<>();
            for (int i = 0; i < ranked; i++) {
                if (i > 0 && random.nextInt(4) == 0) {
                    groups.set(groups.size() - 1, concat(groups.get(groups.size() - 1), order.get(i)));
                } else {
                    groups.add(List.of(order.get(i)));
                }
            }
            // Quarters add up exactly in binary, so MajorityMatrix (which does not round) sees the
            // same ties as the rules (which round to 12 digits).
            double weight = random.nextBoolean() ? 1 + random.nextInt(4) : 0.25 * (1 + random.nextInt(30));
            builder.add(groups, weight);
        }
        return builder.build();
    }

    private static List<String> concat(List<String> group, String candidate) {
        List<String> joined = new ArrayList<>(group);
        joined.add(candidate);
        return joined;
    }

    private static List<VotingRule> rules() {
        List<VotingRule> rules = new ArrayList<>();
        for (String name : RULES) {
            for (Map<String, String> options : TRUNCATIONS) {
                if (Registries.rules().entry(name).parameters().stream().anyMatch(p -> p.name().equals("truncated"))
                        || options.isEmpty()) {
                    rules.add(Registries.rules().create(name, options));
                }
            }
        }
        return rules;
    }

    @Property(tries = 300)
    void resultsAreWellFormedAndDeclaredTraitsHold(@ForAll long seed) {
        int m = 1 + Math.floorMod(seed, 5);
        Ballots ballots = randomBallots(m, seed);
        MajorityMatrix majority = ballots.majority();
        for (VotingRule rule : rules()) {
            VoteResult result = rule.apply(ballots);
            String label = rule.name() + " " + rule.traits();
            List<int[]> ranking = result.ranking().orElseThrow();
            int[] all = ranking.stream().flatMapToInt(Arrays::stream).sorted().toArray();
            assertThat(all).as(label).containsExactly(IntStream.range(0, m).toArray());
            assertThat(result.winners()).as(label).containsExactly(ranking.get(0));
            if (rule.traits().contains(Trait.CONDORCET_WINNER) && majority.condorcetWinner() >= 0) {
                assertThat(result.winners()).as(label).containsExactly(majority.condorcetWinner());
            }
            if (rule.traits().contains(Trait.CONDORCET_LOSER) && m >= 2 && majority.condorcetLoser() >= 0) {
                assertThat(result.winners()).as(label).doesNotContain(majority.condorcetLoser());
            }
        }
    }

    @Property(tries = 300)
    void rulesDeclaringMajorityFollowAStrictMajorityBetweenTwo(@ForAll long seed) {
        Ballots ballots = randomBallots(2, seed);
        MajorityMatrix majority = ballots.majority();
        int preferred = majority.beats(0, 1) ? 0 : majority.beats(1, 0) ? 1 : -1;
        for (VotingRule rule : rules()) {
            if (rule.traits().contains(Trait.MAJORITY) && preferred >= 0) {
                assertThat(rule.apply(ballots).winners()).as(rule.name() + " " + rule.traits()).containsExactly(preferred);
            }
        }
    }

    @Property(tries = 100)
    void underAverageEveryBallotHandsOutAllItsPoints(@ForAll long seed) {
        int m = 1 + Math.floorMod(seed, 5);
        Ballots ballots = randomBallots(m, seed);
        double total = Arrays.stream(Registries.rules().create("borda").apply(ballots).scores().orElseThrow()).sum();
        assertThat(total).isCloseTo(ballots.totalWeight() * m * (m - 1) / 2.0, within(1e-9));
    }

    @Property(tries = 100)
    void baldwinsFirstRoundIsTheBordaCount(@ForAll long seed) {
        int m = 2 + Math.floorMod(seed, 4);
        Ballots ballots = randomBallots(m, seed);
        double[] borda = Registries.rules().create("borda").apply(ballots).scores().orElseThrow();
        List<String> firstRound = ScoringSequentialFixtures.table(Registries.rules().create("baldwin").apply(ballots), "Rounds").get(0);
        for (int c = 0; c < m; c++) {
            assertThat(firstRound.get(2 + c)).isEqualTo(Explanation.number(borda[c]));
        }
    }
}
