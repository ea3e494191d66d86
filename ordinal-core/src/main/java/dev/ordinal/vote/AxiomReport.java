package dev.ordinal.vote;

import java.util.Collections;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * What one {@link AxiomSearch} found for one axiom: a counter-example, or the reason the axiom
 * could not be checked, and how far the search got: for each candidate count, every profile of up
 * to {@code exhaustiveVoters.get(m)} voters was checked; {@code randomProfiles} random profiles
 * were checked beyond those; {@code timedOut} says the time budget ended the search.
 */
public record AxiomReport(Axiom axiom, Optional<CounterExample> counterExample, Optional<String> notApplicable,
        SortedMap<Integer, Integer> exhaustiveVoters, long profiles, long randomProfiles, boolean timedOut) {
    public AxiomReport {
        exhaustiveVoters = Collections.unmodifiableSortedMap(new TreeMap<>(exhaustiveVoters));
    }

    static AxiomReport notApplicable(Axiom axiom, String reason) {
        return new AxiomReport(axiom, Optional.empty(), Optional.of(reason), new TreeMap<>(), 0, 0, false);
    }

    /** Whether the search found a counter-example. */
    public boolean violated() {
        return counterExample.isPresent();
    }
}
