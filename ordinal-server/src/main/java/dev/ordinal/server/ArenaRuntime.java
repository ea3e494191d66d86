package dev.ordinal.server;

import dev.ordinal.fit.BradleyTerry;
import dev.ordinal.fit.FitOptions;
import dev.ordinal.fit.TieModel;
import dev.ordinal.judgment.ComparisonTable;
import dev.ordinal.judgment.Outcome;
import dev.ordinal.leaderboard.Leaderboard;
import dev.ordinal.leaderboard.LeaderboardRequest;
import dev.ordinal.leaderboard.Scale;
import dev.ordinal.leaderboard.UncertaintyMethod;
import dev.ordinal.select.ArenaState;
import dev.ordinal.select.InversePropensity;
import dev.ordinal.select.MatchmakingStrategy;
import dev.ordinal.store.Battle;
import dev.ordinal.store.Item;
import dev.ordinal.store.Prompt;
import dev.ordinal.store.Selection;
import dev.ordinal.store.StoredJudgment;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Executor;
import org.apache.commons.rng.UniformRandomProvider;

/**
 * What the server keeps in memory for one arena: its comparison table (updated on every write,
 * so a leaderboard costs a fit, not a scan of the log), its items and prompts, its matchmaking
 * strategy and battle size, and the matchmaking state the strategy reads. All methods are
 * synchronized: arenas are independent, and a battle or a write holds the lock for microseconds.
 */
final class ArenaRuntime {
    /** Refit the estimates matchmaking reads at most this often. */
    private static final long REFIT_NANOS = 2_000_000_000L;

    private final String id;
    private MatchmakingStrategy strategy;
    private int battleSize;
    private final LeaderboardCache leaderboards;
    private final ComparisonTable.Builder table = ComparisonTable.builder();
    private final Map<String, String> itemNames = new LinkedHashMap<>();
    private final List<Prompt> prompts = new ArrayList<>();
    /** Matchmaking indices: item ids in the order of {@link #itemNames} when the state was built. */
    private List<String> stateItems = List.of();
    private final Map<String, Integer> stateIndex = new HashMap<>();
    private ArenaState state;
    private boolean estimatesStale = true;
    private long lastFitNanos;

    ArenaRuntime(String id, MatchmakingStrategy strategy, int battleSize, ComparisonTable stored, List<Item> items,
                 List<Prompt> prompts, Executor background) {
        this.id = id;
        this.leaderboards = new LeaderboardCache(background, LeaderboardCache.FIRST_WAIT);
        this.strategy = strategy;
        this.battleSize = battleSize;
        for (Item item : items) {
            itemNames.put(item.id(), item.name());
        }
        this.prompts.addAll(prompts);
        for (int cell = 0; cell < stored.cellCount(); cell++) {
            int a = table.item(stored.items().id(stored.sideA(cell)));
            int b = table.item(stored.items().id(stored.sideB(cell)));
            for (Outcome outcome : Outcome.values()) {
                long count = stored.count(cell, outcome);
                if (count > 0) {
                    table.add(a, b, outcome, count, stored.weight(cell, outcome));
                }
            }
        }
    }

    String id() {
        return id;
    }

    /** Changes the strategy and battle size for the battles issued from now on. */
    synchronized void configure(MatchmakingStrategy newStrategy, int newBattleSize) {
        strategy = newStrategy;
        if (newBattleSize != battleSize) {
            battleSize = newBattleSize;
            state = null;
        }
    }

    synchronized void putItem(Item item) {
        if (!itemNames.containsKey(item.id())) {
            state = null;
        }
        itemNames.put(item.id(), item.name());
    }

    synchronized boolean hasItem(String item) {
        return itemNames.containsKey(item);
    }

    synchronized String itemName(String item) {
        return itemNames.getOrDefault(item, item);
    }

    synchronized void addPrompt(Prompt prompt) {
        prompts.add(prompt);
    }

    synchronized Optional<Prompt> prompt(String promptId) {
        return prompts.stream().filter(p -> p.id().equals(promptId)).findFirst();
    }

    /** Counts a stored judgment (from the bulk API) in the table and in the matchmaking state. */
    synchronized void record(String a, String b, Outcome outcome) {
        table.add(a, b, outcome, 1.0);
        if (state != null) {
            Integer ia = stateIndex.get(a);
            Integer ib = stateIndex.get(b);
            if (ia != null && ib != null) {
                record(state, ia, ib, outcome, 1);
            }
        }
        estimatesStale = true;
    }

    /**
     * Counts a voted battle: in the table as the judgments the store appended for its vote
     * ({@code judgments}, exactly as logged), in the matchmaking state as one battle of its K items.
     */
    synchronized void record(Battle battle, List<StoredJudgment> judgments) {
        for (StoredJudgment judgment : judgments) {
            table.add(judgment.a(), judgment.b(), judgment.outcome(), 1.0);
        }
        List<String> items = battle.items();
        if (state != null && items.stream().allMatch(stateIndex::containsKey)) {
            int[][] groups = battle.vote().orElseThrow().groups();
            for (int[] group : groups) {
                for (int k = 0; k < group.length; k++) {
                    group[k] = stateIndex.get(items.get(group[k]));
                }
            }
            state.record(groups);
        }
        estimatesStale = true;
    }

    synchronized ComparisonTable table() {
        return table.build();
    }

    /**
     * The leaderboard of every judgment stored so far (empty before the first), warm-started
     * from the last fit; bootstrap intervals from the background unless {@code wait} (see
     * {@link LeaderboardCache}). Fits outside the arena's lock, so battles and votes do not wait.
     */
    Optional<LeaderboardCache.Answer> leaderboard(LeaderboardRequest request, boolean wait) {
        ComparisonTable snapshot = table();
        return snapshot.judgments() == 0 ? Optional.empty() : Optional.of(leaderboards.rank(snapshot, request, wait));
    }

    /**
     * A prompt and the items to show for it, in the order to show them, or empty when no prompt
     * has two answers. A battle shows the arena's battle size, or fewer when no prompt has that
     * many answers (the most any prompt has).
     */
    synchronized Optional<Pick> pick(UniformRandomProvider random) {
        int size = 0;
        for (Prompt prompt : prompts) {
            size = (int) Math.max(size, Math.min(battleSize, answered(prompt)));
        }
        if (size < 2) {
            return Optional.empty();
        }
        List<Prompt> playable = new ArrayList<>();
        for (Prompt prompt : prompts) {
            if (answered(prompt) >= size) {
                playable.add(prompt);
            }
        }
        Prompt prompt = playable.get(random.nextInt(playable.size()));
        ArenaState current = state(size);
        refreshEstimates(current);
        // Restore the prompt's items before retiring the others: the state refuses to hold fewer
        // than K active items at any moment, even between two calls.
        for (boolean answers : new boolean[] {true, false}) {
            for (int i = 0; i < stateItems.size(); i++) {
                if (prompt.responses().containsKey(stateItems.get(i)) == answers) {
                    current.setActive(i, answers);
                }
            }
        }
        dev.ordinal.select.Battle proposed = strategy.propose(current, random);
        int[] chosen = proposed.items();
        double weight = Math.min(InversePropensity.weight(proposed.propensity(), current.activeCount(), size),
                InversePropensity.DEFAULT_MAX_WEIGHT);
        List<String> shown = new ArrayList<>();
        for (int item : chosen) {
            shown.add(stateItems.get(item));
        }
        // Sides in random order: where the strategy put an item must not tell the voter anything.
        for (int i = shown.size() - 1; i > 0; i--) {
            java.util.Collections.swap(shown, i, random.nextInt(i + 1));
        }
        return Optional.of(new Pick(prompt, shown, new Selection(proposed.propensity(), weight)));
    }

    private long answered(Prompt prompt) {
        return prompt.responses().keySet().stream().filter(itemNames::containsKey).count();
    }

    /** A prompt, the items shown as sides A, B, ..., and how the strategy chose them. */
    record Pick(Prompt prompt, List<String> items, Selection selection) { }

    private ArenaState state(int size) {
        if (state == null || state.k() != size) {
            stateItems = List.copyOf(itemNames.keySet());
            stateIndex.clear();
            for (int i = 0; i < stateItems.size(); i++) {
                stateIndex.put(stateItems.get(i), i);
            }
            ArenaState fresh = new ArenaState(stateItems.size(), size);
            ComparisonTable snapshot = table.build();
            for (int cell = 0; cell < snapshot.cellCount(); cell++) {
                Integer a = stateIndex.get(snapshot.items().id(snapshot.sideA(cell)));
                Integer b = stateIndex.get(snapshot.items().id(snapshot.sideB(cell)));
                if (a != null && b != null) {
                    for (Outcome outcome : Outcome.values()) {
                        record(fresh, a, b, outcome, snapshot.count(cell, outcome));
                    }
                }
            }
            state = fresh;
            estimatesStale = true;
        }
        return state;
    }

    private static void record(ArenaState state, int a, int b, Outcome outcome, long count) {
        for (long c = 0; c < count; c++) {
            switch (outcome) {
                case A -> state.recordPair(a, b, false);
                case B -> state.recordPair(b, a, false);
                default -> state.recordPair(a, b, true);
            }
        }
    }

    /**
     * Strategies such as ksort read each item's estimated strength: refit Bradley–Terry (with a
     * weak prior, so it exists from the first judgment) when the table changed, at most every
     * {@link #REFIT_NANOS}.
     */
    private void refreshEstimates(ArenaState current) {
        long now = System.nanoTime();
        if (!estimatesStale || (lastFitNanos != 0 && now - lastFitNanos < REFIT_NANOS)) {
            return;
        }
        lastFitNanos = now;
        estimatesStale = false;
        ComparisonTable snapshot = table.build();
        double[] means = new double[stateItems.size()];
        double[] sds = new double[stateItems.size()];
        for (int i = 0; i < sds.length; i++) {
            sds[i] = 1.0 / Math.sqrt(1.0 + current.appearances(i));
        }
        if (snapshot.judgments() > 0) {
            try {
                BradleyTerry model = new BradleyTerry(TieModel.HALF);
                LeaderboardRequest request = LeaderboardRequest.defaults(model).withMethod(UncertaintyMethod.NONE)
                        .withScale(Scale.logit()).withFit(FitOptions.defaults().withPrior(2.0));
                Leaderboard board = leaderboards.rank(snapshot, request, false).board();
                for (Leaderboard.Entry entry : board.items()) {
                    Integer i = stateIndex.get(entry.name());
                    if (i != null && Double.isFinite(entry.rating())) {
                        means[i] = entry.rating();
                    }
                }
            } catch (RuntimeException e) {
                // Matchmaking falls back to equal estimates; the leaderboard endpoint reports fit errors.
            }
        }
        current.setEstimates(means, sds);
    }
}
