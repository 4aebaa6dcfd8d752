package fi.hoitomalli.mail;

import fi.hoitomalli.reminder.Recipient;
import fi.hoitomalli.reminder.Reminder;
import fi.hoitomalli.reminder.ReminderContent;
import fi.hoitomalli.reminder.ReminderText;
import fi.hoitomalli.reminder.ReminderTexts;
import jakarta.activation.DataHandler;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import jakarta.mail.util.ByteArrayDataSource;
import java.io.UnsupportedEncodingException;
import java.nio.charset.StandardCharsets;
import java.util.Date;

/**
 * Turns a reminder into a MIME message: {@code multipart/alternative} with a plain-text and an HTML body
 * written from the fi/sv/en templates in the recipient's language (HTML-escaped throughout), plus a
 * {@code text/calendar; method=REQUEST} part for invitations; a {@code Message-ID} derived from the key.
 */
final class MessageAssembler {

    private static final String UTF_8 = StandardCharsets.UTF_8.name();

    private final MailSettings settings;
    private final ReminderTexts texts;

    MessageAssembler(MailSettings settings) {
        this.settings = settings;
        this.texts = new ReminderTexts(settings.zone());
    }

    /** The Message-ID the reminder's message carries. */
    String messageId(Reminder reminder) {
        return MessageIds.of(reminder.key(), settings.messageIdDomain());
    }

    /**
     * The complete message, saved (headers final).
     *
     * @throws HeaderGuard.UnsafeHeaderException if a header value could inject headers
     * @throws MessagingException if Jakarta Mail rejects an address or a part
     */
    MimeMessage assemble(Session session, Reminder reminder) throws MessagingException {
        ReminderText text = texts.render(reminder);
        MimeMessage message = new StableIdMessage(session, messageId(reminder));
        message.setFrom(address(settings.from().value(), settings.fromName(), "From"));
        message.setRecipient(Message.RecipientType.TO, address(reminder.to()));
        for (Recipient cc : reminder.cc()) {
            message.addRecipient(Message.RecipientType.CC, address(cc));
        }
        message.setSubject(HeaderGuard.check("subject", text.subject()), UTF_8);
        message.setSentDate(Date.from(settings.clock().instant()));
        message.setHeader("Content-Language", reminder.to().language().tag());
        // RFC 3834: out-of-office responders must not answer automatic reminders.
        message.setHeader("Auto-Submitted", "auto-generated");
        message.setHeader("X-Hoitomalli-Reminder", HeaderGuard.check("reminder kind", reminder.key().kind().name()));

        MimeMultipart alternative = new MimeMultipart("alternative");
        alternative.addBodyPart(textPart(plain(text), "plain"));
        alternative.addBodyPart(textPart(html(text, reminder.to().language().tag()), "html"));
        if (reminder.content() instanceof ReminderContent.Invitation invitation) {
            String ics = CalendarInvites.request(invitation.activity(), settings.messageIdDomain(), reminder.dueAt());
            MimeBodyPart calendar = new MimeBodyPart();
            calendar.setDataHandler(new DataHandler(new ByteArrayDataSource(ics.getBytes(StandardCharsets.UTF_8),
                    "text/calendar; charset=UTF-8; method=REQUEST")));
            calendar.setHeader("Content-Class", "urn:content-classes:calendarmessage");
            alternative.addBodyPart(calendar);
        }
        message.setContent(alternative);
        message.saveChanges();
        return message;
    }

    private static MimeBodyPart textPart(String body, String subtype) throws MessagingException {
        MimeBodyPart part = new MimeBodyPart();
        part.setText(body, UTF_8, subtype);
        return part;
    }

    private static InternetAddress address(Recipient recipient) throws MessagingException {
        return address(recipient.address().value(), recipient.name(), "recipient name");
    }

    private static InternetAddress address(String address, String name, String what) throws MessagingException {
        HeaderGuard.check(what, name);
        HeaderGuard.check("address", address);
        try {
            InternetAddress parsed = new InternetAddress(address, name, UTF_8);
            parsed.validate();
            return parsed;
        } catch (UnsupportedEncodingException e) {
            throw new IllegalStateException("UTF-8 is always supported", e);
        }
    }

    static String plain(ReminderText text) {
        StringBuilder out = new StringBuilder();
        out.append(text.greeting()).append("\n\n");
        for (String paragraph : text.paragraphs()) {
            out.append(paragraph).append("\n\n");
        }
        for (ReminderText.Item item : text.items()) {
            out.append("- ").append(item.title()).append('\n');
            if (!item.detail().isBlank()) {
                out.append("  ").append(item.detail().replace("\n", "\n  ")).append('\n');
            }
            item.link().ifPresent(link -> out.append("  ").append(link).append('\n'));
            out.append('\n');
        }
        out.append("-- \n").append(text.closing()).append('\n');
        return out.toString();
    }

    static String html(ReminderText text, String languageTag) {
        StringBuilder out = new StringBuilder(512);
        out.append("<!DOCTYPE html>\n<html lang=\"").append(Html.escape(languageTag)).append("\">\n<head><meta charset=\"UTF-8\"><title>")
                .append(Html.escape(text.subject())).append("</title></head>\n<body>\n");
        out.append("<p>").append(Html.escape(text.greeting())).append("</p>\n");
        for (String paragraph : text.paragraphs()) {
            out.append("<p>").append(Html.escape(paragraph)).append("</p>\n");
        }
        if (!text.items().isEmpty()) {
            out.append("<ul>\n");
            for (ReminderText.Item item : text.items()) {
                out.append("<li>");
                if (item.link().isPresent()) {
                    out.append("<a href=\"").append(Html.escape(item.link().get())).append("\">")
                            .append(Html.escape(item.title())).append("</a>");
                } else {
                    out.append("<strong>").append(Html.escape(item.title())).append("</strong>");
                }
                if (!item.detail().isBlank()) {
                    out.append("<br>").append(Html.escape(item.detail()));
                }
                out.append("</li>\n");
            }
            out.append("</ul>\n");
        }
        out.append("<p><small>").append(Html.escape(text.closing())).append("</small></p>\n</body>\n</html>\n");
        return out.toString();
    }
}
