package fi.hoitomalli.plan;

import java.util.List;

/**
 * Section 1 of an account plan, general information (yleiset tiedot): what the sector is, its strategic
 * challenges and internal readiness, its strategy and development projects. Texts may be empty (a new
 * plan is filled in over time) but never null.
 *
 * <p>Its texts hold no character the {@link fi.hoitomalli.common.TextPolicy} rejects (there is no length
 * limit); the constructor throws {@code IllegalArgumentException} for one that does.
 *
 * @param description the sector's field, mission and organisation
 * @param challenges strategic challenges with opportunities and threats
 * @param internalReadiness the sector's internal readiness for them
 * @param strategy the sector's strategy
 * @param developmentProjects the sector's development projects
 */
public record GeneralInformation(String description, List<StrategicChallenge> challenges, String internalReadiness,
                                 String strategy, List<String> developmentProjects) {
    public GeneralInformation {
        Texts.text(description, "description");
        challenges = Texts.list(challenges, "challenges");
        Texts.text(internalReadiness, "internalReadiness");
        Texts.text(strategy, "strategy");
        developmentProjects = Texts.texts(developmentProjects, "developmentProjects");
    }

    /** A section with nothing filled in yet. */
    public static GeneralInformation empty() {
        return new GeneralInformation("", List.of(), "", "", List.of());
    }
}
