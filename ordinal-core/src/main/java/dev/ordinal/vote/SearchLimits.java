package dev.ordinal.vote;

import dev.ordinal.error.InvalidParameterException;
import dev.ordinal.error.Require;
import java.time.Duration;

/**
 * How far {@link AxiomSearch} looks: profiles of {@code minCandidates..maxCandidates} candidates
 * and 1 to {@code maxVoters} voters; every profile of a size with at most
 * {@code exhaustiveProfiles} anonymous profiles is checked, then up to {@code samples} random
 * (impartial culture) profiles of the sizes not covered, drawn from {@code seed}; the search stops
 * after {@code timeBudget} whatever it has covered.
 */
public record SearchLimits(int minCandidates, int maxCandidates, int maxVoters, int samples, long seed,
        Duration timeBudget, long exhaustiveProfiles) {
    /** Candidate counts the search supports: a clone makes one more, and 7! rankings is the most it enumerates. */
    public static final int MAX_CANDIDATES = 6;

    public SearchLimits {
        if (minCandidates < 2 || maxCandidates > MAX_CANDIDATES || minCandidates > maxCandidates) {
            throw new InvalidParameterException("candidates", minCandidates + ".." + maxCandidates,
                    "a range within 2.." + MAX_CANDIDATES + " (min <= max)");
        }
        Require.atLeast("voters", maxVoters, 1);
        Require.atLeast("samples", samples, 0);
        if (timeBudget.isNegative() || timeBudget.isZero()) {
            throw new InvalidParameterException("time", timeBudget.toString(), "a positive duration");
        }
        Require.atLeast("exhaustive", exhaustiveProfiles, 0);
    }

    /** 3 to 4 candidates, up to 12 voters, 10,000 samples, seed 1, 3 seconds, exhaustive up to 20,000 profiles a size. */
    public static SearchLimits defaults() {
        return new SearchLimits(3, 4, 12, 10_000, 1, Duration.ofSeconds(3), 20_000);
    }

    public SearchLimits withCandidates(int min, int max) {
        return new SearchLimits(min, max, maxVoters, samples, seed, timeBudget, exhaustiveProfiles);
    }

    public SearchLimits withVoters(int max) {
        return new SearchLimits(minCandidates, maxCandidates, max, samples, seed, timeBudget, exhaustiveProfiles);
    }

    public SearchLimits withSamples(int count) {
        return new SearchLimits(minCandidates, maxCandidates, maxVoters, count, seed, timeBudget, exhaustiveProfiles);
    }

    public SearchLimits withSeed(long value) {
        return new SearchLimits(minCandidates, maxCandidates, maxVoters, samples, value, timeBudget, exhaustiveProfiles);
    }

    public SearchLimits withTimeBudget(Duration budget) {
        return new SearchLimits(minCandidates, maxCandidates, maxVoters, samples, seed, budget, exhaustiveProfiles);
    }

    public SearchLimits withExhaustiveProfiles(long count) {
        return new SearchLimits(minCandidates, maxCandidates, maxVoters, samples, seed, timeBudget, count);
    }
}
