package fi.hoitomalli.examples.web;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Session ids and the per-session form tokens that make a forged cross-site post fail: the token is an
 * HMAC of the session id under a key that lives only as long as the server, so the server keeps no
 * session table and a token from another session (or another server run) does not match.
 */
final class CsrfTokens {

    private static final String HMAC = "HmacSHA256";
    private static final Base64.Encoder URL_SAFE = Base64.getUrlEncoder().withoutPadding();

    private final SecureRandom random;
    private final byte[] key;

    /** A fresh random key. */
    CsrfTokens(SecureRandom random) {
        this.random = random;
        this.key = new byte[32];
        random.nextBytes(key);
    }

    /** A new unguessable session id (URL- and cookie-safe). */
    String newSessionId() {
        byte[] id = new byte[24];
        random.nextBytes(id);
        return URL_SAFE.encodeToString(id);
    }

    /** Whether the text looks like a session id this class made (length and alphabet only). */
    static boolean isWellFormedSessionId(String id) {
        return id != null && id.length() == 32 && id.chars().allMatch(c -> Character.isLetterOrDigit(c)
                || c == '-' || c == '_');
    }

    /** The form token of the session. */
    String tokenFor(String sessionId) {
        try {
            Mac mac = Mac.getInstance(HMAC);
            mac.init(new SecretKeySpec(key, HMAC));
            return URL_SAFE.encodeToString(mac.doFinal(sessionId.getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is part of every JDK", e);
        }
    }

    /** Whether the token is the session's, compared in constant time. */
    boolean isValid(String sessionId, String token) {
        if (!isWellFormedSessionId(sessionId) || token == null) {
            return false;
        }
        return MessageDigest.isEqual(tokenFor(sessionId).getBytes(StandardCharsets.UTF_8),
                token.getBytes(StandardCharsets.UTF_8));
    }
}
