package fi.hoitomalli.mail;

import fi.hoitomalli.reminder.DeliveryOutcome;
import fi.hoitomalli.reminder.Reminder;
import fi.hoitomalli.reminder.ReminderChannel;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Properties;

/**
 * Renders reminders to {@code .eml} files instead of sending them (for the demo and for review): exactly
 * the message SMTP would carry. The file is named after the kind and the Message-ID, so a resend
 * overwrites the same file.
 */
final class DryRunReminderChannel implements ReminderChannel {

    private final Path directory;
    private final Session session = Session.getInstance(new Properties());
    private final MessageAssembler assembler;
    private final ServiceLookupCache.PerChannel lookups = new ServiceLookupCache.PerChannel();

    DryRunReminderChannel(MailSettings settings, Path directory) {
        this.directory = directory;
        this.assembler = new MessageAssembler(settings);
    }

    @Override
    public List<DeliveryOutcome> sendAll(List<Reminder> reminders) {
        Objects.requireNonNull(reminders, "reminders must not be null");
        return lookups.around(() -> ReminderChannel.super.sendAll(reminders));
    }

    @Override
    public DeliveryOutcome send(Reminder reminder) {
        Objects.requireNonNull(reminder, "reminder must not be null");
        MimeMessage message;
        try {
            message = assembler.assemble(session, reminder);
        } catch (IllegalArgumentException | MessagingException e) {
            return new DeliveryOutcome.PermanentFailure(reminder.key(), "message rejected: " + e.getMessage());
        }
        String messageId = assembler.messageId(reminder);
        Path file = directory.resolve(reminder.key().kind().name().toLowerCase(Locale.ROOT) + "-"
                + messageId.substring(1, messageId.indexOf('.')) + ".eml");
        try {
            Files.createDirectories(directory);
            try (OutputStream out = Files.newOutputStream(file)) {
                message.writeTo(out);
            }
            return new DeliveryOutcome.Delivered(reminder.key(), messageId);
        } catch (IOException | MessagingException e) {
            return new DeliveryOutcome.TransientFailure(reminder.key(), "cannot write " + file + ": " + e.getMessage());
        }
    }
}
