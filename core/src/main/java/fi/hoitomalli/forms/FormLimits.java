package fi.hoitomalli.forms;

/** The length limits of the forms' fields, shared by the input records and the JSON Schemas. */
public final class FormLimits {

    /** Longest id (recorder, team, customer, agreement, sector). */
    public static final int ID_MAX = 64;
    /** Longest free text (situation, solution, feedback). */
    public static final int TEXT_MAX = 4000;
    /** Longest "other" reason text. */
    public static final int OTHER_REASON_MAX = 200;
    /**
     * An id has no white space; a blank text passes (a blank optional id means "none", a blank required
     * one is reported as missing, not twice). The length is limited by {@link #ID_MAX}.
     */
    public static final String ID_PATTERN = "^(\\s*|\\S+)$";

    private FormLimits() {
    }
}
