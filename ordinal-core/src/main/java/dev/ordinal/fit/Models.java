package dev.ordinal.fit;

import java.util.List;

/** The registry of strength models by the names users type. */
public final class Models {
    /** Names accepted by {@link #byName}, canonical name first in each alias group. */
    public static final List<String> NAMES = List.of("bt", "thurstone", "plackett-luce");

    private Models() {
    }

    public static StrengthModel byName(String name, TieModel ties) {
        return switch (name) {
            case "bt", "bradley-terry" -> new BradleyTerry(ties);
            case "thurstone", "thurstone-mosteller" -> new ThurstoneMosteller(ties);
            case "plackett-luce", "pl" -> new PlackettLuce();
            default -> throw new IllegalArgumentException("unknown model '" + name + "'; expected one of " + NAMES);
        };
    }
}
