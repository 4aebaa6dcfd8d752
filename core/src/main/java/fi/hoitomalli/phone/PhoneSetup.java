package fi.hoitomalli.phone;

import static com.google.common.base.Preconditions.checkArgument;

import java.time.LocalDate;
import java.util.Objects;
import fi.hoitomalli.team.TeamId;

/**
 * A team's phone-hour setup (puhelinaikojen asetukset) from a day on: the policy its plans follow and the
 * weekly template of phone windows, in force until the team's next setup starts.
 *
 * @param team the team
 * @param validFrom the first day the setup is in force
 * @param policy the team's phone-hour policy
 * @param template the team's weekly template; must be the same team's
 */
public record PhoneSetup(TeamId team, LocalDate validFrom, PhonePolicy policy, WeeklyTemplate template) {
    public PhoneSetup {
        Objects.requireNonNull(team, "team must not be null");
        Objects.requireNonNull(validFrom, "validFrom must not be null");
        Objects.requireNonNull(policy, "policy must not be null");
        Objects.requireNonNull(template, "template must not be null");
        checkArgument(template.team().equals(team), "the template of team %s is not team %s's", template.team(), team);
    }
}
