package dev.ordinal.store;

import dev.ordinal.error.InvalidParameterException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Optional;

/**
 * The {@code tokens} table: access tokens by the SHA-256 of their text, with their role. A token
 * is shown once, when it is created; the store cannot give it back, only recognise it.
 */
final class TokenRepository {
    private static final String PREFIX = "ord_";

    private final Database database;
    private final SecureRandom random = new SecureRandom();

    TokenRepository(Database database) {
        this.database = database;
    }

    String create(Role role) {
        byte[] bytes = new byte[32];
        random.nextBytes(bytes);
        String token = PREFIX + Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        register(token, role);
        return token;
    }

    void register(String token, Role role) {
        if (token.length() < Store.MIN_TOKEN_LENGTH) {
            throw new InvalidParameterException("token", "(" + token.length() + " characters, not shown)",
                    "at least " + Store.MIN_TOKEN_LENGTH + " characters");
        }
        String hash = hash(token);
        database.write(c -> {
            if (Jdbc.update(c, "UPDATE tokens SET role = ? WHERE hash = ?", role.code(), hash) == 0) {
                Jdbc.update(c, "INSERT INTO tokens (hash, role, created_at) VALUES (?, ?, ?)", hash, role.code(),
                        database.now().toEpochMilli());
            }
            return null;
        });
    }

    Optional<Role> verify(String token) {
        String hash = hash(token);
        return database.read(c -> Jdbc.first(c, r -> Role.ofCode(r.getString(1)), "SELECT role FROM tokens WHERE hash = ?",
                hash));
    }

    private static String hash(String token) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(token.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this JVM", e);
        }
    }
}
