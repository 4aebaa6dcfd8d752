package fi.hoitomalli.forms;

/** The two documentation forms of the care model. */
public enum FormKind {
    /** Asiakastilanteen dokumentointi: a challenging customer situation. */
    SITUATION("situation"),
    /** Palautteen dokumentointi: a customer feedback. */
    FEEDBACK("feedback");

    private final String slug;

    FormKind(String slug) {
        this.slug = slug;
    }

    /** The name used in URLs and schema ids, e.g. {@code "feedback"}. */
    public String slug() {
        return slug;
    }

    /**
     * The form of a slug.
     *
     * @throws IllegalArgumentException for any other text
     */
    public static FormKind ofSlug(String slug) {
        for (FormKind kind : values()) {
            if (kind.slug.equals(slug)) {
                return kind;
            }
        }
        throw new IllegalArgumentException("unknown form: " + slug);
    }
}
