package dev.ordinal.io;

import com.fasterxml.jackson.databind.JsonNode;
import dev.ordinal.audit.Answer;
import dev.ordinal.audit.Answers;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads the answers that were judged from JSON Lines (one object per answer; gzip is undone
 * whenever the content starts with the gzip magic bytes), all or nothing: the first problem ends
 * the read with an {@link InputException} naming the line, the field and what was expected. The
 * item and context may be JSON strings or numbers (LLMFAO numbers its prompts); the text must be a
 * string. An item with two answers in one context is an error that names both lines.
 */
public final class AnswerFiles {
    private AnswerFiles() {
    }

    /** Reads the file at {@code path}, or standard input for {@code -}. */
    public static Answers read(String path, AnswerFields fields) {
        try (InputSource source = InputSource.open(path, bytes -> { })) {
            return read(source, fields);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Reads a stream the caller owns, naming it {@code sourceName} in errors. */
    public static Answers read(InputStream in, String sourceName, AnswerFields fields) {
        return read(InputSource.of(in, sourceName, false, bytes -> { }), fields);
    }

    private static Answers read(InputSource source, AnswerFields fields) {
        ReadTally tally = new ReadTally(source.name(), false, "answers");
        List<Answer> answers = new ArrayList<>();
        Map<List<String>, Long> lineOf = new HashMap<>();
        JsonRecords.streamLines(source.stream(), tally, (line, record) -> {
            tally.records(1);
            if (!record.isObject()) {
                throw tally.error(line, null, null, "a JSON " + record.getNodeType().name().toLowerCase(java.util.Locale.ROOT)
                        + " is not an answer", "one JSON object per line", "not an object");
            }
            String item = name(tally, line, record, fields.item());
            String context = name(tally, line, record, fields.context());
            JsonNode text = record.get(fields.text());
            if (text == null || !text.isTextual()) {
                throw tally.error(line, fields.text(), text == null ? null : text.toString(),
                        text == null ? "missing" : text + " is not text", "the answer as a JSON string",
                        text == null ? "missing field" : "bad text");
            }
            Long previous = lineOf.putIfAbsent(List.of(item, context), line);
            if (previous != null) {
                throw tally.error(line, fields.item(), item, "item '" + item + "' already has an answer in context '"
                        + context + "' (line " + previous + ")", "one answer per item and context", "duplicate answer");
            }
            answers.add(new Answer(item, context, text.textValue()));
            tally.kept(1);
        });
        tally.finish();
        return Answers.of(answers);
    }

    /** The item or context at {@code field}: a non-empty string, or a number as written. */
    private static String name(ReadTally tally, long line, JsonNode record, String field) {
        JsonNode value = record.get(field);
        if (value == null || value.isNull()) {
            throw tally.error(line, field, null, "missing", "a string or a number", "missing field");
        }
        if (!(value.isTextual() || value.isNumber()) || value.asText().isBlank()) {
            throw tally.error(line, field, value.toString(), value + " is not a name", "a non-empty string or a number",
                    "bad name");
        }
        return value.asText();
    }
}
