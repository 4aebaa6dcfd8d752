package fi.hoitomalli.mail;

import static fi.hoitomalli.mail.MailFixtures.MAIJA;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fi.hoitomalli.common.EmailAddress;
import fi.hoitomalli.common.Language;
import fi.hoitomalli.reminder.IntranetItem;
import fi.hoitomalli.reminder.Recipient;
import java.time.Clock;
import org.junit.jupiter.api.Test;

/** CR/LF and other header injection through subjects, names and addresses is rejected with a clear error. */
class HeaderInjectionTest {

    @Test
    void recipientNamesWithLineBreaksAreRejected() {
        assertThatThrownBy(() -> new Recipient("Maija\r\nBcc: everyone@vantaa.fi", MAIJA.address(), Language.FI))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("header injection");
        assertThatThrownBy(() -> new Recipient("Maija\u0000", MAIJA.address(), Language.FI))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("control characters");
    }

    @Test
    void subjectsCannotCarryLineBreaksThroughTitles() {
        assertThatThrownBy(() -> new IntranetItem("u1", "Uutinen\r\nBcc: everyone@vantaa.fi",
                "https://intra.vantaa.fi/u1", ""))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("header injection");
        assertThatThrownBy(() -> new IntranetItem("u1", "Uutinen\u2028Bcc: x@y.fi", "https://intra.vantaa.fi/u1", ""))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("header injection");
    }

    @Test
    void addressesAreValidated() {
        assertThatThrownBy(() -> new EmailAddress("maija@vantaa.fi\r\nBcc: x@y.fi"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("not a valid e-mail address");
        assertThatThrownBy(() -> new EmailAddress("maija@vantaa.fi>, <x@y.fi"))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new EmailAddress("no-at-sign"))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void theAdapterChecksEveryHeaderValueAgain() {
        assertThatThrownBy(() -> HeaderGuard.check("subject", "Hei\nBcc: x@y.fi"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("rejected subject: it contains CR, LF or another control character (mail header injection)");
        assertThat(HeaderGuard.check("subject", "Kiireellinen: Työaikapankki – ÅÄÖ")).isEqualTo("Kiireellinen: Työaikapankki – ÅÄÖ");
        assertThatThrownBy(() -> MailReminders.builder().from(MailFixtures.FROM, "Hoitomalli\r\nBcc: x@y.fi"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("sender name");
        assertThatThrownBy(() -> MailReminders.builder().server("smtp.vantaa.fi\r\nX", 25))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> MailReminders.builder().messageIdDomain("x.fi>\r\nBcc: y"))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> MailReminders.builder().clock(Clock.systemUTC()).build())
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("server");
    }

    @Test
    void htmlBodiesEscapeEverything() {
        assertThat(Html.escape("<script>alert('x')</script> & \"q\"\nrivi"))
                .isEqualTo("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; &amp; &quot;q&quot;<br>rivi");
    }
}
