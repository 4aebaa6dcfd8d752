package fi.hoitomalli.reminder;

import fi.hoitomalli.common.Language;
import fi.hoitomalli.common.Messages;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * Writes reminders out in Finnish, Swedish or English from the templates in
 * {@code fi/hoitomalli/reminder/Messages*.properties}. Subjects take only a template, a title (of an
 * update, activity or plan action — titles are checked for personal identity codes and IBANs when their
 * records are built), dates and counts: notes and summaries, which may hold personal data, appear only in
 * the body.
 */
public final class ReminderTexts {

    private static final String P = "fi.hoitomalli.reminder.";

    private final ZoneId zone;

    /** @param zone the zone instants are shown in (the team's) */
    public ReminderTexts(ZoneId zone) {
        this.zone = Objects.requireNonNull(zone, "zone must not be null");
    }

    /** The reminder written in its recipient's language. */
    public ReminderText render(Reminder reminder) {
        return render(reminder, reminder.to().language());
    }

    /** The reminder written in the given language. */
    public ReminderText render(Reminder reminder, Language language) {
        Objects.requireNonNull(reminder, "reminder must not be null");
        Objects.requireNonNull(language, "language must not be null");
        Writer w = new Writer(language);
        String greeting = w.text("greeting", "name", reminder.to().name());
        String closing = w.text("closing");
        ReminderContent content = reminder.content();
        if (content instanceof ReminderContent.Digest d) {
            return digest(w, d, greeting, closing);
        }
        if (content instanceof ReminderContent.UrgentUpdate u) {
            return new ReminderText(w.text("urgent.subject", "title", u.item().title()), greeting,
                    List.of(w.text("urgent.intro")), List.of(item(u.item())), closing);
        }
        if (content instanceof ReminderContent.Invitation i) {
            return invitation(w, i.activity(), greeting, closing);
        }
        if (content instanceof ReminderContent.CallBack c) {
            return callBack(w, c, !reminder.cc().isEmpty(), greeting, closing);
        }
        if (content instanceof ReminderContent.Feedback f) {
            return feedback(w, f, !reminder.cc().isEmpty(), greeting, closing);
        }
        ReminderContent.PlanAction p = (ReminderContent.PlanAction) content;
        PlanActionDue a = p.action();
        String date = w.date(a.dueDate());
        return new ReminderText(w.text("plan.subject", "date", date, "title", a.title()), greeting,
                List.of(w.text("plan.intro", "plan", a.planName(), "date", date)),
                List.of(new ReminderText.Item(a.title(), w.text("reference", "id", a.id()), Optional.empty())),
                closing);
    }

    private static ReminderText digest(Writer w, ReminderContent.Digest d, String greeting, String closing) {
        int count = d.items().size();
        return new ReminderText(w.text("digest.subject", "date", w.date(d.day()), "count", count), greeting,
                List.of(w.text("digest.intro", "count", count)),
                d.items().stream().map(ReminderTexts::item).toList(), closing);
    }

    private static ReminderText invitation(Writer w, ActivityDue a, String greeting, String closing) {
        String date = w.date(a.start().toLocalDate());
        List<String> paragraphs = List.of(
                w.text("invitation.intro", "title", a.title()),
                w.text("invitation.when", "date", date, "start", w.time(a.start().toLocalTime()),
                        "end", w.time(a.end().toLocalTime()), "zone", a.zone().getId()),
                w.text("invitation.where", "location", a.location()),
                w.text("invitation.organiser", "organiser", a.organiser().name()),
                w.text("invitation.calendar"));
        return new ReminderText(w.text("invitation.subject", "title", a.title(), "date", date), greeting,
                paragraphs, List.of(), closing);
    }

    private ReminderText callBack(Writer w, ReminderContent.CallBack c, boolean leadCopied, String greeting,
                                  String closing) {
        var due = c.promise().dueAt().atZone(zone);
        String stage = stageKey(c.stage());
        List<String> paragraphs = new ArrayList<>();
        paragraphs.add(w.text("callback.intro." + stage, "date", w.date(due.toLocalDate()),
                "time", w.time(due.toLocalTime())));
        if (!c.promise().note().isBlank()) {
            paragraphs.add(w.text("callback.note", "note", c.promise().note()));
        }
        paragraphs.add(w.text("reference", "id", c.promise().id()));
        if (leadCopied) {
            paragraphs.add(w.text("copied", "name", c.promise().teamLead().name()));
        }
        return new ReminderText(w.text("callback.subject." + stage, "date", w.date(due.toLocalDate())), greeting,
                paragraphs, List.of(), closing);
    }

    private static ReminderText feedback(Writer w, ReminderContent.Feedback f, boolean leadCopied, String greeting,
                                         String closing) {
        String stage = stageKey(f.stage());
        String date = w.date(f.feedback().responseDue());
        List<String> paragraphs = new ArrayList<>();
        paragraphs.add(w.text("feedback.intro." + stage, "date", date));
        if (!f.feedback().summary().isBlank()) {
            paragraphs.add(w.text("feedback.summary", "summary", f.feedback().summary()));
        }
        paragraphs.add(w.text("reference", "id", f.feedback().id()));
        if (leadCopied) {
            paragraphs.add(w.text("copied", "name", f.feedback().teamLead().name()));
        }
        return new ReminderText(w.text("feedback.subject." + stage, "date", date), greeting, paragraphs, List.of(),
                closing);
    }

    private static ReminderText.Item item(IntranetItem item) {
        return new ReminderText.Item(item.title(), item.summary(), Optional.of(item.link()));
    }

    private static String stageKey(ReminderStage stage) {
        return stage.name().toLowerCase(Locale.ROOT);
    }

    /** Texts and formats of one language. */
    private static final class Writer {
        private final Language language;
        private final DateTimeFormatter dates;
        private final DateTimeFormatter times;

        Writer(Language language) {
            this.language = language;
            this.dates = switch (language) {
                case FI -> DateTimeFormatter.ofPattern("d.M.yyyy", language.locale());
                case SV -> DateTimeFormatter.ofPattern("d MMMM yyyy", language.locale());
                case EN -> DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);
            };
            this.times = DateTimeFormatter.ofPattern(language == Language.FI ? "H.mm" : "HH:mm", Locale.ROOT);
        }

        String text(String key, Object... args) {
            return Messages.text(P + key, args).in(language);
        }

        String date(LocalDate date) {
            return dates.format(date);
        }

        String time(LocalTime time) {
            return times.format(time);
        }
    }
}
