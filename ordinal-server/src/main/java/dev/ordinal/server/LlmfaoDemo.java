package dev.ordinal.server;

import com.fasterxml.jackson.databind.JsonNode;
import dev.ordinal.audit.Answer;
import dev.ordinal.audit.Answers;
import dev.ordinal.io.AnswerFields;
import dev.ordinal.io.AnswerFiles;
import dev.ordinal.io.JudgmentFiles;
import dev.ordinal.io.LoadedPairwise;
import dev.ordinal.io.ReadOptions;
import dev.ordinal.judgment.Items;
import dev.ordinal.store.Arena;
import dev.ordinal.store.Prompt;
import dev.ordinal.store.Store;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;

/**
 * The demo arena of {@code ordinal serve --demo}: LLMFAO (github.com/dustalov/llmfao, CC BY 4.0,
 * shipped in {@code examples/llmfao} and copied into this jar by the build). Its items are the 59
 * models of the crowd comparison file, named as that file names them; its prompts are the 19
 * benchmark prompts, each with every one of those models' non-empty answers from
 * {@code results.jsonl}. Installing is idempotent: what is already stored is left alone.
 */
final class LlmfaoDemo {
    static final String ARENA = "llmfao";
    static final String NAME = "LLMFAO: 59 LLMs answer 19 prompts (llmonitor.com answers, CC BY 4.0)";
    private static final String RESOURCES = "demo/llmfao/";

    /** What the demo arena holds after installing. */
    record Summary(int models, int prompts, int answers, boolean created) { }

    private LlmfaoDemo() {
    }

    static Summary install(Store store, int battleSize) {
        List<String> models = models();
        Answers answers;
        try (InputStream in = resource("results.jsonl")) {
            answers = AnswerFiles.read(in, "llmfao/results.jsonl", AnswerFields.llmfao());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Optional<Arena> stored = store.arena(ARENA);
        boolean created = stored.isEmpty();
        if (created) {
            store.createArena(ARENA, NAME, Optional.empty(), battleSize);
        } else if (stored.get().battleSize() != battleSize) {
            store.configureArena(ARENA, Optional.empty(), Optional.empty(), OptionalInt.of(battleSize));
        }
        Set<String> storedItems = new HashSet<>();
        store.items(ARENA).forEach(item -> storedItems.add(item.id()));
        for (String model : models) {
            if (!storedItems.contains(model)) {
                store.putItem(ARENA, model, model);
            }
        }
        Set<String> modelSet = new HashSet<>(models);
        Set<String> storedPrompts = new HashSet<>();
        store.prompts(ARENA).forEach(prompt -> storedPrompts.add(prompt.id()));
        int answerCount = 0;
        int promptCount = 0;
        for (Map.Entry<String, String> prompt : prompts().entrySet()) {
            Map<String, String> responses = new LinkedHashMap<>();
            for (Answer answer : answers.all()) {
                if (answer.context().equals(prompt.getKey()) && modelSet.contains(answer.item())
                        && visible(answer.text())) {
                    responses.put(answer.item(), answer.text());
                }
            }
            if (!storedPrompts.contains(prompt.getKey())) {
                Prompt added = store.addPrompt(ARENA, prompt.getKey(), prompt.getValue(), responses);
                answerCount += added.responses().size();
            } else {
                answerCount += responses.size();
            }
            promptCount++;
        }
        return new Summary(models.size(), promptCount, answerCount, created);
    }

    /** The models of the crowd comparisons, in order of first appearance. */
    private static List<String> models() {
        try (InputStream in = resource("crowd-comparisons.csv")) {
            Items items = ((LoadedPairwise) JudgmentFiles.read(in, "llmfao/crowd-comparisons.csv",
                    ReadOptions.defaults(), bytes -> { })).table().items();
            return items.ids();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Prompt id to text, in file order. */
    private static Map<String, String> prompts() {
        Map<String, String> prompts = new LinkedHashMap<>();
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(resource("prompts.jsonl"),
                StandardCharsets.UTF_8))) {
            String line;
            while ((line = reader.readLine()) != null) {
                if (!line.isBlank()) {
                    JsonNode prompt = JsonBodies.MAPPER.readTree(line);
                    prompts.put(prompt.get("id").asText(), prompt.get("text").asText());
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return prompts;
    }

    private static InputStream resource(String name) {
        InputStream in = LlmfaoDemo.class.getResourceAsStream(RESOURCES + name);
        if (in == null) {
            throw new IllegalStateException("the demo data " + RESOURCES + name + " is missing from the jar");
        }
        return in;
    }

    /**
     * Whether a text shows anything: some of LLMFAO's answers are only a zero-width space, which
     * {@link String#isBlank()} does not count as blank but a reader sees as an empty answer.
     */
    static boolean visible(String text) {
        return text.codePoints().anyMatch(c -> !Character.isWhitespace(c) && !Character.isSpaceChar(c)
                && Character.getType(c) != Character.FORMAT);
    }
}
