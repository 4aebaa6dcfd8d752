package fi.hoitomalli.json;

import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;
import com.fasterxml.jackson.databind.module.SimpleModule;
import fi.hoitomalli.team.PotObstacle;
import fi.hoitomalli.team.PotPlan;
import fi.hoitomalli.team.PotPlanInfeasible;
import fi.hoitomalli.team.PotPlanResult;

/**
 * JSON shape of pot planning results: {@code "type"}-tagged {@code plan} / {@code infeasible}, and the
 * obstacles of an infeasible plan tagged by kind. Explanations are derived, not written.
 */
final class PotPlanJson {

    private PotPlanJson() {
    }

    static void register(SimpleModule module) {
        module.setMixInAnnotation(PotPlanResult.class, PotPlanResultMixin.class);
        module.setMixInAnnotation(PotObstacle.class, PotObstacleMixin.class);
    }

    @JsonTypeInfo(use = JsonTypeInfo.Id.NAME, property = "type")
    @JsonSubTypes({
        @JsonSubTypes.Type(value = PotPlan.class, name = "plan"),
        @JsonSubTypes.Type(value = PotPlanInfeasible.class, name = "infeasible")
    })
    abstract static class PotPlanResultMixin {
    }

    @JsonTypeInfo(use = JsonTypeInfo.Id.NAME, property = "type")
    @JsonSubTypes({
        @JsonSubTypes.Type(value = PotObstacle.UnitTooLarge.class, name = "unitTooLarge"),
        @JsonSubTypes.Type(value = PotObstacle.OverCapacity.class, name = "overCapacity"),
        @JsonSubTypes.Type(value = PotObstacle.SectorWithoutTeam.class, name = "sectorWithoutTeam"),
        @JsonSubTypes.Type(value = PotObstacle.PotOverLimit.class, name = "potOverLimit")
    })
    abstract static class PotObstacleMixin {
    }
}
