package fi.hoitomalli.clock;

import static com.google.common.base.Preconditions.checkArgument;

import fi.hoitomalli.common.LocalizedText;
import java.util.Objects;

/**
 * The compliance of one template's cadence in a year (toteutuma): how many were held, how many are
 * still planned, and the verdict — e.g. "Sivistystoimi, account team meeting: 1 of 3–4 held, 2 planned".
 *
 * @param template the template
 * @param cadence its cadence
 * @param held how many were held this year
 * @param planned how many are planned from the check day to the year's end
 * @param verdict met, at risk or missed
 * @param summary the figures in one sentence, in fi, sv and en
 */
public record CadenceCheck(TemplateId template, Cadence cadence, int held, int planned, Verdict verdict,
                           LocalizedText summary) {
    public CadenceCheck {
        Objects.requireNonNull(template, "template must not be null");
        Objects.requireNonNull(cadence, "cadence must not be null");
        checkArgument(held >= 0 && planned >= 0, "counts must not be negative");
        Objects.requireNonNull(verdict, "verdict must not be null");
        Objects.requireNonNull(summary, "summary must not be null");
    }

    /** The verdict of a cadence. */
    public enum Verdict {
        /** Held at least the minimum. */
        MET,
        /** Not yet met, but the planned ones would meet it: it depends on them being held. */
        AT_RISK,
        /** Even with every planned one held, the minimum is not reached. */
        MISSED
    }
}
