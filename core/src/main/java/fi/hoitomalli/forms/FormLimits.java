package fi.hoitomalli.forms;

import fi.hoitomalli.common.TextPolicy;

/**
 * The length limits of the forms' fields, shared by the input records and the JSON Schemas: the
 * {@link TextPolicy}'s limits under the forms' names.
 */
public final class FormLimits {

    /** Longest id (recorder, team, customer, agreement, sector): {@link TextPolicy#ID_MAX}. */
    public static final int ID_MAX = TextPolicy.ID_MAX;
    /** Longest free text (situation, solution, feedback): {@link TextPolicy#TEXT_MAX}. */
    public static final int TEXT_MAX = TextPolicy.TEXT_MAX;
    /** Longest "other" reason text: {@link TextPolicy#LINE_MAX}. */
    public static final int OTHER_REASON_MAX = TextPolicy.LINE_MAX;
    /**
     * The JSON Schemas' approximation of an id (the schema's regular expressions know only white space,
     * not the whole {@link TextPolicy}): no white space, or blank for "none". The length is limited by
     * {@link #ID_MAX}; the input records check the whole policy.
     */
    public static final String ID_PATTERN = "^(\\s*|\\S+)$";

    private FormLimits() {
    }
}
