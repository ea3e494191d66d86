package dev.ordinal.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.ordinal.error.InvalidParameterException;
import dev.ordinal.judgment.ComparisonTable;
import dev.ordinal.judgment.Outcome;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The assertions every back end must pass; subclasses say where the database lives. */
abstract class StoreContract {
    private Store store;

    /** A location for {@link Store#open(String)}: a data directory or a JDBC URL, empty database. */
    abstract String emptyLocation() throws Exception;

    abstract Store.Backend expectedBackend();

    private String location;

    @BeforeEach
    void openStore() throws Exception {
        location = emptyLocation();
        store = Store.open(location);
    }

    @AfterEach
    void closeStore() {
        if (store != null) {
            store.close();
        }
    }

    private Store reopen() {
        store.close();
        store = Store.open(location);
        return store;
    }

    private void chatArena() {
        store.createArena("chat", "Chat arena");
        for (String item : List.of("gpt", "claude", "llama")) {
            store.putItem("chat", item, item.toUpperCase());
        }
    }

    private static NewJudgment judgment(String id, String a, String b, Outcome outcome) {
        return NewJudgment.of(id, a, b, outcome);
    }

    private List<StoredJudgment> log(String arena) {
        List<StoredJudgment> log = new ArrayList<>();
        store.judgments(arena, log::add);
        return log;
    }

    @Test
    void opensTheExpectedBackend() {
        assertThat(store.backend()).isEqualTo(expectedBackend());
    }

    @Test
    void arenasAndItems() {
        Arena arena = store.createArena("chat", "Chat arena");
        assertThat(arena.id()).isEqualTo("chat");
        assertThat(store.arena("chat")).contains(arena);
        assertThat(store.arena("nope")).isEmpty();
        assertThatThrownBy(() -> store.createArena("chat", "again"))
                .isInstanceOfSatisfying(StoreException.class, e -> assertThat(e.kind()).isEqualTo(StoreException.Kind.CONFLICT))
                .hasMessageContaining("'chat'");
        store.putItem("chat", "gpt", "GPT");
        store.putItem("chat", "gpt", "GPT-4");
        store.putItem("chat", "claude", "Claude");
        assertThat(store.items("chat")).containsExactly(new Item("chat", "claude", "Claude"), new Item("chat", "gpt", "GPT-4"));
        assertThatThrownBy(() -> store.putItem("nope", "x", "X"))
                .isInstanceOfSatisfying(StoreException.class, e -> assertThat(e.kind()).isEqualTo(StoreException.Kind.NOT_FOUND))
                .hasMessageContaining("unknown arena 'nope'");
        assertThat(reopen().arenas()).containsExactly(arena);
        assertThat(arena.battleSize()).isEqualTo(2);
        assertThat(arena.strategy()).isEmpty();
    }

    @Test
    void arenaSettingsAreStoredAndChanged() {
        Arena arena = store.createArena("kwise", "K-wise", Optional.of("ksort"), 4);
        assertThat(store.arena("kwise")).contains(arena);
        Arena renamed = store.configureArena("kwise", Optional.of("Four at a time"), Optional.empty(), OptionalInt.empty());
        assertThat(renamed).isEqualTo(new Arena("kwise", "Four at a time", arena.created(), Optional.of("ksort"), 4));
        Arena changed = store.configureArena("kwise", Optional.empty(), Optional.of("uniform"), OptionalInt.of(3));
        assertThat(reopen().arena("kwise")).contains(changed);
        assertThat(changed.strategy()).contains("uniform");
        assertThat(changed.battleSize()).isEqualTo(3);
        for (int size : new int[] {1, Arena.MAX_BATTLE_SIZE + 1}) {
            assertThatThrownBy(() -> store.configureArena("kwise", Optional.empty(), Optional.empty(), OptionalInt.of(size)))
                    .isInstanceOfSatisfying(InvalidParameterException.class, e -> assertThat(e.parameter()).isEqualTo("k"))
                    .hasMessageContaining("2 to " + Arena.MAX_BATTLE_SIZE).hasMessageContaining("'" + size + "'");
            assertThatThrownBy(() -> store.createArena("big", "Big", Optional.empty(), size))
                    .isInstanceOfSatisfying(InvalidParameterException.class, e -> assertThat(e.parameter()).isEqualTo("k"));
        }
        assertThatThrownBy(() -> store.configureArena("nope", Optional.empty(), Optional.empty(), OptionalInt.empty()))
                .isInstanceOfSatisfying(StoreException.class, e -> assertThat(e.kind()).isEqualTo(StoreException.Kind.NOT_FOUND));
    }

    @Test
    void promptsWithResponses() {
        chatArena();
        Prompt prompt = store.addPrompt("chat", "p1", "Say hi", Map.of("gpt", "Hi!", "claude", "<script>alert(1)</script>"));
        assertThat(store.prompt("chat", "p1")).contains(prompt);
        assertThat(store.prompts("chat")).containsExactly(prompt);
        assertThat(prompt.responses()).containsEntry("claude", "<script>alert(1)</script>");
        assertThatThrownBy(() -> store.addPrompt("chat", "p2", "x", Map.of("ghost", "boo")))
                .isInstanceOf(StoreException.class).hasMessageContaining("unknown item 'ghost'");
        assertThat(store.prompt("chat", "p2")).isEmpty();
        assertThatThrownBy(() -> store.addPrompt("chat", "p1", "again", Map.of()))
                .isInstanceOfSatisfying(StoreException.class, e -> assertThat(e.kind()).isEqualTo(StoreException.Kind.CONFLICT));
    }

    @Test
    void battleTakesExactlyOneVoteFromItsSession() {
        chatArena();
        store.addPrompt("chat", "p1", "Say hi", Map.of("gpt", "Hi!", "claude", "Hello.", "llama", "Hey"));
        Battle battle = store.issueBattle("chat", "p1", List.of("claude", "gpt"), "session-1", Optional.empty());
        assertThat(battle.voted()).isFalse();
        assertThat(store.battle(battle.id())).contains(battle);

        assertThatThrownBy(() -> store.vote(battle.id(), "session-2", BattleVote.of(Outcome.A)))
                .isInstanceOfSatisfying(StoreException.class, e -> assertThat(e.kind()).isEqualTo(StoreException.Kind.FORBIDDEN));
        Battle voted = store.vote(battle.id(), "session-1", BattleVote.of(Outcome.BOTH_BAD)).battle();
        assertThat(voted.vote()).contains(BattleVote.of(Outcome.BOTH_BAD));
        assertThat(voted.items()).containsExactly("claude", "gpt");
        assertThatThrownBy(() -> store.vote(battle.id(), "session-1", BattleVote.of(Outcome.A)))
                .isInstanceOfSatisfying(StoreException.class, e -> assertThat(e.kind()).isEqualTo(StoreException.Kind.CONFLICT));
        assertThatThrownBy(() -> store.vote(999_999, "session-1", BattleVote.of(Outcome.A)))
                .isInstanceOfSatisfying(StoreException.class, e -> assertThat(e.kind()).isEqualTo(StoreException.Kind.NOT_FOUND));

        List<StoredJudgment> log = log("chat");
        assertThat(log).hasSize(1);
        assertThat(log.get(0).id()).isEqualTo("battle-" + battle.id());
        assertThat(log.get(0).battle()).hasValue(battle.id());
        assertThat(log.get(0).outcome()).isEqualTo(Outcome.BOTH_BAD);
        assertThat(reopen().battle(battle.id()).orElseThrow().vote()).contains(BattleVote.of(Outcome.BOTH_BAD));

        Battle second = store.issueBattle("chat", "p1", List.of("gpt", "llama"), "session-1", Optional.empty());
        assertThat(second.id()).isNotEqualTo(battle.id());
        assertThatThrownBy(() -> store.issueBattle("chat", "p1", List.of("gpt", "gpt"), "s", Optional.empty()))
                .isInstanceOfSatisfying(InvalidParameterException.class, e -> assertThat(e.parameter()).isEqualTo("items"))
                .hasMessageContaining("different items");
        assertThatThrownBy(() -> store.issueBattle("chat", "nope", List.of("gpt", "claude"), "s", Optional.empty()))
                .isInstanceOf(StoreException.class).hasMessageContaining("unknown prompt 'nope'");
    }

    @Test
    void kWiseBattleStoresItsSidesAndRankBreaksTheVote() {
        chatArena();
        store.putItem("chat", "mistral", "Mistral");
        store.addPrompt("chat", "p1", "Say hi", Map.of("gpt", "Hi!", "claude", "Hello.", "llama", "Hey", "mistral", "Yo"));
        Selection selection = new Selection(0.25, 0.8);
        Battle battle = store.issueBattle("chat", "p1", List.of("llama", "gpt", "mistral", "claude"), "s",
                Optional.of(selection));
        assertThat(reopen().battle(battle.id())).contains(battle);
        assertThat(battle.items()).containsExactly("llama", "gpt", "mistral", "claude");
        assertThatThrownBy(() -> store.vote(battle.id(), "s", BattleVote.of(Outcome.A)))
                .isInstanceOfSatisfying(InvalidParameterException.class, e -> assertThat(e.parameter()).isEqualTo("vote"))
                .hasMessageContaining("the 4 sides");
        // C first, A and B tied, D last.
        BattleVote vote = BattleVote.ofGroups(List.of(List.of(2), List.of(0, 1), List.of(3)), 4);
        assertThat(vote.ranks()).containsExactly(2, 2, 1, 4);
        Battle voted = store.vote(battle.id(), "s", vote).battle();
        assertThat(reopen().battle(battle.id()).orElseThrow().vote()).contains(vote);
        assertThat(voted.votedAt()).isPresent();
        List<StoredJudgment> log = log("chat");
        assertThat(log).extracting(j -> j.id() + " " + j.a() + " " + j.b() + " " + j.outcome()).containsExactly(
                "battle-" + battle.id() + "-ab llama gpt TIE",
                "battle-" + battle.id() + "-ac llama mistral B",
                "battle-" + battle.id() + "-ad llama claude A",
                "battle-" + battle.id() + "-bc gpt mistral B",
                "battle-" + battle.id() + "-bd gpt claude A",
                "battle-" + battle.id() + "-cd mistral claude A");
        assertThat(log).allSatisfy(j -> assertThat(j.battle()).hasValue(battle.id()));
        assertThat(log).allSatisfy(j -> assertThat(j.selection()).contains(selection));
        assertThat(voted.selection()).contains(selection);
        assertThatThrownBy(() -> store.vote(battle.id(), "s", vote))
                .isInstanceOfSatisfying(StoreException.class, e -> assertThat(e.kind()).isEqualTo(StoreException.Kind.CONFLICT));
        assertThatThrownBy(() -> store.issueBattle("chat", "p1", List.of("gpt"), "s", Optional.empty()))
                .isInstanceOfSatisfying(InvalidParameterException.class, e -> assertThat(e.parameter()).isEqualTo("items"))
                .hasMessageContaining("2 to " + Arena.MAX_BATTLE_SIZE);
        assertThatThrownBy(() -> BattleVote.ofGroups(List.of(List.of(0), List.of(0, 1)), 2))
                .hasMessageContaining("side a is ranked twice");
        assertThatThrownBy(() -> BattleVote.ofGroups(List.of(List.of(0)), 2)).hasMessageContaining("side b is not ranked");
    }

    /** What a vote returns is what the log holds: the same records, seq, time, battle and selection. */
    @Test
    void voteReturnsExactlyTheJudgmentsItAppended() {
        chatArena();
        store.putItem("chat", "mistral", "Mistral");
        store.addPrompt("chat", "p1", "Say hi", Map.of("gpt", "Hi!", "claude", "Hello.", "llama", "Hey", "mistral", "Yo"));
        store.append("chat", List.of(judgment("bulk-1", "gpt", "claude", Outcome.A)));
        Selection selection = new Selection(1.0 / 3, 1.2345678901234567);
        Battle kWise = store.issueBattle("chat", "p1", List.of("mistral", "gpt", "llama"), "s", Optional.of(selection));
        VotedBattle first = store.vote(kWise.id(), "s", BattleVote.ofGroups(List.of(List.of(1), List.of(0, 2)), 3));
        Battle pairwise = store.issueBattle("chat", "p1", List.of("claude", "llama"), "s", Optional.empty());
        VotedBattle second = store.vote(pairwise.id(), "s", BattleVote.of(Outcome.BOTH_BAD));

        assertThat(first.battle().vote()).isPresent();
        assertThat(first.judgments()).extracting(j -> j.seq() + " " + j.id() + " " + j.a() + " " + j.b() + " " + j.outcome())
                .containsExactly(
                        "2 battle-" + kWise.id() + "-ab mistral gpt B",
                        "3 battle-" + kWise.id() + "-ac mistral llama TIE",
                        "4 battle-" + kWise.id() + "-bc gpt llama A");
        assertThat(first.judgments()).allSatisfy(j -> {
            assertThat(j.time()).isEqualTo(first.battle().votedAt().orElseThrow());
            assertThat(j.selection()).contains(selection);
        });
        assertThat(second.judgments()).extracting(j -> j.seq() + " " + j.id() + " " + j.outcome())
                .containsExactly("5 battle-" + pairwise.id() + " BOTH_BAD");
        List<StoredJudgment> returned = new ArrayList<>(first.judgments());
        returned.addAll(second.judgments());
        assertThat(reopen().judgmentCount("chat")).isEqualTo(5);
        List<StoredJudgment> tail = new ArrayList<>();
        store.judgments("chat", 1, tail::add);
        assertThat(tail).isEqualTo(returned);
    }

    /** An id the log already holds is not stored again, so the vote does not return it. */
    @Test
    void voteReturnsNothingForAnIdAlreadyInTheLog() {
        chatArena();
        store.addPrompt("chat", "p1", "Say hi", Map.of("gpt", "Hi!", "claude", "Hello."));
        Battle battle = store.issueBattle("chat", "p1", List.of("gpt", "claude"), "s", Optional.empty());
        store.append("chat", List.of(judgment("battle-" + battle.id(), "gpt", "claude", Outcome.B)));
        VotedBattle voted = store.vote(battle.id(), "s", BattleVote.of(Outcome.A));
        assertThat(voted.judgments()).isEmpty();
        assertThat(voted.battle().vote()).contains(BattleVote.of(Outcome.A));
        assertThat(log("chat")).extracting(StoredJudgment::outcome).containsExactly(Outcome.B);
    }

    @Test
    void badArgumentsAreInvalidParametersNamedAsTheApiNamesThem() {
        String tooLong = "x".repeat(201);
        assertThatThrownBy(() -> store.createArena(tooLong, "Long"))
                .isInstanceOfSatisfying(InvalidParameterException.class, e -> assertThat(e.parameter()).isEqualTo("arena"))
                .hasMessageContaining("1 to 200 characters");
        assertThatThrownBy(() -> store.createArena(" ", "Blank"))
                .isInstanceOfSatisfying(InvalidParameterException.class, e -> assertThat(e.parameter()).isEqualTo("arena"));
        chatArena();
        assertThatThrownBy(() -> store.putItem("chat", "", "Nameless"))
                .isInstanceOfSatisfying(InvalidParameterException.class, e -> assertThat(e.parameter()).isEqualTo("item"));
        assertThatThrownBy(() -> store.addPrompt("chat", tooLong, "x", Map.of()))
                .isInstanceOfSatisfying(InvalidParameterException.class, e -> assertThat(e.parameter()).isEqualTo("prompt"));
        store.addPrompt("chat", "p1", "Say hi", Map.of("gpt", "Hi!", "claude", "Hello."));
        assertThatThrownBy(() -> store.issueBattle("chat", "p1", List.of("gpt", "claude"), "", Optional.empty()))
                .isInstanceOfSatisfying(InvalidParameterException.class, e -> assertThat(e.parameter()).isEqualTo("session"));
        assertThatThrownBy(() -> store.registerToken("short-secret", Role.ADMIN))
                .isInstanceOfSatisfying(InvalidParameterException.class, e -> assertThat(e.parameter()).isEqualTo("token"))
                .hasMessageContaining("at least " + Store.MIN_TOKEN_LENGTH).hasMessageNotContaining("short-secret");
        assertThat(store.arenas()).extracting(Arena::id).containsExactly("chat");
        assertThat(store.items("chat")).extracting(Item::id).containsExactly("claude", "gpt", "llama");
    }

    @Test
    void concurrentVotesOnOneBattleStoreOne() throws Exception {
        chatArena();
        store.addPrompt("chat", "p1", "Say hi", Map.of("gpt", "Hi!", "claude", "Hello."));
        Battle battle = store.issueBattle("chat", "p1", List.of("gpt", "claude"), "s", Optional.empty());
        ExecutorService pool = Executors.newFixedThreadPool(8);
        List<Future<Boolean>> votes = new ArrayList<>();
        for (int i = 0; i < 16; i++) {
            votes.add(pool.submit(() -> {
                try {
                    store.vote(battle.id(), "s", BattleVote.of(Outcome.A));
                    return true;
                } catch (StoreException e) {
                    return false;
                }
            }));
        }
        int accepted = 0;
        for (Future<Boolean> vote : votes) {
            accepted += vote.get() ? 1 : 0;
        }
        pool.shutdown();
        assertThat(accepted).isEqualTo(1);
        assertThat(store.judgmentCount("chat")).isEqualTo(1);
    }

    @Test
    void appendsInLogOrderWithAllFields() {
        chatArena();
        Instant time = Instant.parse("2026-01-02T03:04:05.678Z");
        AppendResult result = store.append("chat", List.of(
                new NewJudgment("j1", "gpt", "claude", Outcome.A, Optional.of("gpt-judge"), Optional.of(time), Optional.of("code")),
                judgment("j2", "claude", "llama", Outcome.TIE),
                judgment("j3", "llama", "gpt", Outcome.BOTH_BAD)));
        assertThat(result.stored()).containsExactly("j1", "j2", "j3");
        assertThat(result.duplicates()).isEmpty();
        List<StoredJudgment> log = log("chat");
        assertThat(log).extracting(StoredJudgment::seq).containsExactly(1L, 2L, 3L);
        assertThat(log.get(0)).isEqualTo(new StoredJudgment("chat", 1, "j1", "gpt", "claude", Outcome.A,
                Optional.of("gpt-judge"), time, Optional.of("code"), java.util.OptionalLong.empty(), Optional.empty()));
        assertThat(log.get(1).judge()).isEmpty();
        assertThat(log.get(2).outcome()).isEqualTo(Outcome.BOTH_BAD);
        List<StoredJudgment> tail = new ArrayList<>();
        store.judgments("chat", 2, tail::add);
        assertThat(tail).extracting(StoredJudgment::id).containsExactly("j3");
        assertThat(store.judgmentCount("chat")).isEqualTo(3);
    }

    @Test
    void idsAreIdempotent() {
        chatArena();
        store.append("chat", List.of(judgment("j1", "gpt", "claude", Outcome.A)));
        AppendResult again = store.append("chat", List.of(
                judgment("j1", "gpt", "claude", Outcome.A),
                judgment("j2", "gpt", "llama", Outcome.B),
                judgment("j2", "gpt", "llama", Outcome.B)));
        assertThat(again.stored()).containsExactly("j2");
        assertThat(again.duplicates()).containsExactly("j1", "j2");
        assertThat(log("chat")).extracting(StoredJudgment::id).containsExactly("j1", "j2");
        // the same client id in another arena is a different judgment
        store.createArena("other", "Other");
        store.putItem("other", "gpt", "GPT");
        store.putItem("other", "claude", "Claude");
        assertThat(store.append("other", List.of(judgment("j1", "gpt", "claude", Outcome.A))).stored()).containsExactly("j1");
    }

    @Test
    void aBadRecordRejectsTheWholeBatch() {
        chatArena();
        store.append("chat", List.of(judgment("j0", "gpt", "claude", Outcome.A)));
        assertThatThrownBy(() -> store.append("chat", List.of(
                judgment("j1", "gpt", "claude", Outcome.A),
                judgment("j2", "gpt", "ghost", Outcome.B))))
                .isInstanceOfSatisfying(StoreException.class, e -> assertThat(e.kind()).isEqualTo(StoreException.Kind.NOT_FOUND))
                .hasMessageContaining("judgment 2 (id 'j2')").hasMessageContaining("unknown item 'ghost'");
        assertThatThrownBy(() -> store.append("chat", List.of(
                judgment("j1", "gpt", "claude", Outcome.A),
                judgment("j3", "llama", "llama", Outcome.TIE))))
                .isInstanceOfSatisfying(StoreException.class, e -> assertThat(e.kind()).isEqualTo(StoreException.Kind.INVALID))
                .hasMessageContaining("judgment 2 (id 'j3')").hasMessageContaining("compared with itself");
        assertThatThrownBy(() -> store.append("nope", List.of(judgment("j1", "gpt", "claude", Outcome.A))))
                .isInstanceOfSatisfying(StoreException.class, e -> assertThat(e.kind()).isEqualTo(StoreException.Kind.NOT_FOUND))
                .hasMessageContaining("unknown arena 'nope'");
        assertThat(log("chat")).extracting(StoredJudgment::id).containsExactly("j0");
        // a good batch after the refused ones continues the log without a gap
        store.append("chat", List.of(judgment("j1", "gpt", "claude", Outcome.A)));
        assertThat(log("chat")).extracting(StoredJudgment::seq).containsExactly(1L, 2L);
    }

    @Test
    void aRefusedWriteInAGroupDoesNotDisturbTheOthers() throws Exception {
        chatArena();
        List<CompletableFuture<AppendResult>> futures = new ArrayList<>();
        for (int i = 0; i < 200; i++) {
            String b = i % 10 == 0 ? "ghost" : "claude";
            futures.add(store.appendJudgments("chat", List.of(judgment("j" + i, "gpt", b, Outcome.A))));
        }
        int failed = 0;
        for (CompletableFuture<AppendResult> future : futures) {
            try {
                future.get();
            } catch (java.util.concurrent.ExecutionException e) {
                assertThat(e.getCause()).isInstanceOf(StoreException.class).hasMessageContaining("ghost");
                failed++;
            }
        }
        assertThat(failed).isEqualTo(20);
        assertThat(log("chat")).hasSize(180).extracting(StoredJudgment::seq)
                .containsExactlyElementsOf(IntStream.rangeClosed(1, 180).mapToObj(i -> (long) i).toList());
    }

    @Test
    void concurrentAppendersAreEachStoredExactlyOnceWithContiguousSeq() throws Exception {
        chatArena();
        int threads = 16;
        int batches = 40;
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        Set<String> acknowledged = ConcurrentHashMap.newKeySet();
        List<Future<?>> done = new ArrayList<>();
        for (int t = 0; t < threads; t++) {
            int thread = t;
            done.add(pool.submit(() -> {
                Random random = new Random(thread);
                for (int batch = 0; batch < batches; batch++) {
                    List<NewJudgment> judgments = new ArrayList<>();
                    int size = 1 + random.nextInt(5);
                    for (int k = 0; k < size; k++) {
                        judgments.add(judgment("t" + thread + "-" + batch + "-" + k, "gpt", "llama",
                                Outcome.values()[random.nextInt(4)]));
                    }
                    // every third batch is a retry of the previous one: nothing new is stored
                    AppendResult result = store.append("chat", judgments);
                    acknowledged.addAll(result.stored());
                    if (batch % 3 == 0) {
                        assertThat(store.append("chat", judgments).stored()).isEmpty();
                    }
                }
                return null;
            }));
        }
        for (Future<?> future : done) {
            future.get(2, TimeUnit.MINUTES);
        }
        pool.shutdown();
        List<StoredJudgment> log = log("chat");
        assertThat(log).extracting(StoredJudgment::id).doesNotHaveDuplicates()
                .containsExactlyInAnyOrderElementsOf(acknowledged);
        assertThat(log).extracting(StoredJudgment::seq)
                .containsExactlyElementsOf(IntStream.rangeClosed(1, log.size()).mapToObj(i -> (long) i).toList());
    }

    @Test
    void comparisonTableEqualsTheTableOfTheLog() {
        chatArena();
        Random random = new Random(7);
        String[] items = {"gpt", "claude", "llama"};
        List<NewJudgment> judgments = new ArrayList<>();
        for (int i = 0; i < 300; i++) {
            int a = random.nextInt(3);
            int b = (a + 1 + random.nextInt(2)) % 3;
            judgments.add(judgment("j" + i, items[a], items[b], Outcome.values()[random.nextInt(4)]));
        }
        store.append("chat", judgments);
        List<dev.ordinal.judgment.PairwiseJudgment> pairwise = new ArrayList<>();
        store.judgments("chat", j -> pairwise.add(j.toPairwise()));
        ComparisonTable expected = ComparisonTable.of(pairwise);
        ComparisonTable table = store.comparisonTable("chat");
        assertThat(table.items().ids()).isEqualTo(expected.items().ids());
        assertThat(table.cellCount()).isEqualTo(expected.cellCount());
        assertThat(table.judgments()).isEqualTo(300);
        for (int cell = 0; cell < table.cellCount(); cell++) {
            assertThat(table.sideA(cell)).isEqualTo(expected.sideA(cell));
            assertThat(table.sideB(cell)).isEqualTo(expected.sideB(cell));
            for (Outcome outcome : Outcome.values()) {
                assertThat(table.count(cell, outcome)).isEqualTo(expected.count(cell, outcome));
                assertThat(table.weight(cell, outcome)).isEqualTo(expected.weight(cell, outcome));
            }
        }
        assertThat(store.comparisonTable("chat").judgments()).isEqualTo(300);
        store.createArena("empty", "Empty");
        assertThat(store.comparisonTable("empty").cellCount()).isZero();
    }

    @Test
    void tokensAreStoredAsHashesAndVerifiedToTheirRole() {
        String admin = store.createToken(Role.ADMIN);
        String judge = store.createToken(Role.JUDGE);
        assertThat(admin).isNotEqualTo(judge).startsWith("ord_");
        assertThat(store.verifyToken(admin)).contains(Role.ADMIN);
        assertThat(store.verifyToken(judge)).contains(Role.JUDGE);
        assertThat(store.verifyToken(judge + "x")).isEmpty();
        assertThat(store.verifyToken("")).isEmpty();
        store.registerToken("from-the-environment-123", Role.ADMIN);
        store.registerToken("from-the-environment-123", Role.ADMIN);
        assertThat(reopen().verifyToken("from-the-environment-123")).contains(Role.ADMIN);
        assertThat(store.verifyToken(admin)).contains(Role.ADMIN);
    }

    /**
     * A child JVM appends judgments and prints each acknowledged id; it is killed with SIGKILL at
     * a random moment; every acknowledged id must then be in the log exactly once, seq contiguous.
     */
    @Test
    void acknowledgedJudgmentsSurviveSigkill() throws Exception {
        chatArena();
        store.close();
        store = null;
        Random random = new Random(2026);
        Set<String> acknowledged = new java.util.HashSet<>();
        for (int round = 0; round < 5; round++) {
            Process child = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                    "-cp", System.getProperty("java.class.path"), CrashChild.class.getName(), location, "chat", "r" + round)
                    .redirectError(ProcessBuilder.Redirect.DISCARD).start();
            List<String> lines = Collections.synchronizedList(new ArrayList<>());
            Thread reader = new Thread(() -> {
                try (BufferedReader in = new BufferedReader(new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8))) {
                    for (String line; (line = in.readLine()) != null; ) {
                        lines.add(line);
                    }
                } catch (java.io.IOException ignored) {
                    // the child died
                }
            });
            reader.start();
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
            while (lines.stream().noneMatch(l -> l.startsWith("ACK ")) && System.nanoTime() < deadline && child.isAlive()) {
                Thread.sleep(10);
            }
            assertThat(child.isAlive()).as("child still appending in round " + round).isTrue();
            Thread.sleep(50 + random.nextInt(700));
            child.destroyForcibly();
            child.waitFor();
            reader.join();
            int before = acknowledged.size();
            synchronized (lines) {
                for (String line : lines) {
                    // a line cut by the kill lacks its END marker and does not count
                    if (line.startsWith("ACK ") && line.endsWith(" END")) {
                        acknowledged.add(line.substring(4, line.length() - 4));
                    }
                }
            }
            assertThat(acknowledged.size()).as("acknowledged in round " + round).isGreaterThan(before);
        }
        store = Store.open(location);
        List<StoredJudgment> log = log("chat");
        Map<String, Integer> copies = new HashMap<>();
        log.forEach(j -> copies.merge(j.id(), 1, Integer::sum));
        assertThat(copies.values()).allMatch(n -> n == 1);
        assertThat(copies.keySet()).containsAll(acknowledged);
        assertThat(log).extracting(StoredJudgment::seq)
                .containsExactlyElementsOf(IntStream.rangeClosed(1, log.size()).mapToObj(i -> (long) i).toList());
    }
}
