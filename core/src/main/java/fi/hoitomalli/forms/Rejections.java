package fi.hoitomalli.forms;

import java.time.LocalDate;
import fi.hoitomalli.common.Messages;

/** The rejection values of the lifecycles, with their message keys. */
final class Rejections {

    static final String NOT_ALLOWED = "fi.hoitomalli.forms.transition.notAllowed";
    static final String TOO_EARLY = "fi.hoitomalli.forms.transition.tooEarly";
    static final String NOT_ESCALATED = "fi.hoitomalli.forms.transition.conflictNotEscalated";

    private Rejections() {
    }

    static <S> Transition<S> notAllowed(S current, String event, Enum<?> stage) {
        return new Transition.Rejected<>(current, NOT_ALLOWED,
                Messages.text(NOT_ALLOWED, "event", event, "state", stage.name()));
    }

    static <S> Transition<S> tooEarly(S current, String event, LocalDate date, LocalDate earliest) {
        return new Transition.Rejected<>(current, TOO_EARLY,
                Messages.text(TOO_EARLY, "event", event, "date", date, "earliest", earliest));
    }

    static <S> Transition<S> notEscalated(S current) {
        return new Transition.Rejected<>(current, NOT_ESCALATED, Messages.text(NOT_ESCALATED));
    }
}
