package dev.ordinal.store;

import java.time.Instant;

/** An arena: a set of items (contestants) judged against each other. */
public record Arena(String id, String name, Instant created) {
}
