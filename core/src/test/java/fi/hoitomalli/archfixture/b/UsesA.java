package fi.hoitomalli.archfixture.b;

import fi.hoitomalli.archfixture.a.BreaksRules;

/** Closes a cycle between the fixture features a and b. */
public class UsesA {
    public BreaksRules back() {
        return new BreaksRules();
    }
}
