package fi.hoitomalli.team;

import static com.google.common.base.Preconditions.checkArgument;

import java.util.Objects;

/**
 * A substitute pair (sijaispari): two secretaries of the same team who know each other's customers and
 * cover each other's published phone window during a long absence (PH-5, PH-7). Stored in a canonical
 * order (the smaller id first) so that a pair equals itself written the other way round.
 *
 * @param first the member with the smaller id
 * @param second the member with the larger id
 */
public record SubstitutePair(SecretaryId first, SecretaryId second) {
    public SubstitutePair {
        Objects.requireNonNull(first, "first must not be null");
        Objects.requireNonNull(second, "second must not be null");
        checkArgument(!first.equals(second), "a secretary cannot be her own substitute (%s)", first);
        if (first.value().compareTo(second.value()) > 0) {
            SecretaryId swap = first;
            first = second;
            second = swap;
        }
    }

    /** Whether the secretary is one of the pair. */
    public boolean contains(SecretaryId secretary) {
        return first.equals(secretary) || second.equals(secretary);
    }

    /**
     * The other member of the pair.
     *
     * @throws IllegalArgumentException if the secretary is not in the pair
     */
    public SecretaryId partnerOf(SecretaryId secretary) {
        if (first.equals(secretary)) {
            return second;
        }
        checkArgument(second.equals(secretary), "%s is not in the pair %s/%s", secretary, first, second);
        return first;
    }
}
