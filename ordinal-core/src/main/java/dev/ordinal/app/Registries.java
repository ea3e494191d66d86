package dev.ordinal.app;

import java.util.List;

/**
 * The one registry: every kind of thing a user can name, each a {@link Registry}. Filled kind by
 * kind as the old per-package registries move here.
 */
public final class Registries {
    private Registries() {
    }

    /** Every kind, in the order {@code ordinal list} prints them. */
    public static List<Registry<?>> all() {
        return List.of();
    }
}
