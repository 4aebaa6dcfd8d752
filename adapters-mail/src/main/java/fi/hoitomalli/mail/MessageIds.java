package fi.hoitomalli.mail;

import fi.hoitomalli.reminder.ReminderKey;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * Message-IDs derived from reminder keys: the same key always gives the same id, so a reminder sent twice
 * (at-least-once delivery) is recognisably one message. The key itself (it holds an address) is hashed.
 */
final class MessageIds {

    private MessageIds() {
    }

    /** {@code <sha256(key)[0..32 hex]@domain>}. */
    static String of(ReminderKey key, String domain) {
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(key.asText().getBytes(StandardCharsets.UTF_8));
            return "<" + HexFormat.of().formatHex(hash, 0, 16) + ".reminder@" + domain + ">";
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required of every Java platform", e);
        }
    }
}
