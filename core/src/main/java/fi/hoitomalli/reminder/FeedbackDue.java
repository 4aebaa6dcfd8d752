package fi.hoitomalli.reminder;

import java.time.LocalDate;
import java.util.Objects;

/**
 * A due fact: customer feedback (asiakaspalaute) that awaits a response by a date. The secretary is
 * reminded when the date is near, and again when it has passed; overdue by more than the policy's limit,
 * the team lead is copied.
 *
 * @param id the feedback report's id
 * @param secretary the secretary who must respond
 * @param teamLead the secretary's team lead
 * @param responseDue the last day of the response
 * @param summary what the feedback is about, for the body only (may be empty)
 */
public record FeedbackDue(String id, Recipient secretary, Recipient teamLead, LocalDate responseDue,
                          String summary) {

    public FeedbackDue {
        SafeText.id(id, "id");
        Objects.requireNonNull(secretary, "secretary must not be null");
        Objects.requireNonNull(teamLead, "teamLead must not be null");
        Objects.requireNonNull(responseDue, "responseDue must not be null");
        SafeText.body(summary, "summary", 2000);
    }
}
