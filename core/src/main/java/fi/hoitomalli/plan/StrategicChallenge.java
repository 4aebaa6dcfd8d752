package fi.hoitomalli.plan;

import java.util.List;

/**
 * One strategic challenge of the sector (strateginen haaste) with the opportunities and threats it
 * brings — part of the general information of an account plan.
 *
 * <p>Its texts hold no character the {@link fi.hoitomalli.common.TextPolicy} rejects (there is no length
 * limit); the constructor throws {@code IllegalArgumentException} for one that does.
 *
 * @param challenge the challenge, non-blank
 * @param opportunities opportunities it opens (mahdollisuudet), may be empty
 * @param threats threats it brings (uhat), may be empty
 */
public record StrategicChallenge(String challenge, List<String> opportunities, List<String> threats) {
    public StrategicChallenge {
        Texts.nonBlank(challenge, "challenge");
        opportunities = Texts.texts(opportunities, "opportunities");
        threats = Texts.texts(threats, "threats");
    }
}
