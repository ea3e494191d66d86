package dev.ordinal.store;

import dev.ordinal.judgment.Outcome;
import java.time.Instant;
import java.util.Optional;

/**
 * A battle issued to one voter session: a prompt and two items shown as sides A and B. It takes
 * one vote; until then {@link #outcome()} and {@link #votedAt()} are empty.
 */
public record Battle(long id, String arena, String prompt, String itemA, String itemB, String session,
                     Instant issuedAt, Optional<Outcome> outcome, Optional<Instant> votedAt) {

    public boolean voted() {
        return outcome.isPresent();
    }
}
