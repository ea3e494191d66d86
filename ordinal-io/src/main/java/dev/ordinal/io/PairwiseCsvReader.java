package dev.ordinal.io;

import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.exc.StreamReadException;
import com.fasterxml.jackson.dataformat.csv.CsvFactory;
import com.fasterxml.jackson.dataformat.csv.CsvParser;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * Reads pairwise judgments from CSV as RFC 4180 describes it (comma-separated, double-quoted
 * fields may hold commas, quotes and line breaks), with a header row naming the columns. Rows are
 * read as token arrays by Jackson's streaming {@link CsvParser}; only the fields named by the
 * {@link PairwiseColumns} are turned into strings.
 */
final class PairwiseCsvReader {
    private static final CsvFactory FACTORY = new CsvFactory();
    private static final int OTHER = 0;
    private static final int A = 1;
    private static final int B = 2;
    private static final int WINNER = 3;
    private static final int TIME = 4;
    private static final int WEIGHT = 5;
    private static final int ROLES = 6;

    private PairwiseCsvReader() {
    }

    static LoadedPairwise read(InputStream in, Optional<PairwiseColumns> requested, ReadTally tally) {
        // The line where the row being read starts: Jackson reports malformed CSV at the end of
        // what it consumed (for an unterminated quote, the end of the input), a person wants the row.
        long rowLine = 1;
        try (CsvParser parser = FACTORY.createParser(in)) {
            parser.setSchema(CsvSchema.emptySchema());
            List<String> header = new ArrayList<>();
            while (header.isEmpty()) {
                if (parser.nextToken() != JsonToken.START_ARRAY) {
                    throw tally.noJudgments();
                }
                rowLine = parser.currentLocation().getLineNr();
                while (parser.nextToken() == JsonToken.VALUE_STRING) {
                    header.add(parser.getText().trim());
                }
                if (header.size() == 1 && header.get(0).isEmpty()) {
                    header.clear();
                }
            }
            long headerLine = rowLine;
            PairwiseColumns columns = requested.orElseGet(() -> PairwiseColumns.detect(header)
                    .orElseThrow(() -> undetected(tally, headerLine, header)));
            int[] roles = roles(columns, header, tally, headerLine);
            PairwiseAccumulator accumulator = new PairwiseAccumulator(columns, tally);
            String[] values = new String[ROLES];
            while (parser.nextToken() == JsonToken.START_ARRAY) {
                rowLine = parser.currentLocation().getLineNr();
                Arrays.fill(values, "");
                int field = 0;
                boolean blank = true;
                while (parser.nextToken() == JsonToken.VALUE_STRING) {
                    if (field < roles.length && roles[field] != OTHER) {
                        values[roles[field]] = parser.getText();
                    }
                    blank = blank && field == 0 && parser.getTextLength() == 0;
                    field++;
                }
                // A blank line reads as a row of one empty field (SKIP_EMPTY_LINES does not apply
                // to schema-less reading); it holds no record.
                if (!blank) {
                    accumulator.add(rowLine, values[A], values[B], values[WINNER], values[TIME], values[WEIGHT]);
                }
            }
            return new LoadedPairwise(accumulator.build(), tally.finish());
        } catch (StreamReadException e) {
            throw tally.error(rowLine, null, null, "malformed CSV (" + e.getOriginalMessage() + ")",
                    "CSV as in RFC 4180", "malformed CSV");
        } catch (IOException e) {
            throw InputSource.failure(tally.source(), e);
        }
    }

    /** For each header position, the role of its column; fails when a named column is missing. */
    private static int[] roles(PairwiseColumns columns, List<String> header, ReadTally tally, long headerLine) {
        int[] roles = new int[header.size()];
        assign(roles, header, columns.a(), A, tally, headerLine);
        assign(roles, header, columns.b(), B, tally, headerLine);
        assign(roles, header, columns.winner(), WINNER, tally, headerLine);
        columns.time().ifPresent(name -> assign(roles, header, name, TIME, tally, headerLine));
        columns.weight().ifPresent(name -> assign(roles, header, name, WEIGHT, tally, headerLine));
        // The table keeps no provenance, but a judge or category column the user named must exist.
        columns.judge().ifPresent(name -> assign(roles, header, name, OTHER, tally, headerLine));
        columns.category().ifPresent(name -> assign(roles, header, name, OTHER, tally, headerLine));
        return roles;
    }

    private static void assign(int[] roles, List<String> header, String column, int role, ReadTally tally, long line) {
        int index = header.indexOf(column);
        if (index < 0) {
            throw tally.error(line, null, column, "column '" + column + "' is not in the header " + header,
                    "a header naming every column given", "missing column");
        }
        roles[index] = role;
    }

    private static InputException undetected(ReadTally tally, long line, List<String> header) {
        return tally.error(line, null, String.join(",", header),
                "cannot tell which columns hold the judgments from the header " + header,
                "model_a, model_b, winner (arena battles) or left, right, winner (LLMFAO); otherwise name the"
                        + " columns with --a, --b, --winner and the verdict values with --outcomes",
                "unknown columns");
    }
}
