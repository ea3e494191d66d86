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
import java.util.function.Supplier;

/**
 * The rows of a CSV input as RFC 4180 describes it (comma-separated, double-quoted fields may hold
 * commas, quotes and line breaks), a header row first, read as token arrays by Jackson's streaming
 * {@link CsvParser}. It knows the line where the row being read starts: Jackson reports malformed
 * CSV at the end of what it consumed (for an unterminated quote, the end of the input), a person
 * wants the row. Malformed CSV and failed reads end the read as located {@link InputException}s.
 */
final class CsvRows implements AutoCloseable {
    private static final CsvFactory FACTORY = new CsvFactory();

    private final CsvParser parser;
    private final ReadTally tally;
    private long rowLine = 1;
    private int fieldCount;

    private CsvRows(CsvParser parser, ReadTally tally) {
        this.parser = parser;
        this.tally = tally;
    }

    static CsvRows open(InputStream in, ReadTally tally) {
        try {
            CsvParser parser = FACTORY.createParser(in);
            parser.setSchema(CsvSchema.emptySchema());
            return new CsvRows(parser, tally);
        } catch (IOException e) {
            throw InputSource.failure(tally.source(), e);
        }
    }

    /** The line where the row read last starts: after {@link #header}, the header's. */
    long line() {
        return rowLine;
    }

    /** The number of fields of the row read last by {@link #next}, to catch rows longer than the header. */
    int fieldCount() {
        return fieldCount;
    }

    /** The trimmed names of the first row that is not blank; fails with {@code empty} when there is none. */
    List<String> header(Supplier<InputException> empty) {
        try {
            List<String> header = new ArrayList<>();
            while (header.isEmpty()) {
                if (parser.nextToken() != JsonToken.START_ARRAY) {
                    throw empty.get();
                }
                rowLine = parser.currentLocation().getLineNr();
                while (parser.nextToken() == JsonToken.VALUE_STRING) {
                    header.add(parser.getText().trim());
                }
                if (header.size() == 1 && header.get(0).isEmpty()) {
                    header.clear();
                }
            }
            return header;
        } catch (IOException e) {
            throw failure(e);
        }
    }

    /**
     * Reads the next row that is not blank into {@code values}: the field at header position
     * {@code i} goes to {@code values[slots[i]]} when that slot is not negative, and every value
     * the row does not give is "". Only those fields are turned into strings.
     *
     * @return false at the end of the input
     */
    boolean next(int[] slots, String[] values) {
        // Called once a row: plain try/catch, no per-row lambda.
        try {
            while (parser.nextToken() == JsonToken.START_ARRAY) {
                rowLine = parser.currentLocation().getLineNr();
                Arrays.fill(values, "");
                int field = 0;
                boolean blank = true;
                while (parser.nextToken() == JsonToken.VALUE_STRING) {
                    if (field < slots.length && slots[field] >= 0) {
                        values[slots[field]] = parser.getText();
                    }
                    blank = blank && field == 0 && parser.getTextLength() == 0;
                    field++;
                }
                // A blank line reads as a row of one empty field (SKIP_EMPTY_LINES does not apply
                // to schema-less reading); it holds no record.
                if (!blank) {
                    fieldCount = field;
                    return true;
                }
            }
            return false;
        } catch (IOException e) {
            throw failure(e);
        }
    }

    @Override
    public void close() {
        try {
            parser.close();
        } catch (IOException e) {
            throw failure(e);
        }
    }

    /** Malformed CSV, located at the row being read, or a failed read of the input. */
    private InputException failure(IOException e) {
        if (e instanceof StreamReadException malformed) {
            return tally.error(rowLine, null, null, "malformed CSV (" + malformed.getOriginalMessage() + ")",
                    "CSV as in RFC 4180", "malformed CSV");
        }
        return InputSource.failure(tally.source(), e);
    }
}
