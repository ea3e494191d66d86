package dev.ordinal.server;

import java.util.concurrent.ConcurrentHashMap;

/**
 * Token buckets by key (a voter session, a remote address): each holds up to {@code burst}
 * tokens and refills at {@code perSecond}; a request takes one. Buckets idle long enough to be
 * full again are dropped, so the map stays as large as the set of recent clients.
 */
final class RateLimiter {
    private final double burst;
    private final double perSecond;
    private final ConcurrentHashMap<String, Bucket> buckets = new ConcurrentHashMap<>();

    private static final class Bucket {
        double tokens;
        long lastNanos;

        Bucket(double tokens, long lastNanos) {
            this.tokens = tokens;
            this.lastNanos = lastNanos;
        }
    }

    RateLimiter(double burst, double perSecond) {
        if (!(burst >= 1) || !(perSecond > 0)) {
            throw new IllegalArgumentException("need burst >= 1 and a positive rate, got " + burst + ", " + perSecond);
        }
        this.burst = burst;
        this.perSecond = perSecond;
    }

    /** Takes a token for {@code key}: 0 when allowed, else the whole seconds until one is available. */
    long acquire(String key) {
        long now = System.nanoTime();
        if (buckets.size() > 100_000) {
            evictFull(now);
        }
        Bucket bucket = buckets.computeIfAbsent(key, k -> new Bucket(burst, now));
        synchronized (bucket) {
            double elapsed = (now - bucket.lastNanos) / 1e9;
            bucket.tokens = Math.min(burst, bucket.tokens + elapsed * perSecond);
            bucket.lastNanos = now;
            if (bucket.tokens >= 1) {
                bucket.tokens -= 1;
                return 0;
            }
            return Math.max(1, (long) Math.ceil((1 - bucket.tokens) / perSecond));
        }
    }

    private void evictFull(long now) {
        buckets.entrySet().removeIf(e -> {
            synchronized (e.getValue()) {
                return e.getValue().tokens + (now - e.getValue().lastNanos) / 1e9 * perSecond >= burst;
            }
        });
    }
}
