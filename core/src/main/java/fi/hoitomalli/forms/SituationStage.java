package fi.hoitomalli.forms;

/** The stage of a situation's lifecycle, for queries by state. */
public enum SituationStage {
    /** Recorded in daily work, waiting for the team meeting. */
    RECORDED,
    /** Reviewed in a team meeting; the solution is shared. */
    REVIEWED,
    /** Archived after the review. */
    ARCHIVED
}
