package fi.hoitomalli.common;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class EmailAddressTest {

    @Test
    void isStoredInLowerCase() {
        EmailAddress address = new EmailAddress("Maija.Meikalainen@Vantaa.FI");

        assertThat(address.value()).isEqualTo("maija.meikalainen@vantaa.fi");
        assertThat(address).isEqualTo(new EmailAddress("maija.meikalainen@vantaa.fi"));
        assertThat(address).hasToString("maija.meikalainen@vantaa.fi");
    }

    @ParameterizedTest
    @ValueSource(strings = {"a@b.fi", "first.last+tag@sub.vantaa.fi", "o'brien@example.com", "x_y-z@a-b.c"})
    void acceptsPracticalAddresses(String text) {
        assertThat(EmailAddress.isValid(text)).isTrue();
        assertThat(new EmailAddress(text).value()).isEqualTo(text.toLowerCase(java.util.Locale.ROOT));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "plain", "a@b", "a@@b.fi", "a b@c.fi", "a@b.fi\r\nBcc: x@y.fi", "a@-b.fi",
        "a@b-.fi", "ääkkönen@vantaa.fi", "a@b..fi"})
    void rejectsAnythingElseWithoutThrowingFromIsValid(String text) {
        assertThat(EmailAddress.isValid(text)).isFalse();
        assertThatThrownBy(() -> new EmailAddress(text)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void headerInjectionIsNotEchoedRaw() {
        assertThatThrownBy(() -> new EmailAddress("a@b.fi\nBcc: evil@x.fi"))
                .hasMessageNotContaining("\n")
                .hasMessageContaining("a@b.fi?Bcc");
    }

    @Test
    void nullAndOverlongAreRejected() {
        assertThat(EmailAddress.isValid(null)).isFalse();
        assertThatThrownBy(() -> new EmailAddress(null)).isInstanceOf(NullPointerException.class)
                .hasMessage("value must not be null");
        String longLocal = "a".repeat(250) + "@b.fi";
        assertThat(EmailAddress.isValid(longLocal)).isFalse();
        assertThatThrownBy(() -> new EmailAddress(longLocal)).isInstanceOf(IllegalArgumentException.class);
    }
}
