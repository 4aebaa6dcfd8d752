package fi.hoitomalli.clock;

import fi.hoitomalli.common.LocalizedText;
import fi.hoitomalli.common.Messages;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * The compliance check of a year's cadences: for each template, how many were held and how many
 * are still planned, and whether the cadence is met, at risk or missed. Planned activities dated
 * before the check day count as neither (they should have been marked held or cancelled).
 */
public final class Compliance {

    private Compliance() {
    }

    /**
     * One check per template of the clock, in template order, for the records of the clock's year as
     * known on {@code asOf}.
     */
    public static List<CadenceCheck> check(AnnualClock clock, List<ActivityRecord> records, LocalDate asOf) {
        Objects.requireNonNull(clock, "clock must not be null");
        Objects.requireNonNull(records, "records must not be null");
        Objects.requireNonNull(asOf, "asOf must not be null");
        return clock.templates().stream().map(t -> check(t, clock, records, asOf)).toList();
    }

    private static CadenceCheck check(ActivityTemplate template, AnnualClock clock, List<ActivityRecord> records,
                                      LocalDate asOf) {
        List<ActivityRecord> mine = records.stream()
                .filter(r -> r.template().equals(template.id()) && r.date().getYear() == clock.year().getValue())
                .toList();
        int held = (int) mine.stream().filter(r -> r.status() == ActivityStatus.HELD).count();
        int planned = (int) mine.stream()
                .filter(r -> r.status() == ActivityStatus.PLANNED && !r.date().isBefore(asOf)).count();
        int min = template.cadence().min();
        CadenceCheck.Verdict verdict = held >= min ? CadenceCheck.Verdict.MET
                : held + planned >= min ? CadenceCheck.Verdict.AT_RISK : CadenceCheck.Verdict.MISSED;
        return new CadenceCheck(template.id(), template.cadence(), held, planned, verdict,
                summary(template, held, planned, verdict));
    }

    private static LocalizedText summary(ActivityTemplate template, int held, int planned,
                                         CadenceCheck.Verdict verdict) {
        LocalizedText verdictText = Messages.text("fi.hoitomalli.clock.verdict." + verdict.name());
        String cadence = template.cadence().describe();
        return new LocalizedText(
                line(template.subject().fi(), template.name().fi(), held, cadence, planned, verdictText.fi()).fi(),
                line(template.subject().sv(), template.name().sv(), held, cadence, planned, verdictText.sv()).sv(),
                line(template.subject().en(), template.name().en(), held, cadence, planned, verdictText.en()).en());
    }

    private static LocalizedText line(String subject, String name, int held, String cadence, int planned,
                                      String verdict) {
        return Messages.text("fi.hoitomalli.clock.compliance", "subject", subject, "name", name, "held", held,
                "cadence", cadence, "planned", planned, "verdict", verdict);
    }
}
