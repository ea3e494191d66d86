package dev.ordinal.fit;

import java.util.List;

/**
 * The data admit no finite maximum-likelihood estimate: the comparison graph is disconnected,
 * or some group of items never lost (or never won) against the rest. A Gaussian prior
 * ({@link FitOptions#withPrior}) always gives a finite answer.
 */
public final class NoFiniteEstimateException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final List<List<String>> disconnectedComponents;
    private final List<List<String>> unbeatenGroups;
    private final List<List<String>> winlessGroups;

    public NoFiniteEstimateException(String message, List<List<String>> disconnectedComponents,
                                     List<List<String>> unbeatenGroups, List<List<String>> winlessGroups) {
        super(message);
        this.disconnectedComponents = List.copyOf(disconnectedComponents);
        this.unbeatenGroups = List.copyOf(unbeatenGroups);
        this.winlessGroups = List.copyOf(winlessGroups);
    }

    /** The connected components of the comparison graph, when there is more than one. */
    public List<List<String>> disconnectedComponents() {
        return disconnectedComponents;
    }

    /** Groups of items that never lost to any item outside their group. */
    public List<List<String>> unbeatenGroups() {
        return unbeatenGroups;
    }

    /** Groups of items that never won against any item outside their group. */
    public List<List<String>> winlessGroups() {
        return winlessGroups;
    }
}
