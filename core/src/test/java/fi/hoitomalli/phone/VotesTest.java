package fi.hoitomalli.phone;

import static fi.hoitomalli.phone.PhoneFixtures.team;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.DayOfWeek;
import java.time.LocalTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import fi.hoitomalli.common.InvalidInputException;
import fi.hoitomalli.common.Language;
import fi.hoitomalli.common.LocalizedText;
import fi.hoitomalli.common.Violation;
import fi.hoitomalli.customer.AgreementCode;
import fi.hoitomalli.customer.CustomerBase;
import fi.hoitomalli.customer.CustomerId;
import fi.hoitomalli.customer.Employee;
import fi.hoitomalli.customer.OrgStructure;
import fi.hoitomalli.customer.OrgUnit;
import fi.hoitomalli.customer.OrgUnitId;
import fi.hoitomalli.customer.Sector;
import fi.hoitomalli.customer.SectorId;
import fi.hoitomalli.customer.Supervisor;
import fi.hoitomalli.team.PotAssignment;
import fi.hoitomalli.team.SecretaryId;
import fi.hoitomalli.team.ServiceTeam;

/** PH-8 preferences: {@link Votes#attribute} tallies valid votes for the owning secretary and rejects bad ones. */
class VotesTest {

    private final ServiceTeam team = team("T1", 2, true);
    private final ServiceTeam otherTeam = team("T2", 2, true);
    private final SecretaryId s1 = team.members().get(0);
    private final SecretaryId s2 = team.members().get(1);
    private final PhonePolicy policy = PhonePolicy.vantaaDefault();
    private final SectorId sector = new SectorId("SIVI");
    private final OrgUnit school = OrgUnit.root(new OrgUnitId("U1"), sector, "Koulu");
    private final OrgUnit kindergarten = OrgUnit.root(new OrgUnitId("U2"), sector, "Päiväkoti");
    private final OrgUnit library = OrgUnit.root(new OrgUnitId("U3"), sector, "Kirjasto");
    private final Supervisor pia = new Supervisor(new CustomerId("P1"), "Pia", school.id(), new AgreementCode("KVTES"),
            Language.FI, Optional.empty(), Set.of(school.id()));
    private final Employee eero = new Employee(new CustomerId("E1"), "Eero", kindergarten.id(), new AgreementCode("KVTES"),
            Language.FI, Optional.empty(), Optional.of(pia.id()));
    private final Employee lotta = new Employee(new CustomerId("E2"), "Lotta", library.id(), new AgreementCode("KVTES"),
            Language.SV, Optional.empty(), Optional.of(pia.id()));
    private final CustomerBase base = CustomerBase.of(
            OrgStructure.of(List.of(new Sector(sector, LocalizedText.same("Sivistys"), true)), List.of(school, kindergarten, library)),
            List.of(pia, eero, lotta));
    private final PotAssignment pots = new PotAssignment(Map.of(school.id(), s1, kindergarten.id(), s2,
            library.id(), otherTeam.members().get(0)));

    private Votes attribute(Vote... votes) {
        return Votes.attribute(team, policy, List.of(votes), pots, base);
    }

    private Violation rejected(Vote vote) {
        InvalidInputException e = (InvalidInputException) org.assertj.core.api.Assertions.catchThrowable(() -> attribute(vote));
        assertThat(e).isNotNull();
        assertThat(e.violations()).hasSize(1);
        return e.violations().get(0);
    }

    @Test
    void ph8_validVotesAreTalliedForTheOwningSecretary() {
        Votes votes = attribute(
                new Vote(pia.id(), Optional.of(DayOfWeek.MONDAY), LocalTime.of(9, 0)),
                new Vote(pia.id(), Optional.of(DayOfWeek.MONDAY), LocalTime.of(9, 0)),
                new Vote(eero.id(), Optional.empty(), LocalTime.of(13, 30)));
        assertThat(votes.team()).isEqualTo(team.id());
        assertThat(votes.count(s1, DayOfWeek.MONDAY, LocalTime.of(9, 0))).isEqualTo(2);
        assertThat(votes.count(s2, DayOfWeek.MONDAY, LocalTime.of(9, 0))).isZero();
        for (DayOfWeek day : List.of(DayOfWeek.MONDAY, DayOfWeek.TUESDAY, DayOfWeek.WEDNESDAY, DayOfWeek.THURSDAY,
                DayOfWeek.FRIDAY)) {
            assertThat(votes.count(s2, day, LocalTime.of(13, 30))).isEqualTo(1);
            assertThat(votes.count(s1, day, LocalTime.of(13, 30))).isZero();
        }
        assertThat(votes.count(s2, DayOfWeek.SATURDAY, LocalTime.of(13, 30))).isZero();
        assertThat(votes.violationsFor(team, policy)).isEmpty();
    }

    @Test
    void ph8_unknownCustomerIsRejectedInThreeLanguages() {
        Violation v = rejected(new Vote(new CustomerId("NOBODY"), Optional.empty(), LocalTime.of(9, 0)));
        assertThat(v.path()).isEqualTo("votes[0].customer");
        assertThat(v.rule()).isEqualTo("fi.hoitomalli.phone.vote.unknownCustomer");
        assertThat(v.message()).isEqualTo(new LocalizedText("tuntematon asiakas NOBODY", "okänd kund NOBODY",
                "unknown customer NOBODY"));
    }

    @Test
    void ph8_customerOfAnotherTeamIsRejectedInThreeLanguages() {
        Violation v = rejected(new Vote(lotta.id(), Optional.empty(), LocalTime.of(9, 0)));
        assertThat(v.path()).isEqualTo("votes[0].customer");
        assertThat(v.rule()).isEqualTo("fi.hoitomalli.phone.vote.otherTeam");
        assertThat(v.message()).isEqualTo(new LocalizedText("E2 ei ole tiimin T1 asiakas",
                "E2 är inte kund hos teamet T1", "E2 is not a customer of team T1"));
    }

    @Test
    void ph8_dayWithoutServiceIsRejectedInThreeLanguages() {
        Violation v = rejected(new Vote(pia.id(), Optional.of(DayOfWeek.SUNDAY), LocalTime.of(9, 0)));
        assertThat(v.path()).isEqualTo("votes[0].day");
        assertThat(v.rule()).isEqualTo("fi.hoitomalli.phone.vote.day");
        assertThat(v.message()).isEqualTo(new LocalizedText("tiimillä ei ole palveluaikaa päivänä SUNDAY",
                "teamet har ingen servicetid på SUNDAY", "the team has no service on SUNDAY"));
    }

    @Test
    void ph8_offGridSlotIsRejectedInThreeLanguages() {
        Violation v = rejected(new Vote(pia.id(), Optional.of(DayOfWeek.MONDAY), LocalTime.of(9, 15)));
        assertThat(v.path()).isEqualTo("votes[0].slot");
        assertThat(v.rule()).isEqualTo("fi.hoitomalli.phone.vote.slot");
        assertThat(v.message()).isEqualTo(new LocalizedText("09:15 ei ole 30 min:n ruudukon ruutu palveluajan sisällä",
                "09:15 är inte en ruta i rutnätet på 30 min inom servicetiden",
                "09:15 is not a slot of the 30 min grid within the service hours"));
        Violation late = rejected(new Vote(pia.id(), Optional.empty(), LocalTime.of(17, 0)));
        assertThat(late.rule()).isEqualTo("fi.hoitomalli.phone.vote.slot");
    }

    @Test
    void ph8_oneBadVoteRejectsTheWholeBatchNamingEachBadVote() {
        assertThatThrownBy(() -> attribute(
                new Vote(pia.id(), Optional.of(DayOfWeek.MONDAY), LocalTime.of(9, 0)),
                new Vote(new CustomerId("NOBODY"), Optional.empty(), LocalTime.of(9, 0)),
                new Vote(eero.id(), Optional.of(DayOfWeek.MONDAY), LocalTime.of(9, 10))))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.violations())
                        .extracting(Violation::path).containsExactly("votes[1].customer", "votes[2].slot"));
    }
}
