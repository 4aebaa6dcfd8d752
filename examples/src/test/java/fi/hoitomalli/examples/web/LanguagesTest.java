package fi.hoitomalli.examples.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import fi.hoitomalli.common.Language;

class LanguagesTest {

    @Test
    void theMostPreferredLanguageWeSpeakWins() {
        assertThat(Languages.negotiate("sv-FI,sv;q=0.9,fi;q=0.8")).isEqualTo(Language.SV);
        assertThat(Languages.negotiate("de-DE, de;q=0.9, en;q=0.5, fi;q=0.4")).isEqualTo(Language.EN);
        assertThat(Languages.negotiate("en;q=0.2, fi")).isEqualTo(Language.FI);
    }

    @Test
    void aLanguageWithWeightZeroIsRefused() {
        assertThat(Languages.negotiate("sv;q=0, en;q=0.3")).isEqualTo(Language.EN);
    }

    @Test
    void finnishWhenNothingElseDecides() {
        assertThat(Languages.negotiate(null)).isEqualTo(Language.FI);
        assertThat(Languages.negotiate("")).isEqualTo(Language.FI);
        assertThat(Languages.negotiate("de, fr")).isEqualTo(Language.FI);
        assertThat(Languages.negotiate(";;q=x")).isEqualTo(Language.FI);
    }

    @Test
    void pathSegmentsNameTheLanguage() {
        assertThat(Languages.ofSegment("sv")).contains(Language.SV);
        assertThat(Languages.ofSegment("forms")).isEmpty();
        assertThat(Languages.ofSegment("SV")).isEmpty();
    }
}
