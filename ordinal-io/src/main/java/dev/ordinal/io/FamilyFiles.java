package dev.ordinal.io;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads a family map (member → family: items to the organisation that made them, judges to
 * theirs) for the family-bias audit, all or nothing: the first problem ends the read with an
 * {@link InputException} naming the line, the field and what was expected. The format follows the
 * content as for judgment files (gzip undone; a {@code .csv} name or plain text is CSV with a
 * header row, a {@code .jsonl} name or a first <code>{</code> JSON Lines, a first {@code [} a JSON
 * array of objects); {@link FamilyReadOptions} names the two fields, e.g. {@code name} and
 * {@code org} for LLMFAO's models.jsonl. JSON numbers are read as their text ({@code 97}). A
 * member listed twice must have the same family both times.
 */
public final class FamilyFiles {
    private FamilyFiles() {
    }

    /** Reads the file at {@code path}, or standard input for {@code -}. */
    public static Map<String, String> read(String path, FamilyReadOptions options) {
        try (InputSource source = InputSource.open(path, bytes -> { })) {
            return read(source, options);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Reads a stream the caller owns, naming it {@code sourceName} in errors. */
    public static Map<String, String> read(InputStream in, String sourceName, FamilyReadOptions options) {
        return read(InputSource.of(in, sourceName, false, bytes -> { }), options);
    }

    private static Map<String, String> read(InputSource source, FamilyReadOptions options) {
        ReadTally tally = new ReadTally(source.name(), false, "family entries");
        Families families = new Families(tally, options);
        switch (source.resolve(InputFormat.AUTO)) {
            case ARENA_CSV -> readCsv(source.stream(), tally, families);
            case ARENA_JSON -> JsonRecords.streamArray(source.stream(), tally, tally::nothingFound, families::json);
            case AUTO -> JsonRecords.streamLines(source.stream(), tally, families::json);
            default -> throw tally.error(0, null, null, "this looks like a PrefLib file",
                    "CSV with a header row, JSON Lines, or a JSON array of objects", "unsupported format");
        }
        tally.finish();
        return Collections.unmodifiableMap(families.byMember);
    }

    private static void readCsv(InputStream in, ReadTally tally, Families families) {
        FamilyReadOptions options = families.options;
        try (CsvRows csv = CsvRows.open(in, tally)) {
            List<String> header = csv.header(tally::nothingFound);
            int member = header.indexOf(options.memberField());
            int family = header.indexOf(options.familyField());
            for (String field : List.of(options.memberField(), options.familyField())) {
                if (!header.contains(field)) {
                    throw tally.error(csv.line(), null, String.join(",", header), "the header has no column '"
                            + field + "'", "columns " + options.memberField() + " and " + options.familyField()
                            + " (choose others with the read options)", "missing column");
                }
            }
            int[] slots = new int[header.size()];
            Arrays.fill(slots, -1);
            slots[member] = 0;
            slots[family] = 1;
            String[] values = new String[2];
            while (csv.next(slots, values)) {
                families.add(csv.line(), values[0].strip(), values[1].strip());
            }
        }
    }

    /** The entries read so far, with the checks every format shares. */
    private static final class Families {
        private final ReadTally tally;
        private final FamilyReadOptions options;
        private final Map<String, String> byMember = new LinkedHashMap<>();
        private final Map<String, Long> lineOfMember = new LinkedHashMap<>();

        Families(ReadTally tally, FamilyReadOptions options) {
            this.tally = tally;
            this.options = options;
        }

        void json(long line, JsonNode record) {
            if (!record.isObject()) {
                throw tally.error(line, null, null, "the record is not a JSON object", "an object with fields "
                        + options.memberField() + " and " + options.familyField(), "not an object");
            }
            add(line, text(line, record, options.memberField()), text(line, record, options.familyField()));
        }

        private String text(long line, JsonNode record, String field) {
            JsonNode value = record.get(field);
            if (value == null || value.isNull()) {
                throw tally.error(line, field, null, "the field is missing", "a name (choose another field with the "
                        + "read options)", "missing field");
            }
            if (!value.isValueNode()) {
                throw tally.error(line, field, value.toString(), "'" + value + "' is not a name",
                        "a string or a number", "bad name");
            }
            return value.asText().strip();
        }

        void add(long line, String member, String family) {
            tally.records(1);
            if (member.isEmpty()) {
                throw tally.error(line, options.memberField(), member, "the member is empty", "a name", "empty name");
            }
            if (family.isEmpty()) {
                throw tally.error(line, options.familyField(), family, "'" + member + "' has an empty family",
                        "a family name", "empty name");
            }
            String earlier = byMember.putIfAbsent(member, family);
            if (earlier != null && !earlier.equals(family)) {
                throw tally.error(line, options.familyField(), family, "'" + member + "' is of family '" + earlier
                        + "' on line " + lineOfMember.get(member) + " but '" + family + "' here",
                        "one family per member", "conflicting family");
            }
            lineOfMember.putIfAbsent(member, line);
            tally.kept(1);
        }
    }
}
