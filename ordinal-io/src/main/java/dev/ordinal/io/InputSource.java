package dev.ordinal.io;

import java.io.BufferedInputStream;
import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;
import java.util.function.LongConsumer;
import java.util.regex.Pattern;
import java.util.zip.GZIPInputStream;

/**
 * An opened input: gzip undone when the content starts with the gzip magic bytes 1f 8b
 * (RFC 1952 section 2.3.1), whatever the file is called, and a UTF-8 byte order mark dropped.
 * The decoded stream supports mark and reset over its first {@value #SNIFF_BYTES} bytes so that
 * the format can be guessed from the content.
 */
final class InputSource implements Closeable {
    static final String STDIN = "<stdin>";
    private static final int BUFFER = 1 << 16;
    private static final int SNIFF_BYTES = 1 << 16;
    private static final Pattern PREFLIB_ORDER_LINE = Pattern.compile("\\s*\\d+\\s*:.*");

    private final String name;
    private final CountingInputStream raw;
    private final BufferedInputStream decoded;
    private final boolean closeRaw;

    private InputSource(String name, CountingInputStream raw, BufferedInputStream decoded, boolean closeRaw) {
        this.name = name;
        this.raw = raw;
        this.decoded = decoded;
        this.closeRaw = closeRaw;
    }

    /** Opens a file, or standard input for {@code -} (which is left open afterwards). */
    static InputSource open(String path, LongConsumer bytesRead) {
        if (path.equals("-")) {
            return of(System.in, STDIN, false, bytesRead);
        }
        InputStream file;
        try {
            file = Files.newInputStream(Path.of(path));
        } catch (IOException e) {
            throw failure(path, e);
        } catch (RuntimeException e) {
            throw new InputException(path, 0, Optional.empty(), Optional.empty(), "not a usable path (" + e.getMessage()
                    + ")", "a readable file", "unreadable");
        }
        return of(file, path, true, bytesRead);
    }

    /** Wraps a stream that the caller owns (it is not closed). */
    static InputSource of(InputStream in, String name, boolean closeRaw, LongConsumer bytesRead) {
        CountingInputStream counting = new CountingInputStream(in, bytesRead);
        try {
            BufferedInputStream buffered = new BufferedInputStream(counting, BUFFER);
            buffered.mark(2);
            boolean gzip = buffered.read() == 0x1f && buffered.read() == 0x8b;
            buffered.reset();
            BufferedInputStream decoded = gzip
                    ? new BufferedInputStream(new GZIPInputStream(buffered, BUFFER), BUFFER)
                    : buffered;
            decoded.mark(3);
            if (!(decoded.read() == 0xEF && decoded.read() == 0xBB && decoded.read() == 0xBF)) {
                decoded.reset();
            }
            return new InputSource(name, counting, decoded, closeRaw);
        } catch (IOException e) {
            throw failure(name, e);
        }
    }

    String name() {
        return name;
    }

    /** The decoded bytes. */
    InputStream stream() {
        return decoded;
    }

    /**
     * The format {@code requested} means for this input. {@link InputFormat#AUTO} is resolved from
     * the name (after stripping {@code .gz}) and, when that is ambiguous, from the first non-blank
     * character: {@code [} a JSON array, <code>{</code> JSON Lines, {@code #} or a {@code N:}
     * line PrefLib, anything else CSV. Auto-detected JSON Lines stays {@link InputFormat#AUTO}:
     * the first record decides between pairwise judgments and rankings.
     */
    InputFormat resolve(InputFormat requested) {
        if (requested != InputFormat.AUTO) {
            return requested;
        }
        String lower = name.toLowerCase(Locale.ROOT);
        if (lower.endsWith(".gz")) {
            lower = lower.substring(0, lower.length() - 3);
        }
        if (lower.endsWith(".csv")) {
            return InputFormat.ARENA_CSV;
        }
        if (lower.endsWith(".jsonl") || lower.endsWith(".ndjson")) {
            return InputFormat.AUTO;
        }
        if (lower.endsWith(".soc") || lower.endsWith(".soi") || lower.endsWith(".toc") || lower.endsWith(".toi")) {
            return InputFormat.PREFLIB;
        }
        String start = peek();
        String content = start.stripLeading();
        if (content.startsWith("[")) {
            return InputFormat.ARENA_JSON;
        }
        if (content.startsWith("{")) {
            return InputFormat.AUTO;
        }
        if (lower.endsWith(".json")) {
            return InputFormat.ARENA_JSON;
        }
        String firstLine = content.lines().findFirst().orElse("");
        if (content.startsWith("#") || PREFLIB_ORDER_LINE.matcher(firstLine).matches()) {
            return InputFormat.PREFLIB;
        }
        return InputFormat.ARENA_CSV;
    }

    private String peek() {
        try {
            decoded.mark(SNIFF_BYTES);
            byte[] start = decoded.readNBytes(SNIFF_BYTES);
            decoded.reset();
            return new String(start, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw failure(name, e);
        }
    }

    /** An I/O failure while reading, e.g. a truncated gzip stream. */
    static InputException failure(String name, IOException e) {
        String problem;
        if (e instanceof java.nio.file.NoSuchFileException) {
            problem = "no such file";
        } else if (e instanceof java.nio.file.AccessDeniedException) {
            problem = "permission denied";
        } else if (e instanceof java.util.zip.ZipException) {
            problem = "corrupt gzip data (" + e.getMessage() + ")";
        } else {
            problem = "cannot be read (" + (e.getMessage() == null ? "input ended unexpectedly" : e.getMessage()) + ")";
        }
        return new InputException(name, 0, Optional.empty(), Optional.empty(), problem, "a readable file", "unreadable");
    }

    /** Reports the final byte count. */
    void finish() {
        raw.reportTotal();
    }

    @Override
    public void close() throws IOException {
        if (closeRaw) {
            raw.close();
        }
    }
}
