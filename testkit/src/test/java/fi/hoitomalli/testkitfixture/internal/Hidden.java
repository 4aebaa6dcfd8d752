package fi.hoitomalli.testkitfixture.internal;

/** Fixture: stands for an {@code ..internal..} package that the testkit must not use. */
public final class Hidden {

    private Hidden() {
    }

    /** A call the fixture makes (the dependency the rule must catch; a constant would be inlined). */
    public static String name() {
        return "hidden";
    }
}
