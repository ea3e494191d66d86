package dev.ordinal.leaderboard;

/** The best and worst rank an item may plausibly hold, 1 being the top. */
public record RankRange(int best, int worst) {
    public RankRange {
        if (best < 1 || worst < best) {
            throw new IllegalArgumentException("bad rank range [" + best + ", " + worst + "]");
        }
    }
}
