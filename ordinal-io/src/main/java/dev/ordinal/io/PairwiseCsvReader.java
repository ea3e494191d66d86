package dev.ordinal.io;

import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.exc.StreamReadException;
import com.fasterxml.jackson.dataformat.csv.CsvFactory;
import com.fasterxml.jackson.dataformat.csv.CsvParser;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import dev.ordinal.judgment.ComparisonTable;
import dev.ordinal.judgment.Outcome;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Deque;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadFactory;

/**
 * Reads pairwise judgments from CSV as RFC 4180 describes it (comma-separated, double-quoted
 * fields may hold commas, quotes and line breaks), with a header row naming the columns. The
 * input is cut into chunks of whole records ({@link CsvChunks}) that are parsed on all cores and
 * merged in file order, so the result is exactly that of one sequential pass. Rows are read as
 * token arrays by Jackson's streaming {@link CsvParser}; only the fields named by the
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
    /** Records are parsed in chunks of about this many bytes, on all cores. */
    private static final int CHUNK_BYTES = 4 << 20;

    private PairwiseCsvReader() {
    }

    static LoadedPairwise read(InputStream in, Optional<PairwiseColumns> requested, ReadTally tally) {
        return read(in, requested, tally, CHUNK_BYTES);
    }

    /** Reads with chunks of about {@code chunkBytes} (tests use small ones to cross many chunk boundaries). */
    static LoadedPairwise read(InputStream in, Optional<PairwiseColumns> requested, ReadTally tally, int chunkBytes) {
        CsvChunks chunks = new CsvChunks(in, chunkBytes);
        int threads = Runtime.getRuntime().availableProcessors();
        ExecutorService pool = null;
        try {
            CsvChunks.Chunk chunk = chunks.next();
            Header header = null;
            while (header == null) {
                if (chunk == null) {
                    throw tally.noJudgments();
                }
                header = header(chunk, requested, tally);
                if (header == null) {
                    chunk = chunks.next();
                }
            }
            ComparisonTable.Builder merged = ComparisonTable.builder();
            CsvChunks.Chunk next = chunks.next();
            if (next == null) {
                // Everything in one chunk: parse it here.
                absorb(merged, tally, parse(chunk, header.rowsStart(), header.rowsFirstLine(), header, tally));
                return new LoadedPairwise(merged.build(), tally.finish());
            }
            pool = Executors.newFixedThreadPool(threads, daemonThreads());
            Deque<Future<Part>> inFlight = new ArrayDeque<>();
            Header rows = header;
            CsvChunks.Chunk firstChunk = chunk;
            inFlight.add(pool.submit(() -> parse(firstChunk, rows.rowsStart(), rows.rowsFirstLine(), rows, tally)));
            for (; next != null; next = chunks.next()) {
                CsvChunks.Chunk current = next;
                inFlight.add(pool.submit(() -> parse(current, 0, current.firstLine(), rows, tally)));
                while (inFlight.size() > 2 * threads) {
                    absorb(merged, tally, await(inFlight.poll(), tally));
                }
            }
            while (!inFlight.isEmpty()) {
                absorb(merged, tally, await(inFlight.poll(), tally));
            }
            return new LoadedPairwise(merged.build(), tally.finish());
        } catch (IOException e) {
            throw InputSource.failure(tally.source(), e);
        } finally {
            if (pool != null) {
                pool.shutdownNow();
            }
        }
    }

    /** The columns and where the records after the header start, or null if the chunk is blank. */
    private record Header(PairwiseColumns columns, int[] roles, int rowsStart, long rowsFirstLine) {
    }

    /** A chunk's judgments and its tally, to be merged in file order. */
    private record Part(ComparisonTable table, ReadTally tally) {
    }

    /** Finds the first non-blank record of the chunk and reads it as the header. */
    private static Header header(CsvChunks.Chunk chunk, Optional<PairwiseColumns> requested, ReadTally tally)
            throws IOException {
        byte[] data = chunk.data();
        long line = chunk.firstLine();
        int start = 0;
        boolean quoted = false;
        boolean blank = true;
        for (int k = 0; k < chunk.length(); k++) {
            byte b = data[k];
            if (b == '"') {
                quoted = !quoted;
            }
            if (b == '\n' && !quoted) {
                if (!blank) {
                    return header(data, start, k + 1, line, requested, tally);
                }
                line++;
                start = k + 1;
            } else if (b != '\r' && b != ' ' && b != '\t') {
                blank = false;
            }
        }
        return blank ? null : header(data, start, chunk.length(), line, requested, tally);
    }

    private static Header header(byte[] data, int start, int end, long line, Optional<PairwiseColumns> requested,
                                 ReadTally tally) throws IOException {
        List<String> header = new ArrayList<>();
        try (CsvParser parser = FACTORY.createParser(data, start, end - start)) {
            parser.setSchema(CsvSchema.emptySchema());
            parser.nextToken();
            while (parser.nextToken() == JsonToken.VALUE_STRING) {
                header.add(parser.getText().trim());
            }
        } catch (StreamReadException e) {
            throw tally.error(line, null, null, "malformed CSV (" + e.getOriginalMessage() + ")",
                    "CSV as in RFC 4180", "malformed CSV");
        }
        PairwiseColumns columns = requested.orElseGet(() -> PairwiseColumns.detect(header)
                .orElseThrow(() -> undetected(tally, line, header)));
        int[] roles = roles(columns, header, tally, line);
        long newlines = 0;
        for (int k = start; k < end; k++) {
            if (data[k] == '\n') {
                newlines++;
            }
        }
        return new Header(columns, roles, end, line + newlines);
    }

    /** Parses the records of {@code chunk} from byte {@code from}, whose first line is {@code firstLine}. */
    private static Part parse(CsvChunks.Chunk chunk, int from, long firstLine, Header header, ReadTally fileTally) {
        ReadTally tally = new ReadTally(fileTally.source(), fileTally.skipInvalid());
        PairwiseAccumulator accumulator = new PairwiseAccumulator(header.columns(), tally);
        int[] roles = header.roles();
        // The line where the row being read starts: Jackson reports malformed CSV at the end of
        // what it consumed (for an unterminated quote, the end of the input), a person wants the row.
        long rowLine = firstLine;
        try (CsvParser parser = FACTORY.createParser(chunk.data(), from, chunk.length() - from)) {
            parser.setSchema(CsvSchema.emptySchema());
            String[] values = new String[ROLES];
            while (parser.nextToken() == JsonToken.START_ARRAY) {
                rowLine = firstLine + parser.currentLocation().getLineNr() - 1;
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
        } catch (StreamReadException e) {
            throw tally.error(rowLine, null, null, "malformed CSV (" + e.getOriginalMessage() + ")",
                    "CSV as in RFC 4180", "malformed CSV");
        } catch (IOException e) {
            throw InputSource.failure(tally.source(), e);
        }
        return new Part(accumulator.build(), tally);
    }

    private static Part await(Future<Part> part, ReadTally tally) {
        try {
            return part.get();
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException failure) {
                throw failure;
            }
            throw new IllegalStateException("reading " + tally.source() + " failed", e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while reading " + tally.source(), e);
        }
    }

    /**
     * Adds a chunk's cells to the table being built. Items are registered in the chunk's order
     * of first appearance and chunks are merged in file order, so the result is the table a
     * single sequential pass would build, cell for cell.
     */
    private static void absorb(ComparisonTable.Builder merged, ReadTally tally, Part part) {
        tally.absorb(part.tally());
        ComparisonTable table = part.table();
        int[] index = new int[table.itemCount()];
        for (int i = 0; i < index.length; i++) {
            index[i] = merged.item(table.items().id(i));
        }
        for (int cell = 0; cell < table.cellCount(); cell++) {
            for (Outcome outcome : Outcome.values()) {
                long count = table.count(cell, outcome);
                if (count > 0) {
                    merged.add(index[table.sideA(cell)], index[table.sideB(cell)], outcome, count,
                            table.weight(cell, outcome));
                }
            }
        }
    }

    private static ThreadFactory daemonThreads() {
        return runnable -> {
            Thread thread = new Thread(runnable, "ordinal-csv");
            thread.setDaemon(true);
            return thread;
        };
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
