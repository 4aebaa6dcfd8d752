package fi.hoitomalli.meeting;

/** What an encounter kind's cadence counts per: each sector, each secretary, or the unit as a whole. */
public enum EncounterScope {
    PER_SECTOR,
    PER_SECRETARY,
    UNIT
}
