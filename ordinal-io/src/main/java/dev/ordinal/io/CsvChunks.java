package dev.ordinal.io;

import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;

/**
 * Cuts a CSV byte stream into chunks of whole records, so that chunks can be parsed in parallel.
 * A line break ends a record exactly when an even number of {@code "} characters precede it
 * (RFC 4180: quotes open and close quoted fields, and a quote inside one is doubled), so the
 * cut is found by one pass over the bytes, keeping quote parity; no field is ever split.
 * Each chunk knows the line number of its first byte, so errors keep their file line numbers.
 */
final class CsvChunks {
    /** Bytes of whole records. */
    record Chunk(byte[] data, int length, long firstLine) {
    }

    private static final int READ_STEP = 1 << 20;

    private final InputStream in;
    private final int chunkBytes;
    private byte[] carry = new byte[0];
    private int carryLength;
    private long nextLine = 1;
    private boolean ended;

    CsvChunks(InputStream in, int chunkBytes) {
        this.in = in;
        this.chunkBytes = chunkBytes;
    }

    /** The next chunk, ending at a record boundary (or at the end of input), or null when done. */
    Chunk next() throws IOException {
        if (ended && carryLength == 0) {
            return null;
        }
        byte[] buffer = Arrays.copyOf(carry, Math.max(chunkBytes, 2 * carryLength));
        int length = carryLength;
        int scanned = 0;
        boolean quoted = false;
        int cut = -1;
        long lines = 0;
        long linesAtCut = 0;
        while (true) {
            // Read in steps of at most a MiB, so that progress is reported as often as before.
            while (!ended && length < buffer.length) {
                int read = in.read(buffer, length, Math.min(READ_STEP, buffer.length - length));
                if (read < 0) {
                    ended = true;
                } else {
                    length += read;
                }
            }
            for (int k = scanned; k < length; k++) {
                byte b = buffer[k];
                if (b == '"') {
                    quoted = !quoted;
                } else if (b == '\n') {
                    lines++;
                    if (!quoted) {
                        cut = k + 1;
                        linesAtCut = lines;
                    }
                }
            }
            scanned = length;
            if (ended) {
                cut = length;
                linesAtCut = lines;
                break;
            }
            if (cut > 0) {
                break;
            }
            // One record longer than the buffer: grow it and read on.
            buffer = Arrays.copyOf(buffer, 2 * buffer.length);
        }
        carryLength = length - cut;
        carry = Arrays.copyOfRange(buffer, cut, length);
        Chunk chunk = new Chunk(buffer, cut, nextLine);
        nextLine += linesAtCut;
        return cut == 0 ? null : chunk;
    }
}
