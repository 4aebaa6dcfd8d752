package fi.hoitomalli.plan;

/** Where a development action stands (toimenpiteen tila). Done and dropped actions are closed. */
public enum ActionStatus {
    PLANNED,
    IN_PROGRESS,
    DONE,
    DROPPED;

    /** Whether work on the action still goes on (planned or in progress). */
    public boolean open() {
        return this == PLANNED || this == IN_PROGRESS;
    }
}
