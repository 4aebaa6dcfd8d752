package fi.hoitomalli.contact;

import static com.google.common.base.Preconditions.checkArgument;

import fi.hoitomalli.customer.CustomerId;
import fi.hoitomalli.team.EscalationLevel;
import fi.hoitomalli.team.SecretaryId;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * An inquiry (yhteydenotto): a question that reached a secretary, with the facts the ground rules
 * decide on. Who asks, about which topic of the documented set, by which channel, who holds it now on
 * the escalation chain and what that person knows, whether it involves discretion, whether a conflict
 * between the employee and the supervisor is suspected (found out with polite, indirect questions),
 * whether the contact itself is conflicting, and whether it concerns several sectors or central
 * administration. Immutable; the {@code with…} methods return changed copies.
 *
 * @param id the inquiry's id
 * @param receivedAt when it came in
 * @param secretary the own secretary who received it; her team's working hours time the answer
 * @param asker who asks
 * @param customer the customer asking; always empty for {@link Asker#EXTERNAL}
 * @param topic what it is about
 * @param channel how it came in
 * @param level who holds it now on the escalation chain
 * @param knowledge what the holder knows
 * @param discretionary whether it involves discretion or something the supervisor decides unilaterally
 * @param conflictWithSupervisorSuspected whether a conflict between employee and supervisor is going on
 * @param contentious whether the contact itself is conflicting (disputes, contradicts, hostile)
 * @param concernsSeveralSectors whether it concerns several sectors or central administration
 */
public record Inquiry(InquiryId id, Instant receivedAt, SecretaryId secretary, Asker asker,
                      Optional<CustomerId> customer, Topic topic, Channel channel, EscalationLevel level,
                      Knowledge knowledge, boolean discretionary, boolean conflictWithSupervisorSuspected,
                      boolean contentious, boolean concernsSeveralSectors) {

    public Inquiry {
        Objects.requireNonNull(id, "id must not be null");
        Objects.requireNonNull(receivedAt, "receivedAt must not be null");
        Objects.requireNonNull(secretary, "secretary must not be null");
        Objects.requireNonNull(asker, "asker must not be null");
        Objects.requireNonNull(customer, "customer must not be null");
        Objects.requireNonNull(topic, "topic must not be null");
        Objects.requireNonNull(channel, "channel must not be null");
        Objects.requireNonNull(level, "level must not be null");
        Objects.requireNonNull(knowledge, "knowledge must not be null");
        checkArgument(asker != Asker.EXTERNAL || customer.isEmpty(),
                "an external asker is no customer (inquiry %s)", id);
    }

    /**
     * A plain phone inquiry to the own secretary who knows the answer, with no discretion, conflict or
     * cross-sector concern; refine it with the {@code with…} methods.
     */
    public static Inquiry of(InquiryId id, Instant receivedAt, SecretaryId secretary, Asker asker,
                             Optional<CustomerId> customer, Topic topic) {
        return new Inquiry(id, receivedAt, secretary, asker, customer, topic, Channel.PHONE,
                EscalationLevel.SECRETARY, Knowledge.KNOWS, false, false, false, false);
    }

    /** The same inquiry with another topic. */
    public Inquiry withTopic(Topic newTopic) {
        return new Inquiry(id, receivedAt, secretary, asker, customer, newTopic, channel, level, knowledge,
                discretionary, conflictWithSupervisorSuspected, contentious, concernsSeveralSectors);
    }

    /** The same inquiry having come in by another channel. */
    public Inquiry withChannel(Channel newChannel) {
        return new Inquiry(id, receivedAt, secretary, asker, customer, topic, newChannel, level, knowledge,
                discretionary, conflictWithSupervisorSuspected, contentious, concernsSeveralSectors);
    }

    /** The same inquiry with what its holder knows. */
    public Inquiry withKnowledge(Knowledge newKnowledge) {
        return new Inquiry(id, receivedAt, secretary, asker, customer, topic, channel, level, newKnowledge,
                discretionary, conflictWithSupervisorSuspected, contentious, concernsSeveralSectors);
    }

    /** The same inquiry, involving discretion or not. */
    public Inquiry withDiscretion(boolean involvesDiscretion) {
        return new Inquiry(id, receivedAt, secretary, asker, customer, topic, channel, level, knowledge,
                involvesDiscretion, conflictWithSupervisorSuspected, contentious, concernsSeveralSectors);
    }

    /** The same inquiry, with or without a suspected conflict between employee and supervisor. */
    public Inquiry withConflictSuspected(boolean suspected) {
        return new Inquiry(id, receivedAt, secretary, asker, customer, topic, channel, level, knowledge,
                discretionary, suspected, contentious, concernsSeveralSectors);
    }

    /** The same inquiry, the contact itself conflicting or not. */
    public Inquiry withContentious(boolean isContentious) {
        return new Inquiry(id, receivedAt, secretary, asker, customer, topic, channel, level, knowledge,
                discretionary, conflictWithSupervisorSuspected, isContentious, concernsSeveralSectors);
    }

    /** The same inquiry, concerning several sectors or central administration or not. */
    public Inquiry withSeveralSectors(boolean several) {
        return new Inquiry(id, receivedAt, secretary, asker, customer, topic, channel, level, knowledge,
                discretionary, conflictWithSupervisorSuspected, contentious, several);
    }

    /**
     * The inquiry as held one level up the escalation chain, with what the new holder knows.
     *
     * @throws IllegalArgumentException if {@code to} is not exactly the next level up
     */
    public Inquiry escalatedTo(EscalationLevel to, Knowledge knowledgeThere) {
        checkArgument(level.next().equals(Optional.of(to)), "inquiry %s at %s cannot escalate to %s", id, level, to);
        return new Inquiry(id, receivedAt, secretary, asker, customer, topic, channel, to,
                Objects.requireNonNull(knowledgeThere, "knowledgeThere must not be null"),
                discretionary, conflictWithSupervisorSuspected, contentious, concernsSeveralSectors);
    }
}
