package fi.hoitomalli.testkit;

import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import fi.hoitomalli.calendar.Absence;
import fi.hoitomalli.calendar.Absences;
import fi.hoitomalli.calendar.PayrollRuns;
import fi.hoitomalli.calendar.WorkingCalendar;
import fi.hoitomalli.common.EmailAddress;
import fi.hoitomalli.common.Language;
import fi.hoitomalli.common.LocalizedText;
import fi.hoitomalli.customer.AgreementCode;
import fi.hoitomalli.customer.CollectiveAgreement;
import fi.hoitomalli.customer.Customer;
import fi.hoitomalli.customer.CustomerBase;
import fi.hoitomalli.customer.CustomerId;
import fi.hoitomalli.customer.OrgStructure;
import fi.hoitomalli.customer.OrgUnitId;
import fi.hoitomalli.customer.Sector;
import fi.hoitomalli.customer.SectorId;
import fi.hoitomalli.team.PotAssignment;
import fi.hoitomalli.team.Secretary;
import fi.hoitomalli.team.SecretaryId;
import fi.hoitomalli.team.ServiceCentre;
import fi.hoitomalli.team.ServiceTeam;
import fi.hoitomalli.team.StaffId;
import fi.hoitomalli.team.StaffMember;
import fi.hoitomalli.team.TeamId;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.providers.ArbitraryProvider;
import net.jqwik.api.providers.TypeUsage;

/**
 * Supplies {@code @ForAll} parameters of the foundation's types from {@link FoundationArbitraries}:
 * {@code LocalizedText}, {@code EmailAddress}, {@code Language}, the ids, {@code Sector},
 * {@code OrgStructure}, {@code Customer}, {@code CustomerBase}, {@code CollectiveAgreement},
 * {@code Secretary}, {@code StaffMember}, {@code ServiceTeam}, {@code ServiceCentre}, {@code PotAssignment},
 * {@code Absence}, {@code Absences}, {@code PayrollRuns} and {@code WorkingCalendar}. Registered for
 * ServiceLoader, so a suite with the testkit on its path gets these parameters without any annotation;
 * {@link FoundationDomain} offers the same set as an explicit {@code @Domain}.
 */
public final class FoundationArbitraryProvider implements ArbitraryProvider {

    private static final Map<Class<?>, Supplier<Arbitrary<?>>> BY_TYPE = Map.ofEntries(
            Map.entry(LocalizedText.class, FoundationArbitraries::localizedTexts),
            Map.entry(EmailAddress.class, FoundationArbitraries::emailAddresses),
            Map.entry(Language.class, FoundationArbitraries::languages),
            Map.entry(SectorId.class, FoundationArbitraries::sectorIds),
            Map.entry(OrgUnitId.class, FoundationArbitraries::orgUnitIds),
            Map.entry(CustomerId.class, FoundationArbitraries::customerIds),
            Map.entry(SecretaryId.class, FoundationArbitraries::secretaryIds),
            Map.entry(StaffId.class, FoundationArbitraries::staffIds),
            Map.entry(TeamId.class, FoundationArbitraries::teamIds),
            Map.entry(AgreementCode.class, FoundationArbitraries::agreementCodes),
            Map.entry(CollectiveAgreement.class, FoundationArbitraries::agreements),
            Map.entry(Sector.class, FoundationArbitraries::sectors),
            Map.entry(OrgStructure.class, FoundationArbitraries::orgStructures),
            Map.entry(Customer.class, FoundationArbitraries::customers),
            Map.entry(CustomerBase.class, FoundationArbitraries::customerBases),
            Map.entry(Secretary.class, FoundationArbitraries::secretaries),
            Map.entry(StaffMember.class, FoundationArbitraries::staffMembers),
            Map.entry(ServiceTeam.class, FoundationArbitraries::serviceTeams),
            Map.entry(ServiceCentre.class, FoundationArbitraries::serviceCentres),
            Map.entry(PotAssignment.class, FoundationArbitraries::potAssignments),
            Map.entry(Absence.class, FoundationArbitraries::singleAbsences),
            Map.entry(Absences.class, FoundationArbitraries::absences),
            Map.entry(PayrollRuns.class, FoundationArbitraries::payrollRuns),
            Map.entry(WorkingCalendar.class, FoundationArbitraries::workingCalendars));

    /** Used by ServiceLoader and by {@link FoundationDomain}. */
    public FoundationArbitraryProvider() {
        // stateless: the generators are built per request
    }

    /** Whether the parameter's type (exactly, not a subtype) is one of the foundation's types above. */
    @Override
    public boolean canProvideFor(TypeUsage targetType) {
        return BY_TYPE.containsKey(targetType.getRawType());
    }

    /** The generator for the parameter's type from {@link FoundationArbitraries}. */
    @Override
    public Set<Arbitrary<?>> provideFor(TypeUsage targetType, SubtypeProvider subtypeProvider) {
        return Set.of(BY_TYPE.get(targetType.getRawType()).get());
    }
}
