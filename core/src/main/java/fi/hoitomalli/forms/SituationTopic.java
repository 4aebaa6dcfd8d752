package fi.hoitomalli.forms;

/** What a challenging customer situation was about (aihe), so that the team can find similar cases. */
public enum SituationTopic {
    /** Employment contracts and appointments (työsopimukset ja määräykset). */
    EMPLOYMENT_CONTRACT,
    /** Pay, fees and compensations (palkat ja palkkiot). */
    PAY,
    /** Annual leave (vuosiloma). */
    ANNUAL_LEAVE,
    /** Absences (poissaolot). */
    ABSENCE,
    /** HR systems and the HR desktop (järjestelmät). */
    HR_SYSTEMS,
    /** Interpretation of a collective agreement (tulkinta). */
    AGREEMENT_INTERPRETATION,
    /** Anything else (muu). */
    OTHER
}
