package fi.hoitomalli.reminder;

import fi.hoitomalli.common.EmailAddress;
import java.util.Locale;
import java.util.Objects;

/**
 * The identity of a reminder: what kind, about which thing ({@code subject}, e.g. a promise's id), to
 * whom, and for which period (a date or a stage such as {@code overdue:2027-03-02}). The outbox keeps at
 * most one reminder per key, so evaluating the same facts again and again creates each reminder once;
 * the mail adapter derives the {@code Message-ID} from the key, so a resend is recognisable as the same
 * message.
 *
 * @param kind what the reminder is about
 * @param subject the id of the thing reminded about ({@code digest} for a digest), letters, digits and {@code ._:+-}
 * @param recipient the address the reminder goes to
 * @param period the date or stage the reminder is for, letters, digits and {@code ._:+-}
 */
public record ReminderKey(ReminderKind kind, String subject, EmailAddress recipient, String period) {

    public ReminderKey {
        Objects.requireNonNull(kind, "kind must not be null");
        SafeText.id(subject, "subject");
        Objects.requireNonNull(recipient, "recipient must not be null");
        SafeText.id(period, "period");
    }

    /**
     * The key as one stable text, e.g. {@code call_back_promise/cb-7/maija@vantaa.fi/overdue:2027-03-02};
     * two keys are equal exactly when their texts are.
     */
    public String asText() {
        return kind.name().toLowerCase(Locale.ROOT) + "/" + subject + "/" + recipient.value() + "/" + period;
    }

    @Override
    public String toString() {
        return asText();
    }
}
