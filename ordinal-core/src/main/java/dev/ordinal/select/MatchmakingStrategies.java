package dev.ordinal.select;

import dev.ordinal.app.Registries;
import java.util.List;

/**
 * A shim for ordinal-server only, which is being rewritten against {@link Registries#strategies()}:
 * remove it when the server no longer calls it.
 */
@Deprecated(forRemoval = true)
public final class MatchmakingStrategies {
    public static final String DEFAULT = Registries.DEFAULT_STRATEGY;

    public static final List<String> NAMES = Registries.strategies().names();

    private MatchmakingStrategies() {
    }

    public static MatchmakingStrategy byName(String name) {
        return Registries.strategies().create(name);
    }
}
