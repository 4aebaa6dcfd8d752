package fi.hoitomalli.reminder;

import static org.assertj.core.api.Assertions.assertThat;

import fi.hoitomalli.calendar.WorkingCalendar;
import fi.hoitomalli.common.EmailAddress;
import fi.hoitomalli.common.Language;
import fi.hoitomalli.customer.Customer;
import fi.hoitomalli.customer.CustomerBase;
import fi.hoitomalli.customer.Supervisor;
import fi.hoitomalli.reference.ReferenceCity;
import fi.hoitomalli.reference.VantaaReference;
import fi.hoitomalli.segment.Audience;
import fi.hoitomalli.segment.InSector;
import fi.hoitomalli.segment.Segment;
import fi.hoitomalli.segment.SpeaksLanguage;
import fi.hoitomalli.team.ManagementGroup;
import fi.hoitomalli.team.ServiceCentre;
import fi.hoitomalli.team.StaffId;
import fi.hoitomalli.team.StaffMember;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Intranet updates reach their audience's supervisors (SEG-2), on the Vantaa reference data. */
class IntranetAudienceTest {

    static ReferenceCity vantaa;
    static final IntranetItem ITEM = new IntranetItem("intra-2027-031", "Lomakausi 2027",
            "https://intra.vantaa.fi/lomakausi-2027", "Vuosilomien suunnittelu alkaa");
    static final Instant PUBLISHED = LocalDateTime.parse("2027-03-02T09:00").atZone(WorkingCalendar.HELSINKI).toInstant();

    @BeforeAll
    static void city() {
        vantaa = VantaaReference.city();
    }

    /** Intranet updates go to customers; the staff directory is not consulted. */
    static DueFactCollector collector() {
        return new DueFactCollector(RecipientDirectory.of(ServiceCentre.of(List.of(), List.of(), management())),
                WorkingCalendar.HELSINKI);
    }

    static ManagementGroup management() {
        StaffMember head = new StaffMember(new StaffId("H"),
                "Head", new EmailAddress("head@vantaa.fi"), Language.FI);
        return new ManagementGroup(head, List.of(), head);
    }

    @Test
    void seg2_anUpdateForASectorReachesItsSupervisorsOnceEachInTheirLanguage() {
        Audience audience = Audience.of(new InSector(VantaaReference.SIVI));
        List<Customer> supervisors = audience.resolve(vantaa.customerBase());

        CollectedFacts collected = collector().intranetUpdate(ITEM, IntranetUpdate.Importance.NORMAL, PUBLISHED,
                audience, vantaa.customerBase());

        IntranetUpdate update = collected.facts().updates().get(0);
        assertThat(supervisors).isNotEmpty().allMatch(c -> c instanceof Supervisor);
        assertThat(update.recipients()).extracting(r -> r.address())
                .containsExactlyElementsOf(supervisors.stream().map(c -> c.email().orElseThrow()).toList())
                .doesNotHaveDuplicates();
        assertThat(update.recipients()).extracting(Recipient::language)
                .containsExactlyElementsOf(supervisors.stream().map(Customer::language).toList());
        assertThat(collected.unreached()).isEmpty();

        // at the digest time every supervisor gets one digest, and evaluating again gives the same keys
        ReminderEvaluation evaluation = new ReminderEvaluation(Clock.fixed(PUBLISHED.plusSeconds(6 * 3600),
                WorkingCalendar.HELSINKI), WorkingCalendar.vantaaDefault(), ReminderPolicy.vantaaDefault());
        List<Reminder> digests = evaluation.evaluate(collected.facts());
        assertThat(digests).hasSize(supervisors.size()).allMatch(r -> r.key().kind() == ReminderKind.INTRANET_DIGEST);
        assertThat(evaluation.evaluate(collected.facts())).extracting(Reminder::key)
                .containsExactlyElementsOf(digests.stream().map(Reminder::key).toList());
    }

    @Test
    void seg2_swedishSpeakingEmployeesAreReachedThroughTheirSupervisors() {
        Segment swedishSpeakers = new SpeaksLanguage(Language.SV);
        CollectedFacts collected = collector().intranetUpdate(ITEM, IntranetUpdate.Importance.URGENT, PUBLISHED,
                Audience.of(swedishSpeakers), vantaa.customerBase());

        Set<String> expected = Audience.of(swedishSpeakers).resolve(vantaa.customerBase()).stream()
                .map(c -> c.id().value()).collect(Collectors.toSet());
        List<Recipient> recipients = collected.facts().updates().get(0).recipients();
        assertThat(recipients).hasSameSizeAs(expected);
        // the supervisors of Swedish speakers are reached, whatever language they speak themselves
        assertThat(recipients).extracting(Recipient::language).contains(Language.FI);
    }

    @Test
    void seg2_supervisorsWithoutEmailAreSkippedAndCounted() {
        CustomerBase base = vantaa.customerBase();
        List<Customer> withGaps = new ArrayList<>();
        int removed = 0;
        for (Customer c : base.customers()) {
            if (c instanceof Supervisor s && removed < 3 && base.orgStructure().sectorOf(s.unit()).equals(VantaaReference.SIVI)) {
                withGaps.add(new Supervisor(s.id(), s.name(), s.unit(), s.agreement(), s.language(), Optional.empty(),
                        s.managedUnits()));
                removed++;
            } else {
                withGaps.add(c);
            }
        }
        CustomerBase directory = CustomerBase.of(base.orgStructure(), withGaps);
        Audience audience = Audience.of(new InSector(VantaaReference.SIVI));

        CollectedFacts collected = collector().intranetUpdate(ITEM, IntranetUpdate.Importance.NORMAL, PUBLISHED,
                audience, directory);

        assertThat(collected.unreachedCount(Unreached.Reason.NO_EMAIL)).isEqualTo(3);
        assertThat(collected.unreached()).allMatch(u -> u.subject().equals(ITEM.id()));
        assertThat(collected.facts().updates().get(0).recipients())
                .hasSize(audience.resolve(directory).size() - 3);
    }
}
