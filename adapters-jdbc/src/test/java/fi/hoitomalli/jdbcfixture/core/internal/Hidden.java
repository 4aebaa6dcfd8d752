package fi.hoitomalli.jdbcfixture.core.internal;

/** Stands for a class in a non-exported {@code ..internal..} package of core. */
public class Hidden {
    public String secret() {
        return "hidden";
    }
}
