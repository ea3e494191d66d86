package dev.ordinal.fit;

import dev.ordinal.error.DataException;
import java.util.List;

/**
 * The data admit no finite maximum-likelihood estimate: the comparison graph is disconnected,
 * or some group of items never lost (or never won) against the rest. A Gaussian prior
 * ({@link FitOptions#withPrior}) always gives a finite answer.
 */
public final class NoFiniteEstimateException extends DataException {
    /** The remedy every such error carries: a prior always gives a finite (MAP) estimate. */
    public static final String REMEDY = "set prior to get a finite MAP estimate (e.g. prior=2)";

    private static final long serialVersionUID = 1L;

    private final List<List<String>> disconnectedComponents;
    private final List<List<String>> unbeatenGroups;
    private final List<List<String>> winlessGroups;

    public NoFiniteEstimateException(String message, List<List<String>> disconnectedComponents,
                                     List<List<String>> unbeatenGroups, List<List<String>> winlessGroups) {
        super(message, REMEDY);
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
