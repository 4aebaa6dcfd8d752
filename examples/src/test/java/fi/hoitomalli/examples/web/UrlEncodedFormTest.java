package fi.hoitomalli.examples.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import org.junit.jupiter.api.Test;

class UrlEncodedFormTest {

    @Test
    void decodesUtf8PlusAndPercentEscapes() {
        UrlEncodedForm form = UrlEncodedForm.parse("text=P%C3%A4iv%C3%A4%C3%A4+kaikille&team=T%2F1&empty=&flag");

        assertThat(form.value("text")).isEqualTo("Päivää kaikille");
        assertThat(form.value("team")).isEqualTo("T/1");
        assertThat(form.value("empty")).isEmpty();
        assertThat(form.value("flag")).isEmpty();
        assertThat(form.value("missing")).isEmpty();
    }

    @Test
    void aRepeatedNameKeepsItsFirstValue() {
        assertThat(UrlEncodedForm.parse("kind=POSITIVE&kind=NEGATIVE").value("kind")).isEqualTo("POSITIVE");
    }

    @Test
    void nothingGivenIsNoFields() {
        assertThat(UrlEncodedForm.parse(null).values()).isEmpty();
        assertThat(UrlEncodedForm.parse("").values()).isEmpty();
    }

    @Test
    void aMalformedEscapeIsRejected() {
        assertThatThrownBy(() -> UrlEncodedForm.parse("text=%E"))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aBodyOverTheLimitIsNotRead() throws IOException {
        assertThat(UrlEncodedForm.readAtMost(new ByteArrayInputStream(new byte[10]), 10)).get()
                .satisfies(b -> assertThat(b).hasSize(10));
        assertThat(UrlEncodedForm.readAtMost(new ByteArrayInputStream(new byte[11]), 10)).isEmpty();
    }
}
