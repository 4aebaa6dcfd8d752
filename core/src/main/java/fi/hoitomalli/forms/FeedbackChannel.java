package fi.hoitomalli.forms;

/** How the feedback reached the service centre (palautekanava). */
public enum FeedbackChannel {
    /** Directly to the customer's own secretary. */
    OWN_SECRETARY,
    /** The yearly satisfaction survey (asiakastyytyväisyyskysely). */
    SATISFACTION_SURVEY,
    /** An annual customer meeting or a secretary's site visit (asiakastapaaminen). */
    CUSTOMER_MEETING,
    /** An account team / expert workshop (asiakkuustiimi). */
    ACCOUNT_TEAM,
    /** The customer steering group (asiakasohjausryhmä). */
    STEERING_GROUP
}
