package fi.hoitomalli.forms;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Optional;
import org.junit.jupiter.api.Test;
import fi.hoitomalli.team.SecretaryId;
import fi.hoitomalli.team.TeamId;

/** The quick-link format for HR-desktop plugins. */
class QuickLinkTemplateTest {

    private final QuickLinkTemplate template =
            new QuickLinkTemplate("https://intra.vantaa.fi/hoitomalli/{form}?recorder={recorder}&team={team}");

    @Test
    void expandsAndParsesAPrefilledLink() {
        QuickLink link = QuickLink.prefilled(FormKind.FEEDBACK, new SecretaryId("S-07"), new TeamId("T-SIVI"));
        String url = template.expand(link);
        assertThat(url).isEqualTo("https://intra.vantaa.fi/hoitomalli/feedback?recorder=S-07&team=T-SIVI");
        assertThat(template.parse(url)).contains(link);
    }

    @Test
    void encodesValuesSoTheyCannotBreakTheUrl() {
        QuickLink link = QuickLink.prefilled(FormKind.SITUATION, new SecretaryId("Säde&x=1"), new TeamId("T/1"));
        String url = template.expand(link);
        assertThat(url).isEqualTo(
                "https://intra.vantaa.fi/hoitomalli/situation?recorder=S%C3%A4de%26x%3D1&team=T%2F1");
        assertThat(template.parse(url)).contains(link);
    }

    @Test
    void missingValuesExpandEmptyAndParseBackEmpty() {
        QuickLink link = new QuickLink(FormKind.SITUATION, Optional.empty(), Optional.empty());
        assertThat(template.parse(template.expand(link))).contains(link);
        assertThat(QuickLinkTemplate.defaults().expand(link)).isEqualTo("forms/situation?recorder=&team=");
    }

    @Test
    void foreignUrlsAndUnknownFormsDoNotParse() {
        assertThat(template.parse("https://example.com/feedback?recorder=S-1&team=T-1")).isEmpty();
        assertThat(template.parse("https://intra.vantaa.fi/hoitomalli/survey?recorder=S-1&team=T-1")).isEmpty();
    }

    @Test
    void templateNeedsTheFormPlaceholder() {
        assertThatThrownBy(() -> new QuickLinkTemplate("https://x/{recorder}"))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
