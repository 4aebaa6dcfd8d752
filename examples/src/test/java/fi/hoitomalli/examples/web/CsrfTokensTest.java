package fi.hoitomalli.examples.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.security.SecureRandom;
import org.junit.jupiter.api.Test;

class CsrfTokensTest {

    private final CsrfTokens tokens = new CsrfTokens(new SecureRandom());

    @Test
    void theSessionsOwnTokenIsValid() {
        String session = tokens.newSessionId();

        assertThat(CsrfTokens.isWellFormedSessionId(session)).isTrue();
        assertThat(tokens.isValid(session, tokens.tokenFor(session))).isTrue();
    }

    @Test
    void anotherSessionsTokenIsNot() {
        String mine = tokens.newSessionId();
        String theirs = tokens.newSessionId();

        assertThat(mine).isNotEqualTo(theirs);
        assertThat(tokens.isValid(mine, tokens.tokenFor(theirs))).isFalse();
    }

    @Test
    void aTokenOfAnotherServerRunIsNot() {
        String session = tokens.newSessionId();
        CsrfTokens restarted = new CsrfTokens(new SecureRandom());

        assertThat(restarted.isValid(session, tokens.tokenFor(session))).isFalse();
    }

    @Test
    void missingOrMalformedInputIsNeverValid() {
        String session = tokens.newSessionId();

        assertThat(tokens.isValid(session, null)).isFalse();
        assertThat(tokens.isValid(session, "")).isFalse();
        assertThat(tokens.isValid("short", tokens.tokenFor("short"))).isFalse();
        assertThat(tokens.isValid(null, "x")).isFalse();
    }
}
