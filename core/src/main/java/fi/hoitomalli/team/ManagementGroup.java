package fi.hoitomalli.team;

import com.google.common.collect.ImmutableList;
import java.util.List;
import java.util.Objects;

/**
 * The management group (johtoryhmä): the unit head (henkilöstöpalvelupäällikkö, HR services manager)
 * and the team leads. Writes the account plans and sees everything (AX-1).
 *
 * @param head the HR services manager
 * @param teamLeads the team leads
 * @param labourMarketLawyer the top of the escalation chain
 */
public record ManagementGroup(StaffMember head, List<StaffMember> teamLeads, StaffMember labourMarketLawyer) {
    public ManagementGroup {
        Objects.requireNonNull(head, "head must not be null");
        Objects.requireNonNull(labourMarketLawyer, "labourMarketLawyer must not be null");
        teamLeads = ImmutableList.copyOf(Objects.requireNonNull(teamLeads, "teamLeads must not be null"));
    }

    /** Whether the person is in the group (head or team lead). */
    public boolean includes(StaffId id) {
        return head.id().equals(id) || teamLeads.stream().anyMatch(m -> m.id().equals(id));
    }
}
