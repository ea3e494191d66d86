package dev.ordinal.select;

import dev.ordinal.app.Registries;
import java.util.List;

/**
 * A shim for ordinal-server only, which is being rewritten against {@link Registries#strategies()}:
 * it keeps the server's old contract (an {@link IllegalArgumentException} for an unknown name,
 * which the server answers with 400). Remove it when the server no longer calls it.
 */
@Deprecated(forRemoval = true)
public final class MatchmakingStrategies {
    public static final String DEFAULT = Registries.DEFAULT_STRATEGY;

    public static final List<String> NAMES = Registries.strategies().names();

    private MatchmakingStrategies() {
    }

    public static MatchmakingStrategy byName(String name) {
        if (!Registries.strategies().contains(name)) {
            throw new IllegalArgumentException("unknown matchmaking strategy '" + name + "'; expected one of "
                    + String.join(", ", NAMES));
        }
        return Registries.strategies().create(name);
    }
}
