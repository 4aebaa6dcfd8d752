package fi.hoitomalli.contact;

import fi.hoitomalli.common.LocalizedText;
import fi.hoitomalli.team.SecretaryId;
import java.time.LocalDate;
import java.util.Objects;

/**
 * What a secretary is asked to document after an inquiry: which form, who records, on which day, for
 * which inquiry, and what to write down. The forms feature turns it into a record; this value only
 * describes it, so the ground rules do not depend on the forms.
 *
 * @param kind which form
 * @param recorder who records (the secretary who handled the inquiry)
 * @param date the day of the inquiry in the team's zone
 * @param inquiry the inquiry
 * @param whatToRecord instructions on what to write down
 */
public record RecordRequest(RecordKind kind, SecretaryId recorder, LocalDate date, InquiryId inquiry,
                            LocalizedText whatToRecord) {
    public RecordRequest {
        Objects.requireNonNull(kind, "kind must not be null");
        Objects.requireNonNull(recorder, "recorder must not be null");
        Objects.requireNonNull(date, "date must not be null");
        Objects.requireNonNull(inquiry, "inquiry must not be null");
        Objects.requireNonNull(whatToRecord, "whatToRecord must not be null");
    }
}
