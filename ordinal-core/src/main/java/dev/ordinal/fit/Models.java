package dev.ordinal.fit;

import dev.ordinal.app.Entry;
import dev.ordinal.app.Registries;
import dev.ordinal.error.OrdinalException;
import java.util.List;
import java.util.Map;

/**
 * A shim for ordinal-server only, which is being rewritten against {@link Registries#models()}:
 * it keeps the server's old contract (an {@link IllegalArgumentException} for a bad name or
 * combination, which the server answers with 400). Remove it when the server no longer calls it.
 */
@Deprecated(forRemoval = true)
public final class Models {
    /** Canonical model names. */
    public static final List<String> NAMES = Registries.models().names();

    private Models() {
    }

    public static StrengthModel byName(String name, TieModel ties) {
        try {
            Entry<StrengthModel> entry = Registries.models().entry(name);
            return entry.create(entry.takes("ties") ? Map.of("ties", ties.label()) : Map.of());
        } catch (OrdinalException e) {
            throw new IllegalArgumentException(e.getMessage(), e);
        }
    }
}
