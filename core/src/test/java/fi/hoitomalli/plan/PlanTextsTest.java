package fi.hoitomalli.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Every text of an account plan — optional section texts and list entries too — holds no character the
 * text policy rejects; optional texts may stay empty, and there is no length limit.
 */
class PlanTextsTest {

    @ParameterizedTest
    @ValueSource(strings = {"nul\u0000byte", "bell\u0007", "lone \r return", "half \uDC00 pair", "non\uFDD0char"})
    void sectionTextsAndListEntriesRefuseWhatThePolicyRejects(String text) {
        assertThatThrownBy(() -> new GeneralInformation(text, List.of(), "", "", List.of()))
                .isInstanceOf(IllegalArgumentException.class).hasMessageStartingWith("description");
        assertThatThrownBy(() -> new GeneralInformation("", List.of(), "", "", List.of("ok", text)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageStartingWith("developmentProjects 2");
        assertThatThrownBy(() -> new StrategicChallenge("Sijaiset", List.of(text), List.of()))
                .isInstanceOf(IllegalArgumentException.class).hasMessageStartingWith("opportunities 1");
        assertThatThrownBy(() -> new StrategicChallenge("Sijaiset", List.of(), List.of(text)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageStartingWith("threats 1");
        assertThatThrownBy(() -> new RelationshipDescription("", "", "", List.of(text), "", List.of()))
                .isInstanceOf(IllegalArgumentException.class).hasMessageStartingWith("servicesUsed 1");
        assertThatThrownBy(() -> new Responsibilities(text, List.of(), ""))
                .isInstanceOf(IllegalArgumentException.class).hasMessageStartingWith("accountManager");
        assertThatThrownBy(() -> new KeyPerson("Maija", text, ""))
                .isInstanceOf(IllegalArgumentException.class).hasMessageStartingWith("role");
        assertThatThrownBy(() -> new AccountTeamMember("Teppo", text))
                .isInstanceOf(IllegalArgumentException.class).hasMessageStartingWith("role");
    }

    @Test
    void optionalTextsMayBeEmptyOrLongAndMultiLine() {
        String long_ = "Rivi ja 😀\r\n\t".repeat(2_000);
        GeneralInformation general = new GeneralInformation(long_, List.of(), "", " ", List.of("", long_));
        assertThat(general.description()).isEqualTo(long_);
        assertThat(general.developmentProjects()).containsExactly("", long_);
        assertThat(Responsibilities.empty().accountManager()).isEmpty();
    }
}
