package dev.ordinal.server;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.cfg.CoercionAction;
import com.fasterxml.jackson.databind.cfg.CoercionInputShape;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.type.LogicalType;
import io.javalin.http.Context;
import java.io.InputStream;
import java.util.Collection;
import java.util.Map;
import dev.ordinal.judgment.Outcome;
import dev.ordinal.store.Battle;
import dev.ordinal.store.BattleVote;
import dev.ordinal.store.NewJudgment;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Reads request bodies into records, with errors that say where and what: field, value, what was
 * expected. Bodies are read up to a limit (413 beyond it), parsed as JSON (400 with line and
 * column), then bound to a record by Jackson with no coercion between strings, numbers and
 * booleans, so {@code {"id": 42}} is refused rather than read as {@code "42"}.
 */
final class JsonBodies {
    static final ObjectMapper MAPPER = mapper();

    private JsonBodies() {
    }

    private static ObjectMapper mapper() {
        ObjectMapper mapper = new ObjectMapper().enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
                .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                .disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT);
        for (CoercionInputShape shape : new CoercionInputShape[] {CoercionInputShape.Integer, CoercionInputShape.Float,
                CoercionInputShape.Boolean}) {
            mapper.coercionConfigFor(LogicalType.Textual).setCoercion(shape, CoercionAction.Fail);
        }
        for (CoercionInputShape shape : new CoercionInputShape[] {CoercionInputShape.String, CoercionInputShape.Float,
                CoercionInputShape.Boolean}) {
            mapper.coercionConfigFor(LogicalType.Integer).setCoercion(shape, CoercionAction.Fail);
        }
        return mapper;
    }

    /** The request body, or a 413 when it is longer than {@code limit} bytes. */
    static byte[] body(Context ctx, long limit) throws IOException {
        long declared = ctx.req().getContentLengthLong();
        if (declared > limit) {
            throw tooLarge(limit);
        }
        try (InputStream in = ctx.req().getInputStream()) {
            byte[] bytes = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, limit + 1));
            if (bytes.length > limit) {
                throw tooLarge(limit);
            }
            return bytes;
        }
    }

    private static ProblemException tooLarge(long limit) {
        return new ProblemException(413, "Payload too large", "the request body is larger than the limit of "
                + limit + " bytes");
    }

    /**
     * The body as a {@code type} record, read up to {@code limit} bytes; {@code where} names the
     * record in messages ({@code arena: field 'k' must be an integer, got a string}).
     */
    static <T> T read(Context ctx, long limit, Class<T> type, String where) throws IOException {
        JsonNode node = object(body(ctx, limit));
        try {
            return MAPPER.treeToValue(node, type);
        } catch (MismatchedInputException e) {
            String field = path(e);
            JsonNode given = node.at("/" + field.replace(".", "/"));
            throw ProblemException.badRequest(where + ": field '" + field + "' must be " + expected(e.getTargetType())
                    + ", got " + kind(given));
        } catch (JsonMappingException e) {
            throw ProblemException.badRequest(where + ": " + e.getOriginalMessage());
        }
    }

    /** A field of a bound record that the request must give. */
    static <T> T required(T value, String field, String where) {
        if (value == null) {
            throw ProblemException.badRequest(where + ": missing field '" + field + "'");
        }
        return value;
    }

    private static String path(JsonMappingException e) {
        return String.join(".", e.getPath().stream().map(reference -> reference.getFieldName() != null
                ? reference.getFieldName() : Integer.toString(reference.getIndex())).toList());
    }

    private static String expected(Class<?> type) {
        if (type == null) {
            return "another kind of value";
        }
        if (CharSequence.class.isAssignableFrom(type)) {
            return "a string";
        }
        if (type == Integer.class || type == int.class || type == Long.class || type == long.class) {
            return "an integer";
        }
        if (Map.class.isAssignableFrom(type)) {
            return "an object";
        }
        if (Collection.class.isAssignableFrom(type) || type.isArray()) {
            return "an array";
        }
        return "a " + type.getSimpleName();
    }

    /** A JSON object, or a 400 naming the syntax error and where it is. */
    static JsonNode object(byte[] body) {
        JsonNode node = parse(body, "the request body");
        if (!node.isObject()) {
            throw ProblemException.badRequest("the request body must be a JSON object, got " + kind(node));
        }
        return node;
    }

    private static JsonNode parse(byte[] body, String where) {
        if (body.length == 0) {
            throw ProblemException.badRequest(where + " is empty; expected JSON");
        }
        try {
            return MAPPER.readTree(body);
        } catch (JsonProcessingException e) {
            JsonLocation at = e.getLocation();
            throw ProblemException.badRequest("malformed JSON in " + where
                    + (at == null ? "" : " at line " + at.getLineNr() + ", column " + at.getColumnNr())
                    + ": " + e.getOriginalMessage());
        } catch (IOException e) {
            throw ProblemException.badRequest("unreadable JSON in " + where + ": " + e.getMessage());
        }
    }

    static String string(JsonNode object, String field, String where) {
        JsonNode value = object.get(field);
        if (value == null || value.isNull()) {
            throw ProblemException.badRequest(where + ": missing field '" + field + "'");
        }
        if (!value.isTextual()) {
            throw ProblemException.badRequest(where + ": field '" + field + "' must be a string, got " + kind(value));
        }
        return value.asText();
    }

    static Optional<String> optionalString(JsonNode object, String field, String where) {
        JsonNode value = object.get(field);
        if (value == null || value.isNull()) {
            return Optional.empty();
        }
        if (!value.isTextual()) {
            throw ProblemException.badRequest(where + ": field '" + field + "' must be a string, got " + kind(value));
        }
        return Optional.of(value.asText());
    }

    static Outcome outcome(JsonNode object, String where) {
        String label = string(object, "outcome", where);
        return Outcome.fromLabel(label).orElseThrow(() -> ProblemException.badRequest(where + ": outcome '" + label
                + "' is not one of a, b, tie, both_bad"));
    }

    /**
     * The vote on a battle of {@code sides} sides: {@code {"outcome": "a" | "b" | "tie" | "both_bad"}}
     * (two sides only) or {@code {"ranking": ["c", ["a", "b"], "d"]}}, best first, an inner array
     * being a tied group, every side exactly once.
     */
    static BattleVote vote(JsonNode object, int sides) {
        JsonNode ranking = object.get("ranking");
        if (ranking == null || ranking.isNull()) {
            if (sides != 2) {
                throw ProblemException.badRequest("vote: this battle shows " + sides + " answers; send "
                        + "{\"ranking\": [...]} with the sides best first, e.g. [\"c\", [\"a\", \"b\"], \"d\"]");
            }
            return BattleVote.of(outcome(object, "vote"));
        }
        if (object.has("outcome")) {
            throw ProblemException.badRequest("vote: send either 'outcome' or 'ranking', not both");
        }
        if (!ranking.isArray()) {
            throw ProblemException.badRequest("vote: field 'ranking' must be an array of sides, best first, got "
                    + kind(ranking));
        }
        List<List<Integer>> groups = new ArrayList<>();
        for (JsonNode element : ranking) {
            List<Integer> group = new ArrayList<>();
            Iterable<JsonNode> members = element.isArray() ? element : List.of(element);
            for (JsonNode side : members) {
                int position = side.isTextual() ? Battle.position(side.asText(), sides) : -1;
                if (position < 0) {
                    throw ProblemException.badRequest("vote: ranking entry " + side + " is not one of the sides "
                            + sideList(sides));
                }
                group.add(position);
            }
            groups.add(group);
        }
        try {
            return BattleVote.ofGroups(groups, sides);
        } catch (IllegalArgumentException e) {
            throw ProblemException.badRequest("vote: " + e.getMessage());
        }
    }

    private static String sideList(int sides) {
        List<String> labels = new ArrayList<>();
        for (int position = 0; position < sides; position++) {
            labels.add(Battle.side(position));
        }
        return String.join(", ", labels);
    }

    /**
     * Bulk judgments: a JSON array of objects, or JSON Lines (one object per non-blank line).
     * Records are numbered from 1 as the store numbers them; JSON Lines errors also give the line.
     */
    static List<NewJudgment> judgments(byte[] body) {
        String text = new String(body, StandardCharsets.UTF_8);
        String trimmed = text.strip();
        if (trimmed.isEmpty()) {
            throw ProblemException.badRequest("the request body is empty; expected a JSON array or JSON Lines of judgments");
        }
        List<NewJudgment> judgments = new ArrayList<>();
        if (trimmed.startsWith("[")) {
            JsonNode array = parse(body, "the request body");
            int number = 0;
            for (JsonNode element : array) {
                number++;
                judgments.add(judgment(element, "judgment " + number));
            }
        } else {
            String[] lines = text.split("\r?\n", -1);
            for (int line = 0; line < lines.length; line++) {
                if (lines[line].isBlank()) {
                    continue;
                }
                String where = "judgment " + (judgments.size() + 1) + " (line " + (line + 1) + ")";
                judgments.add(judgment(parse(lines[line].getBytes(StandardCharsets.UTF_8), where), where));
            }
        }
        if (judgments.isEmpty()) {
            throw ProblemException.badRequest("no judgments in the request body");
        }
        return judgments;
    }

    private static NewJudgment judgment(JsonNode node, String where) {
        if (!node.isObject()) {
            throw ProblemException.badRequest(where + ": expected a JSON object, got " + kind(node));
        }
        String id = string(node, "id", where);
        where = where + " (id '" + id + "')";
        String a = string(node, "a", where);
        String b = string(node, "b", where);
        if (a.equals(b)) {
            throw ProblemException.badRequest(where + ": item '" + a + "' is compared with itself");
        }
        return new NewJudgment(id, a, b, outcome(node, where), optionalString(node, "judge", where),
                time(node, where), optionalString(node, "category", where));
    }

    private static Optional<Instant> time(JsonNode node, String where) {
        JsonNode value = node.get("time");
        if (value == null || value.isNull()) {
            return Optional.empty();
        }
        if (value.isIntegralNumber()) {
            return Optional.of(Instant.ofEpochMilli(value.asLong()));
        }
        if (value.isTextual()) {
            try {
                return Optional.of(Instant.parse(value.asText()));
            } catch (DateTimeParseException e) {
                throw ProblemException.badRequest(where + ": time '" + value.asText()
                        + "' is not an ISO-8601 instant such as 2026-11-22T10:15:30Z");
            }
        }
        throw ProblemException.badRequest(where + ": time must be an ISO-8601 string or epoch milliseconds, got "
                + kind(value));
    }

    private static String kind(JsonNode node) {
        return switch (node.getNodeType()) {
            case MISSING -> "nothing";
            case ARRAY -> "an array";
            case OBJECT -> "an object";
            case STRING -> "a string";
            case NUMBER -> "a number";
            case BOOLEAN -> "a boolean";
            case NULL -> "null";
            default -> node.getNodeType().name().toLowerCase(java.util.Locale.ROOT);
        };
    }
}
