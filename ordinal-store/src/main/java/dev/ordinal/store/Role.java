package dev.ordinal.store;

import java.util.Locale;

/** What an access token may do. The admin may do everything a judge may. */
public enum Role {
    ADMIN, JUDGE;

    String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    static Role ofCode(String code) {
        return valueOf(code.toUpperCase(Locale.ROOT));
    }
}
