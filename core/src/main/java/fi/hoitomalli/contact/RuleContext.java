package fi.hoitomalli.contact;

import java.time.Instant;
import java.time.LocalDate;

/** What a ground rule needs beyond the inquiry: promises timed in the own team's hours, and its zone. */
interface RuleContext {

    /** A new open promise due by the policy's answer time. */
    CallbackPromise.Open answerPromise(Inquiry inquiry);

    /** A new open promise due by the policy's escalated answer time. */
    CallbackPromise.Open escalationPromise(Inquiry inquiry);

    /** The instant as local date and time in the team's zone, for the text said to the customer. */
    String local(Instant instant);

    /** The instant's date in the team's zone. */
    LocalDate date(Instant instant);
}
