package fi.hoitomalli.forms;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;
import fi.hoitomalli.common.TextPolicy;
import fi.hoitomalli.team.SecretaryId;

/**
 * The texts of the lifecycle steps — a feedback's answer and follow-up, a situation's shared solution —
 * follow the text policy like the forms' own texts: no control character, unpaired surrogate or
 * noncharacter, at most {@link TextPolicy#TEXT_MAX}; they may be empty (retention empties them).
 */
class LifecycleTextsTest {

    private static final LocalDate DAY = LocalDate.of(2027, 3, 1);
    private static final Respondent BY = new Respondent.BySecretary(new SecretaryId("S-1"));

    @ParameterizedTest
    @ValueSource(strings = {"nul\u0000byte", "escape\u001B", "lone \r return", "half \uD800 pair", "non\uFFFEchar", "c1\u0085"})
    void answerFollowUpAndSharedSolutionRefuseWhatThePolicyRejects(String text) {
        assertThatThrownBy(() -> new Response(BY, DAY, ResponseMethod.PHONE, text))
                .isInstanceOf(IllegalArgumentException.class).hasMessageStartingWith("response text");
        assertThatThrownBy(() -> new Review(DAY, text, Optional.empty()))
                .isInstanceOf(IllegalArgumentException.class).hasMessageStartingWith("shared solution");
        assertThatThrownBy(() -> new FollowUp(text, Optional.empty()))
                .isInstanceOf(IllegalArgumentException.class).hasMessageStartingWith("follow-up description");
    }

    @Test
    void theyMayBeEmptyOrMultiLineUpToTheLimit() {
        String longest = "rivi\r\n\tja 😀 ".repeat(TextPolicy.TEXT_MAX).substring(0, TextPolicy.TEXT_MAX);
        for (String text : new String[] {"", " ", "Soitettiin\nja sovittiin\r\n\tuusi aika", longest}) {
            assertThat(new Response(BY, DAY, ResponseMethod.PHONE, text).text()).isEqualTo(text);
            assertThat(new Review(DAY, text, Optional.empty()).sharedSolution()).isEqualTo(text);
            assertThat(new FollowUp(text, Optional.empty()).description()).isEqualTo(text);
        }
        assertThatThrownBy(() -> new Response(BY, DAY, ResponseMethod.PHONE, "x".repeat(TextPolicy.TEXT_MAX + 1)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("too long");
    }

    @Test
    void aFollowUpNamesItsPlanActionByAnId() {
        assertThat(new FollowUp("Koulutus", Optional.of("PLAN-ACT-7")).planActionId()).contains("PLAN-ACT-7");
        for (String id : new String[] {"", " ", "PLAN ACT", "A\u200B1", "A\u0000", "x".repeat(TextPolicy.ID_MAX + 1)}) {
            assertThatThrownBy(() -> new FollowUp("Koulutus", Optional.of(id)))
                    .as("plan action id %s", id).isInstanceOf(IllegalArgumentException.class);
        }
    }
}
