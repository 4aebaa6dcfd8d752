package fi.hoitomalli.forms;

import static com.google.common.base.Preconditions.checkArgument;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import fi.hoitomalli.team.SecretaryId;
import fi.hoitomalli.team.TeamId;

/**
 * The quick-link format (pikalinkin muoto): a URL template with the placeholders {@code {form}},
 * {@code {recorder}} and {@code {team}} (RFC 6570 level-1 style), e.g.
 * {@code https://intra.vantaa.fi/hoitomalli/{form}?recorder={recorder}&team={team}}. Values are
 * percent-encoded as UTF-8; a missing value expands to the empty text. A plugin expands the template
 * behind its button; the web form parses the opened URL back to the {@link QuickLink}.
 *
 * @param template the URL template; contains {@code {form}} exactly once, and the other placeholders at most once
 */
public record QuickLinkTemplate(String template) {

    /** A relative default: {@code forms/{form}?recorder={recorder}&team={team}}. */
    public static final String DEFAULT = "forms/{form}?recorder={recorder}&team={team}";

    private static final String UNRESERVED =
            "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-._~";

    public QuickLinkTemplate {
        Objects.requireNonNull(template, "template must not be null");
        checkArgument(occurrences(template, "{form}") == 1, "template needs {form} exactly once: %s", template);
        checkArgument(occurrences(template, "{recorder}") <= 1 && occurrences(template, "{team}") <= 1,
                "placeholders may appear at most once: %s", template);
        checkArgument(template.chars().noneMatch(Character::isWhitespace), "template must not contain white space");
    }

    /** The default relative template. */
    public static QuickLinkTemplate defaults() {
        return new QuickLinkTemplate(DEFAULT);
    }

    /** The URL of the link. */
    public String expand(QuickLink link) {
        Objects.requireNonNull(link, "link must not be null");
        return template.replace("{form}", encode(link.form().slug()))
                .replace("{recorder}", link.recorder().map(r -> encode(r.value())).orElse(""))
                .replace("{team}", link.team().map(t -> encode(t.value())).orElse(""));
    }

    /** The link a URL made from this template stands for; empty when the URL does not fit the template. */
    public Optional<QuickLink> parse(String url) {
        Objects.requireNonNull(url, "url must not be null");
        Matcher m = pattern().matcher(url);
        if (!m.matches()) {
            return Optional.empty();
        }
        try {
            FormKind form = FormKind.ofSlug(decode(m.group("form")));
            Optional<SecretaryId> recorder = group(m, "recorder").map(SecretaryId::new);
            Optional<TeamId> team = group(m, "team").map(TeamId::new);
            return Optional.of(new QuickLink(form, recorder, team));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    private Pattern pattern() {
        StringBuilder regex = new StringBuilder();
        Matcher m = Pattern.compile("\\{(form|recorder|team)}").matcher(template);
        int last = 0;
        while (m.find()) {
            regex.append(Pattern.quote(template.substring(last, m.start())));
            regex.append("(?<").append(m.group(1)).append(">[A-Za-z0-9%._~-]*)");
            last = m.end();
        }
        regex.append(Pattern.quote(template.substring(last)));
        return Pattern.compile(regex.toString());
    }

    private static Optional<String> group(Matcher m, String name) {
        try {
            String value = m.group(name);
            return value == null || value.isEmpty() ? Optional.empty() : Optional.of(decode(value));
        } catch (IllegalArgumentException absent) {
            return Optional.empty();
        }
    }

    static String encode(String value) {
        StringBuilder out = new StringBuilder();
        for (byte b : value.getBytes(StandardCharsets.UTF_8)) {
            char c = (char) (b & 0xff);
            if (b >= 0 && UNRESERVED.indexOf(c) >= 0) {
                out.append(c);
            } else {
                out.append('%').append(String.format("%02X", b & 0xff));
            }
        }
        return out.toString();
    }

    static String decode(String value) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c == '%') {
                checkArgument(i + 2 < value.length(), "truncated percent escape");
                bytes.write(Integer.parseInt(value.substring(i + 1, i + 3), 16));
                i += 2;
            } else {
                bytes.write(c);
            }
        }
        return bytes.toString(StandardCharsets.UTF_8);
    }

    private static int occurrences(String text, String part) {
        int count = 0;
        for (int i = text.indexOf(part); i >= 0; i = text.indexOf(part, i + 1)) {
            count++;
        }
        return count;
    }
}
