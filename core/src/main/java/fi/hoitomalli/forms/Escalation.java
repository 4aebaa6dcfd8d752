package fi.hoitomalli.forms;

/**
 * Where a challenging situation was escalated in its team-meeting review (eskalointi): to the team lead,
 * or on to the management group because it is systemic.
 */
public enum Escalation {
    /** To the team lead (lähiesimies). */
    TEAM_LEAD,
    /** To the management group (johtoryhmä). */
    MANAGEMENT
}
