package dev.ordinal.store;

import java.util.List;

/**
 * What an append did: the ids stored now, in log order, and the ids that were already stored
 * (or repeated within the batch) and so were not stored again.
 */
public record AppendResult(List<String> stored, List<String> duplicates) {
    public AppendResult {
        stored = List.copyOf(stored);
        duplicates = List.copyOf(duplicates);
    }
}
