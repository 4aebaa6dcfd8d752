package fi.hoitomalli.examples.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import fi.hoitomalli.common.Language;
import fi.hoitomalli.common.Messages;
import fi.hoitomalli.common.Violation;
import fi.hoitomalli.forms.FormKind;
import fi.hoitomalli.json.FormSchemas;

class FormPageTest {

    private static final Page FINNISH = new Page(Language.FI, "/forms/feedback", "recorder=S-1&team=T-SIVI");

    @Test
    void everyControlHasALabelAndEveryRadioGroupALegend() {
        String html = render(Map.of(), List.of());

        List<String> ids = all(html, "<(?:input|textarea|select)(?![^>]*type=\"hidden\")[^>]* id=\"([^\"]+)\"");
        assertThat(ids).hasSize(22); // 8 single controls and 14 radio buttons (3 kinds, 3 reasons, 5 channels, 3 roles)
        ids.forEach(id -> assertThat(html).contains("<label for=\"" + id + "\">"));
        assertThat(all(html, "<legend>([^<]+)")).containsExactly("Palautteen laji ", "Syy ", "Palautekanava ",
                "Asiakkaan rooli ");
        assertThat(html).contains("<html lang=\"fi\">").contains("novalidate");
    }

    @Test
    void errorsAreTiedToTheirFieldsAndSummarisedWithLinks() {
        Violation textMissing = violation("text", "fi.hoitomalli.forms.feedback.required");
        Violation otherMissing = violation("otherReasonExplained", "fi.hoitomalli.forms.otherReason.required");

        String html = render(Map.of("text", ""), List.of(textMissing, otherMissing));

        assertThat(html).contains("<title>Virhe: Palautteen dokumentointi</title>")
                .contains("role=\"alert\"")
                .contains("<a href=\"#f-text\">Palaute: Palautteen teksti on pakollinen</a>")
                .contains("<a href=\"#f-otherReason\">Muu syy: Muu syy on kuvattava</a>")
                .containsPattern("<textarea id=\"f-text\" name=\"text\" aria-describedby=\"f-text-help f-text-error\""
                        + " aria-invalid=\"true\"")
                .contains("<p class=\"error-message\" id=\"f-text-error\"><span class=\"visually-hidden\">Virhe: </span>"
                        + "Palautteen teksti on pakollinen</p>")
                .containsPattern("id=\"f-otherReason\"[^>]*aria-describedby=\"f-otherReason-help f-otherReason-error\""
                        + " aria-invalid=\"true\"");
        assertThat(html).doesNotContain("id=\"f-recorder-error\"");
    }

    @Test
    void aRadioGroupInErrorMarksEachButtonInvalid() {
        String html = render(Map.of(), List.of(violation("kind", "fi.hoitomalli.forms.kind.required")));

        assertThat(all(html, "<input type=\"radio\" id=\"(f-kind-[A-Z_]+)\"[^>]*aria-invalid=\"true\""))
                .containsExactly("f-kind-POSITIVE", "f-kind-NEGATIVE", "f-kind-DEVELOPMENT_IDEA");
        assertThat(html).contains("<fieldset class=\"field field-error\" role=\"radiogroup\" aria-required=\"true\""
                        + " aria-describedby=\"f-kind-help f-kind-error\">")
                .contains("<a href=\"#f-kind-POSITIVE\">");
    }

    @Test
    void whatWasTypedIsKeptAndEscaped() {
        String typed = "<script>alert('x')</script> & \"lainaus\"";

        String html = render(Map.of("text", typed, "customer", typed, "kind", "NEGATIVE", "reason", "OTHER"),
                List.of(violation("text", "fi.hoitomalli.common.text.tooLong")));

        assertThat(html).doesNotContain("<script>")
                .contains(">&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; &amp; &quot;lainaus&quot;</textarea>")
                .contains("value=\"&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; &amp; &quot;lainaus&quot;\"")
                .containsPattern("id=\"f-kind-NEGATIVE\" name=\"kind\" value=\"NEGATIVE\" checked")
                .containsPattern("id=\"f-reason-OTHER\" name=\"reason\" value=\"OTHER\" checked");
    }

    @Test
    void aViolationOfNoFieldIsStillListed() {
        Violation whole = new Violation("", "x", Messages.text("fi.hoitomalli.forms.recorder.required"));

        assertThat(render(Map.of(), List.of(whole))).contains("<li>Kirjaaja on pakollinen</li>");
    }

    private static String render(Map<String, String> values, List<Violation> violations) {
        SchemaForm form = SchemaForm.read(FormSchemas.schema(FormKind.FEEDBACK), Language.FI, Map.of());
        return new FormPage(FINNISH, form, values, violations).render("/fi/forms/feedback?recorder=S-1&team=T-SIVI",
                "token");
    }

    private static Violation violation(String path, String key) {
        return new Violation(path, key, Messages.text(key, "max", 4000));
    }

    private static List<String> all(String html, String regex) {
        Matcher m = Pattern.compile(regex).matcher(html);
        List<String> found = new java.util.ArrayList<>();
        while (m.find()) {
            found.add(m.group(1));
        }
        return found;
    }
}
