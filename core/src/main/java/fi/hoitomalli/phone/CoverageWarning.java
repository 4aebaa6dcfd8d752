package fi.hoitomalli.phone;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Objects;
import fi.hoitomalli.common.LocalizedText;
import fi.hoitomalli.common.Messages;
import fi.hoitomalli.team.SecretaryId;
import fi.hoitomalli.team.StaffId;

/**
 * A coverage gap (PH-4, PH-7): a published window that nobody answers because its secretary is on a short
 * absence; callers get voicemail, the team lead is the fallback for urgent matters.
 *
 * @param date the day
 * @param start local start of the unanswered window
 * @param end local end
 * @param absent the absent secretary
 * @param fallback the team lead
 */
public record CoverageWarning(LocalDate date, LocalTime start, LocalTime end, SecretaryId absent, StaffId fallback) {
    public CoverageWarning {
        Objects.requireNonNull(date, "date must not be null");
        Objects.requireNonNull(start, "start must not be null");
        Objects.requireNonNull(end, "end must not be null");
        Objects.requireNonNull(absent, "absent must not be null");
        Objects.requireNonNull(fallback, "fallback must not be null");
    }

    /** The warning as a localised sentence. */
    public LocalizedText message() {
        return Messages.text("fi.hoitomalli.phone.warning.shortAbsence", "secretary", absent, "date", date,
                "start", start, "end", end, "lead", fallback);
    }
}
