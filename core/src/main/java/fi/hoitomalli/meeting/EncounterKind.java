package fi.hoitomalli.meeting;

import fi.hoitomalli.common.LocalizedText;
import fi.hoitomalli.common.Messages;

/**
 * The kinds of customer encounter of the care model with their cadence per year
 * and what the cadence counts per. Info sessions are held as needed: their cadence is 0–0, i.e. none
 * required and no upper limit given.
 */
public enum EncounterKind {
    /** Hepa visits a sector's supervisors (vuosittainen asiakastapaaminen), 1–2 a year per sector. */
    ANNUAL_CUSTOMER_MEETING(1, 2, EncounterScope.PER_SECTOR),
    /** A secretary visits the own supervisors at their sites (sihteerin vierailu), 1–2 a year per secretary. */
    SECRETARY_VISIT(1, 2, EncounterScope.PER_SECRETARY),
    /** The sector's own account team (asiakaskohtainen asiakkuustiimi), 3–4 a year per sector. */
    CUSTOMER_ACCOUNT_TEAM(3, 4, EncounterScope.PER_SECTOR),
    /** All service-centre customers' account team (HR managers' meeting), 1–2 a year. */
    ALL_CUSTOMERS_ACCOUNT_TEAM(1, 2, EncounterScope.UNIT),
    /** The customer steering group (asiakasohjausryhmä), twice a year. */
    STEERING_GROUP(2, 2, EncounterScope.UNIT),
    /** Info sessions (infotilaisuudet) for all interested supervisors, as needed. */
    INFO_SESSION(0, 0, EncounterScope.UNIT);

    private final int minPerYear;
    private final int maxPerYear;
    private final EncounterScope scope;

    EncounterKind(int minPerYear, int maxPerYear, EncounterScope scope) {
        this.minPerYear = minPerYear;
        this.maxPerYear = maxPerYear;
        this.scope = scope;
    }

    /** The fewest held per year and scope that meets the care model. */
    public int minPerYear() {
        return minPerYear;
    }

    /** The usual most per year and scope (more are allowed "if needed"); 0 for "as needed". */
    public int maxPerYear() {
        return maxPerYear;
    }

    /** What the cadence counts per. */
    public EncounterScope scope() {
        return scope;
    }

    /** Whether the kind is held only as needed, without a cadence. */
    public boolean asNeeded() {
        return minPerYear == 0 && maxPerYear == 0;
    }

    /** The kind's name in fi, sv and en, e.g. "asiakastiimi" / "kundteam" / "account team meeting". */
    public LocalizedText label() {
        return Messages.text("fi.hoitomalli.meeting.kind." + name());
    }
}
