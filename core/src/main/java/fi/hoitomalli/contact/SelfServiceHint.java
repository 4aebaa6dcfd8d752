package fi.hoitomalli.contact;

import fi.hoitomalli.catalog.SelfServiceChannel;
import fi.hoitomalli.common.Language;
import fi.hoitomalli.common.LocalizedText;
import fi.hoitomalli.common.Messages;
import java.util.Objects;
import java.util.Optional;

/**
 * A self-service hint (itsepalveluvinkki): for a topic, the channel that would have answered it and what
 * the secretary says to point the caller there.
 *
 * @param topic the topic asked about
 * @param channel the channel
 * @param text what to say, in fi/sv/en
 */
public record SelfServiceHint(Topic topic, SelfServiceChannel channel, LocalizedText text) {

    public SelfServiceHint {
        Objects.requireNonNull(topic, "topic must not be null");
        Objects.requireNonNull(channel, "channel must not be null");
        Objects.requireNonNull(text, "text must not be null");
    }

    /** The hint for a topic; empty when no self-service channel answers it. */
    public static Optional<SelfServiceHint> forTopic(Topic topic) {
        Objects.requireNonNull(topic, "topic must not be null");
        return topic.selfService().map(channel -> new SelfServiceHint(topic, channel, textFor(channel)));
    }

    private static LocalizedText textFor(SelfServiceChannel channel) {
        LocalizedText prefix = Messages.text("fi.hoitomalli.contact.hint.prefix");
        return new LocalizedText(line(prefix, channel, Language.FI), line(prefix, channel, Language.SV),
                line(prefix, channel, Language.EN));
    }

    private static String line(LocalizedText prefix, SelfServiceChannel channel, Language language) {
        return prefix.in(language) + " " + channel.title().in(language) + " (" + channel.purpose().in(language) + ")";
    }
}
