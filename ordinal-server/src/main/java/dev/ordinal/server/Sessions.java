package dev.ordinal.server;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Optional;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Anonymous voter sessions: a random id and its HMAC-SHA256 under the server's secret, as
 * {@code id.signature} in a cookie. A cookie whose signature does not verify is ignored (a new
 * session is issued), so a voter cannot claim another voter's session without its cookie.
 */
final class Sessions {
    static final String COOKIE = "ordinal_session";
    private static final SecureRandom RANDOM = new SecureRandom();
    private final SecretKeySpec key;

    Sessions(byte[] secret) {
        if (secret.length < 16) {
            throw new IllegalArgumentException("the session secret needs at least 16 bytes, got " + secret.length);
        }
        this.key = new SecretKeySpec(secret.clone(), "HmacSHA256");
    }

    static byte[] randomSecret() {
        byte[] secret = new byte[32];
        RANDOM.nextBytes(secret);
        return secret;
    }

    /** A new session id and the cookie value that carries it. */
    String[] issue() {
        byte[] raw = new byte[18];
        RANDOM.nextBytes(raw);
        String id = Base64.getUrlEncoder().withoutPadding().encodeToString(raw);
        return new String[] {id, id + "." + sign(id)};
    }

    /** The session id of a cookie value, when its signature verifies. */
    Optional<String> verify(String cookie) {
        if (cookie == null) {
            return Optional.empty();
        }
        int dot = cookie.indexOf('.');
        if (dot <= 0 || dot > 64) {
            return Optional.empty();
        }
        String id = cookie.substring(0, dot);
        byte[] expected = sign(id).getBytes(StandardCharsets.US_ASCII);
        byte[] given = cookie.substring(dot + 1).getBytes(StandardCharsets.US_ASCII);
        return MessageDigest.isEqual(expected, given) ? Optional.of(id) : Optional.empty();
    }

    /**
     * The CSRF token of a session: an HMAC of the session id under the same secret, so it needs no
     * storage, and a page of another site, which cannot read it, cannot forge it.
     */
    String csrfToken(String id) {
        return sign("csrf:" + id);
    }

    /** True when {@code given} is the CSRF token of session {@code id}. */
    boolean verifyCsrf(String id, String given) {
        return given != null && MessageDigest.isEqual(csrfToken(id).getBytes(StandardCharsets.US_ASCII),
                given.getBytes(StandardCharsets.US_ASCII));
    }

    private String sign(String id) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(key);
            return Base64.getUrlEncoder().withoutPadding().encodeToString(mac.doFinal(id.getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is unavailable", e);
        }
    }

    /** A stable, non-reversible session name for a bearer token (so a token's battles are its own). */
    static String forToken(String token) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8));
            return "token-" + HexFormat.of().formatHex(digest, 0, 12);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("SHA-256 is unavailable", e);
        }
    }
}
