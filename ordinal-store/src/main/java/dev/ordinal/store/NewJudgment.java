package dev.ordinal.store;

import dev.ordinal.judgment.Outcome;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * A judgment to append. {@code id} is chosen by the client and makes retries idempotent: the
 * same id in the same arena is stored once. Without a time the store's clock is used.
 */
public record NewJudgment(String id, String a, String b, Outcome outcome, Optional<String> judge,
                          Optional<Instant> time, Optional<String> category) {

    public NewJudgment {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(a, "a");
        Objects.requireNonNull(b, "b");
        Objects.requireNonNull(outcome, "outcome");
        Objects.requireNonNull(judge, "judge");
        Objects.requireNonNull(time, "time");
        Objects.requireNonNull(category, "category");
    }

    public static NewJudgment of(String id, String a, String b, Outcome outcome) {
        return new NewJudgment(id, a, b, outcome, Optional.empty(), Optional.empty(), Optional.empty());
    }
}
