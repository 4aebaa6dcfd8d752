package fi.hoitomalli.contact;

import fi.hoitomalli.common.EmailAddress;
import fi.hoitomalli.common.IdSource;
import fi.hoitomalli.common.Language;
import fi.hoitomalli.customer.CustomerId;
import fi.hoitomalli.customer.SectorId;
import fi.hoitomalli.team.ManagementGroup;
import fi.hoitomalli.team.Secretary;
import fi.hoitomalli.team.SecretaryId;
import fi.hoitomalli.team.ServiceCentre;
import fi.hoitomalli.team.ServiceTeam;
import fi.hoitomalli.team.StaffId;
import fi.hoitomalli.team.StaffMember;
import fi.hoitomalli.team.SubstitutePair;
import fi.hoitomalli.team.TeamId;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** A small service centre for the scenario tests: one team of four secretaries in two pairs. */
final class Fixtures {

    static final ZoneId HELSINKI = ZoneId.of("Europe/Helsinki");
    static final TeamId TEAM = new TeamId("T-SIVI");
    static final SecretaryId S1 = new SecretaryId("S-1");
    static final SecretaryId S2 = new SecretaryId("S-2");
    static final SecretaryId S3 = new SecretaryId("S-3");
    static final SecretaryId S4 = new SecretaryId("S-4");
    static final ServiceTeam SERVICE_TEAM = new ServiceTeam(TEAM, "Sivistystoimi", Set.of(new SectorId("SIVI")),
            new StaffId("L-1"), List.of(S1, S2, S3, S4), List.of(new SubstitutePair(S1, S2), new SubstitutePair(S3, S4)));
    static final ServiceCentre CENTRE = ServiceCentre.of(List.of(SERVICE_TEAM),
            List.of(secretary(S1), secretary(S2), secretary(S3), secretary(S4)),
            new ManagementGroup(staff("H-1"), List.of(staff("L-1")), staff("LAW-1")));

    private Fixtures() {
    }

    static Routing routing() {
        return Routing.withVantaaDefaults(CENTRE, IdSource.sequential("P"));
    }

    /** Local Helsinki time as an instant. */
    static Instant at(String localDateTime) {
        return LocalDateTime.parse(localDateTime).atZone(HELSINKI).toInstant();
    }

    static Inquiry from(Asker asker, Topic topic) {
        Optional<CustomerId> customer = asker == Asker.EXTERNAL ? Optional.empty() : Optional.of(new CustomerId("C-1"));
        return Inquiry.of(new InquiryId("I-1"), at("2027-02-03T10:00"), S1, asker, customer, topic);
    }

    private static Secretary secretary(SecretaryId id) {
        return new Secretary(id, "Secretary " + id, new EmailAddress(id.value().toLowerCase() + "@vantaa.fi"),
                Language.FI);
    }

    private static StaffMember staff(String id) {
        return new StaffMember(new StaffId(id), "Staff " + id, new EmailAddress(id.toLowerCase() + "@vantaa.fi"),
                Language.FI);
    }
}
