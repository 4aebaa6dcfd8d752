package fi.hoitomalli.forms;

import static com.google.common.base.Preconditions.checkArgument;

import fi.hoitomalli.contact.RecordKind;
import fi.hoitomalli.contact.RecordRequest;
import fi.hoitomalli.customer.CustomerId;
import fi.hoitomalli.team.ServiceCentre;
import java.util.Objects;
import java.util.Optional;


/**
 * Ground-rule decisions become form records: a "document and report" decision about conflicting
 * contacts (ground rule GR-16) carries a {@link RecordRequest} for the challenging-situation form; this
 * turns it into a prefilled {@link SituationInput} with the conflicting-contacts flag set, which
 * {@link Forms#recordSituation} validates and stores. The secretary still writes the situation and its
 * solution: the request only says what to document.
 */
public final class ContactRecords {

    private ContactRecords() {
    }

    /**
     * The situation input for a challenging-situation request: recorder, day and team from the request,
     * conflicting contacts set.
     *
     * @param request what the ground rule asked to document
     * @param centre where the recorder's team is looked up
     * @param customer the customer the inquiry was about, if any
     * @param topic what it was about
     * @param situation the situation as the secretary writes it
     * @param solution the solution as the secretary writes it
     * @throws NullPointerException if an argument other than the texts is null
     * @throws IllegalArgumentException if the request is for the feedback form, or the centre does not know
     *                                  the recorder
     */
    public static SituationInput situationInput(RecordRequest request, ServiceCentre centre,
                                                Optional<CustomerId> customer, SituationTopic topic,
                                                String situation, String solution) {
        Objects.requireNonNull(request, "request must not be null");
        Objects.requireNonNull(centre, "centre must not be null");
        Objects.requireNonNull(customer, "customer must not be null");
        Objects.requireNonNull(topic, "topic must not be null");
        checkArgument(request.kind() == RecordKind.CHALLENGING_SITUATION,
                "request %s is for the %s form, not the challenging-situation form", request.inquiry(), request.kind());
        return new SituationInput(request.recorder().value(), centre.teamOf(request.recorder()).id().value(),
                request.date(), customer.map(CustomerId::value).orElse(null), topic, true, situation, solution);
    }
}
