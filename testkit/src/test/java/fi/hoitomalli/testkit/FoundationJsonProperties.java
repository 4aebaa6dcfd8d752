package fi.hoitomalli.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import fi.hoitomalli.calendar.Absence;
import fi.hoitomalli.calendar.Absences;
import fi.hoitomalli.calendar.FinnishHolidays;
import fi.hoitomalli.calendar.Holiday;
import fi.hoitomalli.calendar.PayrollRuns;
import fi.hoitomalli.calendar.WorkingCalendar;
import fi.hoitomalli.common.EmailAddress;
import fi.hoitomalli.common.Language;
import fi.hoitomalli.common.LocalizedText;
import fi.hoitomalli.common.Violation;
import fi.hoitomalli.customer.AgreementCode;
import fi.hoitomalli.customer.CollectiveAgreement;
import fi.hoitomalli.customer.Customer;
import fi.hoitomalli.customer.CustomerBase;
import fi.hoitomalli.customer.CustomerId;
import fi.hoitomalli.customer.OrgStructure;
import fi.hoitomalli.customer.OrgUnit;
import fi.hoitomalli.customer.OrgUnitId;
import fi.hoitomalli.customer.Sector;
import fi.hoitomalli.customer.SectorId;
import fi.hoitomalli.json.HoitomalliModule;
import fi.hoitomalli.team.CustomerPot;
import fi.hoitomalli.team.EscalationLevel;
import fi.hoitomalli.team.PotAssignment;
import fi.hoitomalli.team.Secretary;
import fi.hoitomalli.team.SecretaryId;
import fi.hoitomalli.team.ServiceCentre;
import fi.hoitomalli.team.ServiceTeam;
import fi.hoitomalli.team.StaffId;
import fi.hoitomalli.team.StaffMember;
import fi.hoitomalli.team.TeamId;
import java.io.IOException;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.domains.Domain;

/**
 * JSON round trips through {@link HoitomalliModule} are lossless for every foundation type: serialise,
 * deserialise, and the value equals the original (for the non-record classes: their contents do, and
 * the rebuilt object answers the same queries).
 */
@Domain(FoundationDomain.class)
class FoundationJsonProperties {

    private final ObjectMapper mapper = HoitomalliModule.newObjectMapper();

    private <T> T roundTrip(T value, Class<T> type) throws IOException {
        String json = mapper.writerFor(type).writeValueAsString(value);
        return mapper.readValue(json, type);
    }

    @Property(tries = 40)
    void sharedKernelRoundTrips(@ForAll LocalizedText text, @ForAll EmailAddress email, @ForAll Language language)
            throws IOException {
        assertThat(roundTrip(text, LocalizedText.class)).isEqualTo(text);
        assertThat(roundTrip(email, EmailAddress.class)).isEqualTo(email);
        assertThat(roundTrip(language, Language.class)).isEqualTo(language);
    }

    @Property(tries = 25)
    void idsRoundTripAsPlainStrings(@ForAll SectorId sector, @ForAll OrgUnitId unit, @ForAll CustomerId customer,
                                    @ForAll SecretaryId secretary, @ForAll StaffId staff, @ForAll TeamId team,
                                    @ForAll AgreementCode agreement) throws IOException {
        assertThat(mapper.writeValueAsString(unit)).isEqualTo(mapper.writeValueAsString(unit.value()));
        assertThat(roundTrip(sector, SectorId.class)).isEqualTo(sector);
        assertThat(roundTrip(unit, OrgUnitId.class)).isEqualTo(unit);
        assertThat(roundTrip(customer, CustomerId.class)).isEqualTo(customer);
        assertThat(roundTrip(secretary, SecretaryId.class)).isEqualTo(secretary);
        assertThat(roundTrip(staff, StaffId.class)).isEqualTo(staff);
        assertThat(roundTrip(team, TeamId.class)).isEqualTo(team);
        assertThat(roundTrip(agreement, AgreementCode.class)).isEqualTo(agreement);
    }

    @Property(tries = 25)
    void customerRecordsRoundTrip(@ForAll Sector sector, @ForAll CollectiveAgreement agreement,
                                  @ForAll Customer customer) throws IOException {
        assertThat(roundTrip(sector, Sector.class)).isEqualTo(sector);
        assertThat(roundTrip(agreement, CollectiveAgreement.class)).isEqualTo(agreement);
        assertThat(roundTrip(customer, Customer.class)).isEqualTo(customer);
    }

    @Property(tries = 25)
    void orgStructureRoundTrips(@ForAll OrgStructure org) throws IOException {
        OrgStructure read = roundTrip(org, OrgStructure.class);

        assertThat(read.sectors()).isEqualTo(org.sectors());
        assertThat(read.units()).isEqualTo(org.units());
        org.units().forEach(u -> assertThat(read.isServiceCentreCustomer(u.id()))
                .isEqualTo(org.isServiceCentreCustomer(u.id())));
    }

    @Property(tries = 25)
    void customerBaseRoundTrips(@ForAll CustomerBase base) throws IOException {
        CustomerBase read = roundTrip(base, CustomerBase.class);

        assertThat(read.customers()).isEqualTo(base.customers());
        assertThat(read.orgStructure().sectors()).isEqualTo(base.orgStructure().sectors());
        assertThat(read.orgStructure().units()).isEqualTo(base.orgStructure().units());
    }

    @Property(tries = 25)
    void teamsRoundTrip(@ForAll Secretary secretary, @ForAll ServiceTeam team, @ForAll ServiceCentre centre,
                        @ForAll PotAssignment assignment) throws IOException {
        assertThat(roundTrip(secretary, Secretary.class)).isEqualTo(secretary);
        assertThat(roundTrip(team, ServiceTeam.class)).isEqualTo(team);
        assertThat(roundTrip(assignment, PotAssignment.class)).isEqualTo(assignment);
        ServiceCentre read = roundTrip(centre, ServiceCentre.class);
        assertThat(read.teams()).isEqualTo(centre.teams());
        assertThat(read.secretaries()).isEqualTo(centre.secretaries());
        assertThat(read.management()).isEqualTo(centre.management());
    }

    @Property(tries = 25)
    void calendarRoundTrips(@ForAll Absence absence, @ForAll Absences absences, @ForAll PayrollRuns runs,
                            @ForAll WorkingCalendar calendar) throws IOException {
        assertThat(roundTrip(absence, Absence.class)).isEqualTo(absence);
        assertThat(roundTrip(absences, Absences.class).all()).isEqualTo(absences.all());
        assertThat(roundTrip(runs, PayrollRuns.class)).isEqualTo(runs);
        assertThat(roundTrip(calendar, WorkingCalendar.class)).isEqualTo(calendar);
    }

    @Property(tries = 25)
    void potsViolationsAndHolidaysRoundTrip(@ForAll CustomerBase base, @ForAll SecretaryId secretary,
                                            @ForAll LocalizedText message, @ForAll StaffMember staff,
                                            @ForAll("years") int year) throws IOException {
        CustomerPot pot = new CustomerPot(secretary, base.orgStructure().units().stream().map(OrgUnit::id).toList(),
                base.customers());
        Violation violation = new Violation("customers.csv line 3, column email", "fi.hoitomalli.json.csv.email",
                message);

        assertThat(roundTrip(pot, CustomerPot.class)).isEqualTo(pot);
        assertThat(roundTrip(violation, Violation.class)).isEqualTo(violation);
        assertThat(roundTrip(staff, StaffMember.class)).isEqualTo(staff);
        for (Holiday holiday : FinnishHolidays.of(year)) {
            assertThat(roundTrip(holiday, Holiday.class)).isEqualTo(holiday);
        }
        for (EscalationLevel level : EscalationLevel.values()) {
            assertThat(roundTrip(level, EscalationLevel.class)).isEqualTo(level);
        }
    }

    @Provide
    Arbitrary<Integer> years() {
        return Arbitraries.integers().between(1900, 2999);
    }

    @Property(tries = 10)
    void aMapperThatFindsTheModuleReadsWhatTheLibrarysMapperWrote(@ForAll CustomerBase base) throws IOException {
        ObjectMapper found = new ObjectMapper().findAndRegisterModules();

        CustomerBase read = found.readValue(mapper.writeValueAsString(base), CustomerBase.class);

        assertThat(read.customers()).isEqualTo(base.customers());
    }
}
