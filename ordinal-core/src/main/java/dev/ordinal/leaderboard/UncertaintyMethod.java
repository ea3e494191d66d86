package dev.ordinal.leaderboard;

import dev.ordinal.error.InvalidParameterException;
import java.util.Arrays;

/** How rating intervals are computed. */
public enum UncertaintyMethod {
    /** Percentile intervals from refits on multinomial resamples of the cells. */
    BOOTSTRAP("bootstrap"),
    /** Normal intervals from the robust (Huber–White) sandwich covariance. */
    SANDWICH("sandwich"),
    /** Normal intervals from the inverse observed Fisher information. */
    FISHER("fisher"),
    /** Point estimates only. */
    NONE("none");

    private final String label;

    UncertaintyMethod(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** Kept for ordinal-server until it looks methods up in {@code Registries.uncertainty()}. */
    public static UncertaintyMethod fromLabel(String label) {
        return Arrays.stream(values()).filter(m -> m.label.equals(label)).findFirst()
                .orElseThrow(() -> new InvalidParameterException("ci", label,
                        "one of bootstrap, sandwich, fisher, none"));
    }
}
