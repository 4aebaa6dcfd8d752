package fi.hoitomalli.catalog;

import static com.google.common.base.Preconditions.checkArgument;

import java.time.Instant;
import java.util.Objects;

/**
 * Who changed a product card, when and why (muutoshistoria): every saved version carries one.
 *
 * @param author who made the change (a staff id or name), non-blank
 * @param at when
 * @param reason why, non-blank
 */
public record ChangeNote(String author, Instant at, String reason) {
    public ChangeNote {
        Objects.requireNonNull(author, "author must not be null");
        Objects.requireNonNull(at, "at must not be null");
        Objects.requireNonNull(reason, "reason must not be null");
        checkArgument(!author.isBlank(), "author must not be blank");
        checkArgument(!reason.isBlank(), "reason must not be blank");
    }
}
