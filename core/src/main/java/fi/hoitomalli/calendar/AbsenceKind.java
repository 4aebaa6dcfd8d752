package fi.hoitomalli.calendar;

/** Why a secretary is away (poissaolon syy). */
public enum AbsenceKind {
    ANNUAL_LEAVE,
    SICK_LEAVE,
    TRAINING,
    OTHER
}
