package fi.hoitomalli.json;

import com.fasterxml.jackson.databind.module.SimpleModule;
import java.util.List;
import fi.hoitomalli.team.ManagementGroup;
import fi.hoitomalli.team.Secretary;
import fi.hoitomalli.team.ServiceCentre;
import fi.hoitomalli.team.ServiceTeam;

/**
 * JSON shape of the service centre: {@code {"teams":[…],"secretaries":[…],"management":{…}}}, rebuilt
 * through {@link ServiceCentre#of}. The team records map as they are.
 */
final class TeamJson {

    private TeamJson() {
    }

    record ServiceCentreShape(List<ServiceTeam> teams, List<Secretary> secretaries, ManagementGroup management) {
    }

    static void register(SimpleModule module) {
        Constituents.register(module, ServiceCentre.class, ServiceCentreShape.class,
                centre -> new ServiceCentreShape(centre.teams(), centre.secretaries(), centre.management()),
                shape -> ServiceCentre.of(shape.teams(), shape.secretaries(), shape.management()));
    }
}
