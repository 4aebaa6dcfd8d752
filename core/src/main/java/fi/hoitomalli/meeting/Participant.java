package fi.hoitomalli.meeting;

import fi.hoitomalli.customer.CustomerId;
import fi.hoitomalli.team.SecretaryId;
import fi.hoitomalli.team.StaffId;
import java.util.Objects;
import fi.hoitomalli.common.TextPolicy;

/**
 * Someone who takes part in or owns an encounter or a clock activity: a secretary, a member of staff, a
 * customer, or a named group (e.g. the sector HR unit). The value is namespaced by the factory that
 * made it ({@code secretary:S-07}, {@code staff:L-1}, {@code customer:C-12}, {@code group:HR-SIVI}) so
 * that ids of different kinds never collide; two activities of the same participant must not overlap.
 *
 * @param value the namespaced id: an id under the {@link TextPolicy} of at most {@value #MAX_LENGTH}
 *     characters (an id of at most {@value TextPolicy#ID_MAX} and its namespace)
 */
public record Participant(String value) {

    /** The longest namespaced id: the longest id and a namespace prefix such as {@code secretary:}. */
    public static final int MAX_LENGTH = TextPolicy.ID_MAX + 16;

    /** @throws IllegalArgumentException if the value is not an id under the {@link TextPolicy} */
    public Participant {
        Objects.requireNonNull(value, "value must not be null");
        TextPolicy.requireIdentifier(value, MAX_LENGTH, "participant");
    }

    /** The secretary. */
    public static Participant secretary(SecretaryId id) {
        return new Participant("secretary:" + Objects.requireNonNull(id, "id must not be null").value());
    }

    /** The member of staff (team lead, HR services manager). */
    public static Participant staff(StaffId id) {
        return new Participant("staff:" + Objects.requireNonNull(id, "id must not be null").value());
    }

    /** The customer (supervisor, executive). */
    public static Participant customer(CustomerId id) {
        return new Participant("customer:" + Objects.requireNonNull(id, "id must not be null").value());
    }

    /** A named group, e.g. {@code HR-SIVI} for a sector's HR unit or {@code steering-group}. */
    public static Participant group(String code) {
        return new Participant("group:" + Objects.requireNonNull(code, "code must not be null"));
    }

    @Override
    public String toString() {
        return value;
    }
}
