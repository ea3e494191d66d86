package dev.ordinal.io;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.exc.StreamReadException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.function.Supplier;

/**
 * The records of a JSON input (RFC 8259), each handed over with the line it starts on: either the
 * elements of one array, streamed element by element (the FastChat / LMArena battle export), or
 * JSON Lines (jsonlines.org: one value per line, blank lines ignored). What a record must look like
 * is for the reader that receives it to say.
 */
final class JsonRecords {
    private static final ObjectMapper MAPPER = new ObjectMapper();

    /** Receives one record and the line it starts on. */
    @FunctionalInterface
    interface Receiver {
        void accept(long line, JsonNode record);
    }

    private JsonRecords() {
    }

    /** JSON Lines: a malformed line is an invalid record, so skipInvalid can skip it. */
    static void streamLines(InputStream in, ReadTally tally, Receiver receiver) {
        BufferedReader lines = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8), 1 << 16);
        try {
            long line = 0;
            for (String text = lines.readLine(); text != null; text = lines.readLine()) {
                line++;
                if (text.isBlank()) {
                    continue;
                }
                JsonNode node;
                try {
                    node = MAPPER.readTree(text);
                } catch (JsonProcessingException e) {
                    tally.records(1);
                    tally.reject(tally.error(line, null, null, "malformed JSON (" + e.getOriginalMessage() + ")",
                            "one JSON object per line", "malformed JSON"), 1);
                    continue;
                }
                receiver.accept(line, node);
            }
        } catch (IOException e) {
            throw InputSource.failure(tally.source(), e);
        }
    }

    /**
     * One JSON array, streamed; malformed JSON cannot be resynchronised and always fails, and an
     * input with nothing in it fails with {@code empty}.
     */
    static void streamArray(InputStream in, ReadTally tally, Supplier<InputException> empty, Receiver receiver) {
        try (JsonParser parser = MAPPER.createParser(in)) {
            JsonToken first = parser.nextToken();
            if (first == null) {
                throw empty.get();
            }
            if (first != JsonToken.START_ARRAY) {
                throw tally.error(parser.currentTokenLocation().getLineNr(), null, null,
                        "the input does not start with '['", "a JSON array of objects", "malformed JSON");
            }
            for (JsonToken token = parser.nextToken(); token != JsonToken.END_ARRAY; token = parser.nextToken()) {
                if (token == null) {
                    throw tally.error(parser.currentLocation().getLineNr(), null, null,
                            "the array is not closed", "']' at the end of the input", "malformed JSON");
                }
                long line = parser.currentTokenLocation().getLineNr();
                receiver.accept(line, parser.readValueAsTree());
            }
            if (parser.nextToken() != null) {
                throw tally.error(parser.currentTokenLocation().getLineNr(), null, null,
                        "there is more after the closing ']'", "the end of the input", "malformed JSON");
            }
        } catch (StreamReadException e) {
            long line = e.getLocation() == null ? 0 : Math.max(0, e.getLocation().getLineNr());
            throw tally.error(line, null, null, "malformed JSON (" + e.getOriginalMessage() + ")",
                    "JSON as in RFC 8259", "malformed JSON");
        } catch (IOException e) {
            throw InputSource.failure(tally.source(), e);
        }
    }
}
