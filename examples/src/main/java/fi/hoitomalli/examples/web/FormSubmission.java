package fi.hoitomalli.examples.web;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import fi.hoitomalli.common.Violation;
import fi.hoitomalli.customer.Role;
import fi.hoitomalli.forms.FeedbackChannel;
import fi.hoitomalli.forms.FeedbackInput;
import fi.hoitomalli.forms.FeedbackKind;
import fi.hoitomalli.forms.FeedbackReason;
import fi.hoitomalli.forms.SituationInput;
import fi.hoitomalli.forms.SituationTopic;

/**
 * A posted form turned into the library's input record, as typed: texts are passed on untouched (the
 * library trims and checks them), an empty choice or one the form does not offer becomes "not given"
 * (reported by the library as missing), and a date that is not {@code yyyy-mm-dd} is reported here,
 * since the record can only hold a real date.
 *
 * @param <T> the input record
 * @param input the input record
 * @param unreadable what could not be read into the record (a malformed date)
 */
record FormSubmission<T>(T input, List<Violation> unreadable) {

    /** The date field's name in both forms. */
    static final String DATE = "date";

    FormSubmission {
        unreadable = List.copyOf(unreadable);
    }

    /** Reads the customer-feedback form. */
    static FormSubmission<FeedbackInput> feedback(UrlEncodedForm form) {
        List<Violation> unreadable = new ArrayList<>();
        FeedbackInput input = new FeedbackInput(form.value("recorder"), form.value("team"),
                date(form, unreadable), choice(FeedbackKind.values(), form.value("kind")),
                choice(FeedbackReason.values(), form.value("reason")), form.value("otherReason"), form.value("text"),
                choice(FeedbackChannel.values(), form.value("channel")), form.value("customer"), form.value("sector"),
                choice(Role.values(), form.value("role")), form.value("agreement"));
        return new FormSubmission<>(input, unreadable);
    }

    /** Reads the challenging-situation form; an unticked check box is "no". */
    static FormSubmission<SituationInput> situation(UrlEncodedForm form) {
        List<Violation> unreadable = new ArrayList<>();
        SituationInput input = new SituationInput(form.value("recorder"), form.value("team"),
                date(form, unreadable), form.value("customer"), choice(SituationTopic.values(), form.value("topic")),
                "true".equals(form.value("conflictingContacts")), form.value("situation"), form.value("solution"));
        return new FormSubmission<>(input, unreadable);
    }

    /**
     * Every violation of the submission: the unreadable parts, then the library's violations of the input
     * (without its "date is required" when the date was given but unreadable: that would say it twice).
     */
    List<Violation> withLibrary(List<Violation> library) {
        List<Violation> all = new ArrayList<>(unreadable);
        boolean dateUnreadable = unreadable.stream().anyMatch(v -> v.path().equals(DATE));
        library.stream().filter(v -> !(dateUnreadable && v.path().equals(DATE))).forEach(all::add);
        return List.copyOf(all);
    }

    private static LocalDate date(UrlEncodedForm form, List<Violation> unreadable) {
        String text = form.value(DATE).trim();
        if (text.isEmpty()) {
            return null;
        }
        try {
            return LocalDate.parse(text);
        } catch (DateTimeParseException e) {
            String key = "web.date.unreadable";
            unreadable.add(new Violation(DATE, key, WebTexts.all(key, "value", text)));
            return null;
        }
    }

    private static <E extends Enum<E>> E choice(E[] values, String value) {
        for (E constant : values) {
            if (constant.name().equals(value)) {
                return constant;
            }
        }
        return null;
    }
}
