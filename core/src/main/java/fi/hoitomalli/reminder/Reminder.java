package fi.hoitomalli.reminder;

import static com.google.common.base.Preconditions.checkArgument;

import com.google.common.collect.ImmutableList;
import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * A reminder (muistutus) to send: to whom (and who is copied), from when on, and what it says. Created by
 * {@link ReminderEvaluation}, stored once per {@link ReminderKey} in a {@link ReminderOutbox}, sent by a
 * {@link ReminderChannel}.
 *
 * <p>Construction throws {@code IllegalArgumentException} if the key does not match the recipient or the content.
 *
 * @param key the stable identity; its recipient is {@code to}'s address and its kind the content's
 * @param to the recipient, whose language the reminder is written in
 * @param cc people copied (the team lead of an escalated reminder), never the recipient; may be empty
 * @param dueAt from when on it may be sent
 * @param content what it says
 */
public record Reminder(ReminderKey key, Recipient to, List<Recipient> cc, Instant dueAt, ReminderContent content) {

    public Reminder {
        Objects.requireNonNull(key, "key must not be null");
        Objects.requireNonNull(to, "to must not be null");
        cc = ImmutableList.copyOf(Objects.requireNonNull(cc, "cc must not be null"));
        Objects.requireNonNull(dueAt, "dueAt must not be null");
        Objects.requireNonNull(content, "content must not be null");
        checkArgument(key.recipient().equals(to.address()), "key recipient %s is not the addressee %s",
                key.recipient(), to.address());
        checkArgument(key.kind() == content.kind(), "key kind %s does not match content kind %s",
                key.kind(), content.kind());
        checkArgument(cc.stream().noneMatch(c -> c.address().equals(to.address())),
                "the recipient must not also be copied");
    }
}
