package fi.hoitomalli.plan;

import java.util.List;

/**
 * Section 2 of an account plan, the relationship description (asiakkuuden kuvaus): the customer's
 * processes, our offering and how it couples to them, the services used so far, the satisfaction
 * realised, and the key persons. Texts may be empty but never null.
 *
 * <p>Its texts hold no character the {@link fi.hoitomalli.common.TextPolicy} rejects (there is no length
 * limit); the constructor throws {@code IllegalArgumentException} for one that does.
 *
 * @param customerProcesses the customer's own processes
 * @param offering our products, services and way of working
 * @param coupling how the offering couples to the customer's processes
 * @param servicesUsed products and services used so far
 * @param realisedSatisfaction customer satisfaction as realised
 * @param keyPersons key persons and their relations
 */
public record RelationshipDescription(String customerProcesses, String offering, String coupling,
                                      List<String> servicesUsed, String realisedSatisfaction,
                                      List<KeyPerson> keyPersons) {
    public RelationshipDescription {
        Texts.text(customerProcesses, "customerProcesses");
        Texts.text(offering, "offering");
        Texts.text(coupling, "coupling");
        servicesUsed = Texts.texts(servicesUsed, "servicesUsed");
        Texts.text(realisedSatisfaction, "realisedSatisfaction");
        keyPersons = Texts.list(keyPersons, "keyPersons");
    }

    /** A section with nothing filled in yet. */
    public static RelationshipDescription empty() {
        return new RelationshipDescription("", "", "", List.of(), "", List.of());
    }
}
