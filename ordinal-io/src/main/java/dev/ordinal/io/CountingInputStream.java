package dev.ordinal.io;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.function.LongConsumer;

/** Counts the bytes read from the raw (possibly compressed) input and reports them about every MiB. */
final class CountingInputStream extends FilterInputStream {
    private static final long REPORT_EVERY = 1L << 20;

    private final LongConsumer bytesRead;
    private long count;
    private long nextReport = REPORT_EVERY;

    CountingInputStream(InputStream in, LongConsumer bytesRead) {
        super(in);
        this.bytesRead = bytesRead;
    }

    @Override
    public int read() throws IOException {
        int b = super.read();
        if (b >= 0) {
            advance(1);
        }
        return b;
    }

    @Override
    public int read(byte[] buffer, int offset, int length) throws IOException {
        int n = super.read(buffer, offset, length);
        if (n > 0) {
            advance(n);
        }
        return n;
    }

    @Override
    public long skip(long n) throws IOException {
        long skipped = super.skip(n);
        advance(skipped);
        return skipped;
    }

    /** Mark and reset would make the count go backwards; callers buffer above this stream instead. */
    @Override
    public boolean markSupported() {
        return false;
    }

    private void advance(long n) {
        count += n;
        if (count >= nextReport) {
            bytesRead.accept(count);
            nextReport = count + REPORT_EVERY;
        }
    }

    /** Reports the final total. */
    void reportTotal() {
        bytesRead.accept(count);
    }
}
