package fi.hoitomalli.contact;

/** Who is informed when something is reported (ilmoitetaan). */
public enum ReportRecipient {
    /** The supervisor whose contract or appointment is concerned. */
    SUPERVISOR_CONCERNED,
    /** Our own team lead (oma esimiehemme, lähiesimies). */
    TEAM_LEAD,
    /** The sector's HR manager (toimialan henkilöstöpäällikkö), informed by our team lead. */
    SECTOR_HR_MANAGER
}
