package fi.hoitomalli.clock;

import fi.hoitomalli.common.LocalizedText;
import fi.hoitomalli.common.Messages;

/** Whom an annual-clock activity is for (kohderyhmä). */
public enum Audience {
    /** The supervisors of one sector. */
    SECTOR_SUPERVISORS,
    /** One sector's HR unit and representatives (its account team). */
    SECTOR_REPRESENTATIVES,
    /** The HR units of all service-centre customers (HR managers' meeting). */
    ALL_SECTOR_HR_UNITS,
    /** The customer steering group. */
    STEERING_GROUP,
    /** All interested supervisors of the city. */
    ALL_SUPERVISORS,
    /** One service team of the HR services. */
    SERVICE_TEAM,
    /** The whole HR services unit. */
    WHOLE_UNIT;

    /** The audience in fi, sv and en. */
    public LocalizedText label() {
        return Messages.text("fi.hoitomalli.clock.audience." + name());
    }
}
