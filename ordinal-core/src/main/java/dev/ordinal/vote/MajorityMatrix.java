package dev.ordinal.vote;

/**
 * The pairwise majority matrix: {@code support(x, y)} is the total weight of ballots that rank
 * {@code x} strictly above {@code y} (a truncated ballot ranks every ranked candidate above every
 * unranked one; tied candidates support neither). The margin is {@code support(x, y) -
 * support(y, x)}, read as zero when it is below 1e-12 of the weight that separates the two (so
 * that fractional weights summed in different orders cannot invent a majority). Immutable;
 * stored as one primitive array.
 */
public final class MajorityMatrix {
    private final int m;
    private final double[] support;

    private MajorityMatrix(int m, double[] support) {
        this.m = m;
        this.support = support;
    }

    static MajorityMatrix of(Ballots ballots) {
        int m = ballots.candidateCount();
        double[] support = new double[m * m];
        int[] level = new int[m];
        for (int b = 0; b < ballots.size(); b++) {
            double weight = ballots.weight(b);
            for (int c = 0; c < m; c++) {
                level[c] = ballots.level(b, c);
            }
            for (int x = 0; x < m; x++) {
                int row = x * m;
                int lx = level[x];
                for (int y = 0; y < m; y++) {
                    if (lx < level[y]) {
                        support[row + y] += weight;
                    }
                }
            }
        }
        return new MajorityMatrix(m, support);
    }

    public int size() {
        return m;
    }

    public double support(int x, int y) {
        return support[x * m + y];
    }

    public double margin(int x, int y) {
        double forX = support[x * m + y];
        double forY = support[y * m + x];
        double margin = forX - forY;
        return Math.abs(margin) <= 1e-12 * (forX + forY) ? 0 : margin;
    }

    /** Whether a strict majority of the ballots that separate {@code x} and {@code y} prefer {@code x}. */
    public boolean beats(int x, int y) {
        return margin(x, y) > 0;
    }

    /** The Condorcet winner (beats every other candidate), or -1 when there is none. */
    public int condorcetWinner() {
        for (int x = 0; x < m; x++) {
            boolean all = true;
            for (int y = 0; y < m && all; y++) {
                all = x == y || beats(x, y);
            }
            if (all) {
                return x;
            }
        }
        return -1;
    }

    /** The Condorcet loser (beaten by every other candidate), or -1 when there is none. */
    public int condorcetLoser() {
        for (int x = 0; x < m; x++) {
            boolean all = true;
            for (int y = 0; y < m && all; y++) {
                all = x == y || beats(y, x);
            }
            if (all) {
                return x;
            }
        }
        return -1;
    }
}
