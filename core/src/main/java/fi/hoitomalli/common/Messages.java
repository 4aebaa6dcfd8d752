package fi.hoitomalli.common;

import static com.google.common.base.Preconditions.checkArgument;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.MissingResourceException;
import java.util.Objects;
import java.util.ResourceBundle;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The library's own message bundles in Finnish, Swedish and English. A key names its feature:
 * {@code fi.hoitomalli.forms.recorder.unknown} is looked up in {@code fi/hoitomalli/forms/Messages*.properties};
 * any other key (e.g. Jakarta Validation's {@code jakarta.validation.constraints.NotBlank.message}) in
 * {@code fi/hoitomalli/common/Messages*.properties}. Placeholders are {@code {name}}, filled from the
 * arguments; unknown placeholders stay as they are. Bundles are UTF-8 properties files.
 */
public final class Messages {

    private static final Pattern FEATURE_KEY = Pattern.compile("^fi\\.hoitomalli\\.([a-z]+)\\..+");
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{([A-Za-z0-9_.]+)}");

    private Messages() {
    }

    /**
     * The message for a key in all three languages.
     *
     * @param key the message key
     * @param namedArgs alternating placeholder names and values, e.g. {@code "min", 1, "max", 5}
     * @throws IllegalArgumentException if the key is missing from a bundle or the arguments are uneven
     */
    public static LocalizedText text(String key, Object... namedArgs) {
        checkArgument(namedArgs.length % 2 == 0, "named arguments come in name/value pairs");
        Map<String, Object> args = new LinkedHashMap<>();
        for (int i = 0; i < namedArgs.length; i += 2) {
            args.put(String.valueOf(namedArgs[i]), namedArgs[i + 1]);
        }
        return text(key, args);
    }

    /**
     * The message for a key in all three languages, placeholders filled from the map.
     *
     * @throws IllegalArgumentException if the key is missing from a bundle
     */
    public static LocalizedText text(String key, Map<String, ?> args) {
        return new LocalizedText(
                format(key, Language.FI, args), format(key, Language.SV, args), format(key, Language.EN, args));
    }

    /** Whether the library has a message for the key. */
    public static boolean has(String key) {
        try {
            return bundle(key, Locale.ENGLISH).containsKey(key);
        } catch (MissingResourceException e) {
            return false;
        }
    }

    private static String format(String key, Language language, Map<String, ?> args) {
        Objects.requireNonNull(key, "key must not be null");
        String template;
        try {
            template = bundle(key, language.locale()).getString(key);
        } catch (MissingResourceException e) {
            throw new IllegalArgumentException("no message for key " + key + " in " + language.tag(), e);
        }
        Matcher matcher = PLACEHOLDER.matcher(template);
        StringBuilder out = new StringBuilder();
        while (matcher.find()) {
            Object value = args.get(matcher.group(1));
            matcher.appendReplacement(out, Matcher.quoteReplacement(
                    value == null ? matcher.group() : String.valueOf(value)));
        }
        matcher.appendTail(out);
        return out.toString();
    }

    private static ResourceBundle bundle(String key, Locale locale) {
        Matcher matcher = FEATURE_KEY.matcher(key);
        String feature = matcher.matches() ? matcher.group(1) : "common";
        return ResourceBundle.getBundle("fi.hoitomalli." + feature + ".Messages", locale);
    }
}
