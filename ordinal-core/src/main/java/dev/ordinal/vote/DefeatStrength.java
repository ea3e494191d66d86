package dev.ordinal.vote;

/**
 * How strong a pairwise defeat is, for the rules that weigh defeats (Schulze, minimax): the
 * winning votes {@code support(x, y)} or the margin {@code support(x, y) − support(y, x)}. Both
 * are zero when x does not beat y. On complete strict ballots every pair is separated by every
 * voter, so winning votes are (voters + margin) / 2 and the two rank defeats alike; they differ
 * when ballots are truncated or tie candidates (M. Schulze, "A new monotonic, clone-independent,
 * reversal symmetric, and Condorcet-consistent single-winner election method", Social Choice and
 * Welfare 36, 2011).
 */
public enum DefeatStrength {
    WINNING_VOTES("winning-votes"),
    MARGINS("margins");

    private final String label;

    DefeatStrength(String label) {
        this.label = label;
    }

    /** The name users type, e.g. {@code winning-votes}. */
    public String label() {
        return label;
    }

    /** The strength of x's defeat of y, 0 when x does not beat y. */
    public double of(MajorityMatrix matrix, int x, int y) {
        if (!matrix.beats(x, y)) {
            return 0;
        }
        return this == MARGINS ? matrix.margin(x, y) : matrix.support(x, y);
    }

}
