package dev.ordinal.vote;

import dev.ordinal.error.InvalidParameterException;
import java.util.stream.IntStream;
import org.apache.commons.rng.sampling.PermutationSampler;
import org.apache.commons.rng.simple.RandomSource;

/**
 * An explicit tie-break, applied after a rule by {@link VoteResult#breakTies(TieBreak)}: a
 * priority order over the candidates. {@code first} prefers the candidate listed first in the
 * input; {@code random:SEED} uses a uniformly random order drawn from the seed (the same seed gives
 * the same order).
 */
public record TieBreak(String description, long seed, boolean random) {
    public static final TieBreak FIRST_LISTED = new TieBreak("candidate order in the input", 0, false);

    public static TieBreak random(long seed) {
        return new TieBreak("a random order (seed " + seed + ")", seed, true);
    }

    /** {@code first} or {@code random:SEED}. */
    public static TieBreak parse(String text) {
        if (text.equals("first")) {
            return FIRST_LISTED;
        }
        if (text.startsWith("random:")) {
            try {
                return random(Long.parseLong(text.substring("random:".length())));
            } catch (NumberFormatException e) {
                // falls through to the error below
            }
        }
        throw new InvalidParameterException("tie-break", text, "'first' or 'random:SEED'");
    }

    /** {@code priority[c]}: smaller is preferred. */
    int[] priority(int candidates) {
        int[] order = IntStream.range(0, candidates).toArray();
        if (random) {
            order = new PermutationSampler(RandomSource.XO_RO_SHI_RO_128_PP.create(seed), candidates, candidates).sample();
        }
        int[] priority = new int[candidates];
        for (int i = 0; i < candidates; i++) {
            priority[order[i]] = i;
        }
        return priority;
    }

    @Override
    public String toString() {
        return description;
    }
}
