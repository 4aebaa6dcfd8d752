package fi.hoitomalli.examples.web;

import java.util.Map;
import java.util.Objects;
import java.util.ResourceBundle;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import fi.hoitomalli.common.Language;
import fi.hoitomalli.common.LocalizedText;

/**
 * The web pages' own words (buttons, headings, the error summary) in Finnish, Swedish and English, from
 * {@code fi/hoitomalli/examples/web/WebTexts*.properties}. The forms' labels and the validation messages
 * come from the library itself; only the page chrome lives here.
 */
final class WebTexts {

    private static final Pattern PLACEHOLDER = Pattern.compile("\\{([A-Za-z0-9_]+)}");

    private WebTexts() {
    }

    /**
     * The text of the key in the language, {@code {name}} placeholders filled from name/value pairs.
     *
     * @throws java.util.MissingResourceException if the key is missing
     */
    static String text(Language language, String key, Object... namedArgs) {
        Objects.requireNonNull(language, "language must not be null");
        String template = ResourceBundle.getBundle("fi.hoitomalli.examples.web.WebTexts", language.locale())
                .getString(key);
        Map<String, Object> args = new java.util.HashMap<>();
        for (int i = 0; i + 1 < namedArgs.length; i += 2) {
            args.put(String.valueOf(namedArgs[i]), namedArgs[i + 1]);
        }
        Matcher m = PLACEHOLDER.matcher(template);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            Object value = args.get(m.group(1));
            m.appendReplacement(out, Matcher.quoteReplacement(value == null ? m.group() : String.valueOf(value)));
        }
        m.appendTail(out);
        return out.toString();
    }

    /** The text of the key in all three languages. */
    static LocalizedText all(String key, Object... namedArgs) {
        return new LocalizedText(text(Language.FI, key, namedArgs), text(Language.SV, key, namedArgs),
                text(Language.EN, key, namedArgs));
    }
}
