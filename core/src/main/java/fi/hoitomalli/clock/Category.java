package fi.hoitomalli.clock;

import fi.hoitomalli.common.LocalizedText;
import fi.hoitomalli.common.Messages;

/** The kind of an annual-clock activity; the wheel draws one ring per category, in this order (inside out). */
public enum Category {
    PAYROLL,
    TEAM_MEETINGS,
    FEEDBACK,
    CUSTOMER_MEETINGS,
    ACCOUNT_TEAMS,
    STEERING_GROUP,
    INFO_SESSIONS;

    /** The category's name in fi, sv and en (the ring's label). */
    public LocalizedText label() {
        return Messages.text("fi.hoitomalli.clock.category." + name());
    }
}
