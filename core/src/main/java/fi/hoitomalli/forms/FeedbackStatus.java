package fi.hoitomalli.forms;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * The status of a feedback without any of its text (palautteen tila): what a supervisor may see about
 * the feedback she gave (AX-1).
 *
 * @param id the feedback
 * @param stage where it is
 * @param received the day it was received
 * @param dueDate the day it must be answered by
 * @param respondedOn the day it was answered, if it was
 * @param closedOn the day it was closed, if it was
 */
public record FeedbackStatus(FeedbackId id, FeedbackStage stage, LocalDate received, LocalDate dueDate,
                             Optional<LocalDate> respondedOn, Optional<LocalDate> closedOn) {
    public FeedbackStatus {
        Objects.requireNonNull(id, "id must not be null");
        Objects.requireNonNull(stage, "stage must not be null");
        Objects.requireNonNull(received, "received must not be null");
        Objects.requireNonNull(dueDate, "dueDate must not be null");
        Objects.requireNonNull(respondedOn, "respondedOn must not be null");
        Objects.requireNonNull(closedOn, "closedOn must not be null");
    }
}
