package fi.hoitomalli.segment;

import java.util.Objects;
import fi.hoitomalli.common.Language;
import fi.hoitomalli.customer.Customer;
import fi.hoitomalli.customer.OrgStructure;

/**
 * The customers served in a language (asiointikieli), e.g. the Swedish-speaking supervisors.
 *
 * @param language the language, not null
 */
public record SpeaksLanguage(Language language) implements Segment {
    public SpeaksLanguage {
        Objects.requireNonNull(language, "language must not be null");
    }

    @Override
    public boolean contains(Customer customer, OrgStructure org) {
        return customer.language() == language;
    }
}
