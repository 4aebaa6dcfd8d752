package fi.hoitomalli.phone;

import com.google.common.collect.ImmutableList;
import java.time.DayOfWeek;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import fi.hoitomalli.common.InvalidInputException;
import fi.hoitomalli.common.Messages;
import fi.hoitomalli.common.Violation;
import fi.hoitomalli.customer.Customer;
import fi.hoitomalli.customer.CustomerDirectory;
import fi.hoitomalli.team.PotAssignment;
import fi.hoitomalli.team.SecretaryId;
import fi.hoitomalli.team.ServiceTeam;
import fi.hoitomalli.team.TeamId;

/**
 * A team's customer votes (asiakkaiden toiveet) attributed to the secretaries who own the voting
 * customers (PH-8), as tallies per secretary, weekday and slot. Canonical: one tally per key, sorted by
 * secretary, day and slot, so equal vote sets are equal values.
 *
 * @param team the team the votes are for
 * @param tallies the tallies
 */
public record Votes(TeamId team, List<SlotTally> tallies) {

    private static final Comparator<SlotTally> ORDER = Comparator.comparing((SlotTally t) -> t.secretary().value())
            .thenComparing(SlotTally::day).thenComparing(SlotTally::slot);

    public Votes {
        Objects.requireNonNull(team, "team must not be null");
        Objects.requireNonNull(tallies, "tallies must not be null");
        List<SlotTally> sorted = new ArrayList<>(tallies);
        sorted.sort(ORDER);
        ImmutableList.Builder<SlotTally> merged = ImmutableList.builderWithExpectedSize(sorted.size());
        SlotTally run = null;
        for (SlotTally t : sorted) {
            if (run != null && ORDER.compare(run, t) == 0) {
                run = new SlotTally(t.secretary(), t.day(), t.slot(), run.votes() + t.votes());
            } else {
                if (run != null) {
                    merged.add(run);
                }
                run = t;
            }
        }
        if (run != null) {
            merged.add(run);
        }
        tallies = merged.build();
    }

    /** No votes: every plan scores zero and the tie-break decides. */
    public static Votes none(TeamId team) {
        return new Votes(team, List.of());
    }

    /**
     * Attributes customers' votes to their secretaries via the pot assignment.
     *
     * @throws InvalidInputException naming each vote ({@code votes[i]}) whose customer is unknown or owned
     *     by a secretary outside the team, whose day has no service, or whose slot is not a grid slot;
     *     nothing is tallied then
     */
    public static Votes attribute(ServiceTeam team, PhonePolicy policy, Collection<Vote> votes, PotAssignment pots,
                                  CustomerDirectory directory) {
        Objects.requireNonNull(team, "team must not be null");
        Objects.requireNonNull(policy, "policy must not be null");
        Objects.requireNonNull(votes, "votes must not be null");
        List<Violation> violations = new ArrayList<>();
        List<SlotTally> tallies = new ArrayList<>();
        int i = 0;
        for (Vote vote : votes) {
            String path = "votes[" + i++ + "]";
            Optional<Customer> customer = directory.find(vote.customer());
            if (customer.isEmpty()) {
                violations.add(violation(path + ".customer", "fi.hoitomalli.phone.vote.unknownCustomer",
                        "customer", vote.customer()));
                continue;
            }
            Optional<SecretaryId> owner = pots.ownerOf(customer.get());
            if (owner.isEmpty() || !team.hasMember(owner.get())) {
                violations.add(violation(path + ".customer", "fi.hoitomalli.phone.vote.otherTeam",
                        "customer", vote.customer(), "team", team.id()));
                continue;
            }
            List<DayOfWeek> days = vote.day().map(List::of).orElse(List.copyOf(policy.serviceHours().keySet()));
            List<SlotTally> mine = new ArrayList<>();
            for (DayOfWeek day : days) {
                if (policy.onGrid(day, vote.slot())) {
                    mine.add(new SlotTally(owner.get(), day, vote.slot(), 1));
                }
            }
            if (vote.day().isPresent() && policy.hoursOn(vote.day().get()).isEmpty()) {
                violations.add(violation(path + ".day", "fi.hoitomalli.phone.vote.day", "day", vote.day().get()));
            } else if (mine.isEmpty()) {
                violations.add(violation(path + ".slot", "fi.hoitomalli.phone.vote.slot", "slot", vote.slot(),
                        "grid", policy.gridMinutes()));
            }
            tallies.addAll(mine);
        }
        if (!violations.isEmpty()) {
            throw new InvalidInputException(violations);
        }
        return new Votes(team.id(), tallies);
    }

    /**
     * The violations of these votes against a team and policy: tallies for secretaries outside the team or
     * for slots that are not grid slots of the weekday. Empty when they fit.
     */
    public List<Violation> violationsFor(ServiceTeam team, PhonePolicy policy) {
        List<Violation> out = new ArrayList<>();
        if (!team.id().equals(this.team)) {
            out.add(violation("team", "fi.hoitomalli.phone.vote.wrongTeam", "team", this.team, "expected", team.id()));
        }
        for (int i = 0; i < tallies.size(); i++) {
            SlotTally t = tallies.get(i);
            if (!team.hasMember(t.secretary())) {
                out.add(violation("tallies[" + i + "].secretary", "fi.hoitomalli.phone.vote.otherTeam",
                        "customer", t.secretary(), "team", team.id()));
            } else if (!policy.onGrid(t.day(), t.slot())) {
                out.add(violation("tallies[" + i + "].slot", "fi.hoitomalli.phone.vote.slot", "slot", t.slot(),
                        "grid", policy.gridMinutes()));
            }
        }
        return out;
    }

    /** The number of votes of the secretary's customers for the slot on the weekday. */
    public int count(SecretaryId secretary, DayOfWeek day, LocalTime slot) {
        return tallies.stream()
                .filter(t -> t.secretary().equals(secretary) && t.day() == day && t.slot().equals(slot))
                .mapToInt(SlotTally::votes).sum();
    }

    private static Violation violation(String path, String key, Object... args) {
        return new Violation(path, key, Messages.text(key, args));
    }
}
