package fi.hoitomalli.reminder;

/**
 * What a reminder (muistutus) is about. Part of every {@link ReminderKey}, so two kinds never collide.
 */
public enum ReminderKind {
    /** The day's intranet updates for one supervisor in one email (intranetin päivityskooste). */
    INTRANET_DIGEST,
    /** One urgent intranet update, sent at once instead of waiting for the digest. */
    INTRANET_URGENT,
    /** An annual-clock activity's calendar invitation (vuosikellon kutsu), with an iCalendar event. */
    ACTIVITY_INVITATION,
    /** A call-back promise (soittolupaus) that is overdue, to the secretary who made it. */
    CALL_BACK_PROMISE,
    /** Customer feedback whose response is near or past its due date, to the secretary. */
    FEEDBACK_RESPONSE,
    /** An account-plan action (asiakkuussuunnitelman toimenpide) due soon, to its owner. */
    PLAN_ACTION
}
