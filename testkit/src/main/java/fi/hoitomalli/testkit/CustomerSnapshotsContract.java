package fi.hoitomalli.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import fi.hoitomalli.common.EmailAddress;
import fi.hoitomalli.common.Language;
import fi.hoitomalli.common.LocalizedText;
import fi.hoitomalli.common.TextPolicy;
import fi.hoitomalli.customer.AgreementCode;
import fi.hoitomalli.customer.Customer;
import fi.hoitomalli.customer.CustomerBase;
import fi.hoitomalli.customer.CustomerId;
import fi.hoitomalli.customer.CustomerSnapshot;
import fi.hoitomalli.customer.CustomerSnapshots;
import fi.hoitomalli.customer.Employee;
import fi.hoitomalli.customer.Executive;
import fi.hoitomalli.customer.OrgStructure;
import fi.hoitomalli.customer.OrgUnit;
import fi.hoitomalli.customer.OrgUnitId;
import fi.hoitomalli.customer.Sector;
import fi.hoitomalli.customer.SectorId;
import fi.hoitomalli.customer.ServiceCentreStatus;
import fi.hoitomalli.customer.Supervisor;
import org.junit.jupiter.api.Test;

/**
 * The contract of {@link CustomerSnapshots} (tilannekuvien säilö): every implementation — the in-memory
 * one, the JDBC adapter on each database, a city's own — extends this class and passes it unchanged.
 * {@link #emptyStore()} is called once per test and must return a store without snapshots.
 */
public abstract class CustomerSnapshotsContract {

    private static final Instant T0 = Instant.parse("2026-11-27T02:00:00Z");

    /** A store holding no snapshots; called at the start of each test. */
    protected abstract CustomerSnapshots emptyStore();

    @Test
    void latestIsEmptyWhenNothingWasSaved() {
        CustomerSnapshots store = emptyStore();
        assertThat(store.latest()).isEmpty();
        assertThat(store.latestDirectory()).isEmpty();
    }

    @Test
    void savedSnapshotReadsBackEqualInTheSameOrder() {
        CustomerSnapshots store = emptyStore();
        CustomerSnapshot snapshot = new CustomerSnapshot("SAP-HR \"yöajo\" 27.11. — Åbo 😀", T0, trickyBase());
        store.save(snapshot);
        CustomerSnapshot back = store.latest().orElseThrow();
        assertSameSnapshot(back, snapshot);
        assertThat(back.base().inUnit(new OrgUnitId("SIVI-1"))).extracting(Customer::id)
                .containsExactlyElementsOf(snapshot.base().inUnit(new OrgUnitId("SIVI-1")).stream()
                        .map(Customer::id).toList());
    }

    @Test
    void latestIsTheOneTakenLastNotTheOneSavedLast() {
        CustomerSnapshots store = emptyStore();
        store.save(new CustomerSnapshot("newer", T0.plusSeconds(3600), smallBase("N")));
        store.save(new CustomerSnapshot("older", T0, smallBase("O")));
        CustomerSnapshot latest = store.latest().orElseThrow();
        assertThat(latest.label()).isEqualTo("newer");
        assertThat(latest.base().customers()).extracting(c -> c.id().value()).containsExactly("N-1");
    }

    @Test
    void amongEqualInstantsTheOneSavedLastWins() {
        CustomerSnapshots store = emptyStore();
        store.save(new CustomerSnapshot("first", T0, smallBase("A")));
        store.save(new CustomerSnapshot("second", T0, smallBase("B")));
        assertThat(store.latest().orElseThrow().label()).isEqualTo("second");
        store.save(new CustomerSnapshot("third", T0.minusNanos(1000), smallBase("C")));
        assertThat(store.latest().orElseThrow().label()).isEqualTo("second");
    }

    @Test
    void subMicrosecondInstantsReadBackAsSaved() {
        CustomerSnapshots store = emptyStore();
        CustomerSnapshot snapshot = new CustomerSnapshot("µs", Instant.parse("2027-03-01T23:59:59.999999999Z"),
                smallBase("M"));
        store.save(snapshot);
        assertThat(store.latest().orElseThrow().takenAt()).isEqualTo(Instant.parse("2027-03-01T23:59:59.999999Z"));
    }

    @Test
    void emptyBaseRoundTrips() {
        CustomerSnapshots store = emptyStore();
        CustomerSnapshot snapshot = new CustomerSnapshot("empty", T0,
                CustomerBase.of(OrgStructure.of(List.of(), List.of()), List.of()));
        store.save(snapshot);
        assertSameSnapshot(store.latest().orElseThrow(), snapshot);
    }

    @Test
    void largeBaseRoundTrips() {
        CustomerSnapshots store = emptyStore();
        CustomerSnapshot snapshot = new CustomerSnapshot("large", T0, largeBase(6, 40, 2_500));
        store.save(snapshot);
        CustomerSnapshot back = store.latest().orElseThrow();
        assertSameSnapshot(back, snapshot);
        assertThat(back.base().size()).isEqualTo(2_500);
    }

    @Test
    void longTextsRoundTrip() {
        CustomerSnapshots store = emptyStore();
        // as long as the text policy lets a name be, in UTF-16 units, with characters outside the BMP
        String longName = longest("Åsa \"Ö\" 😀 ", TextPolicy.NAME_MAX - 2);
        Sector sector = new Sector(new SectorId("LONG"), new LocalizedText(longName, longName + "sv", longName + "en"),
                false);
        OrgUnit unit = OrgUnit.root(new OrgUnitId("LONG-1"), sector.id(), longName + "xy");
        Employee employee = new Employee(new CustomerId("L-1"), "x".repeat(TextPolicy.NAME_MAX), unit.id(),
                new AgreementCode("KVTES"), Language.FI, Optional.empty(), Optional.empty());
        CustomerSnapshot snapshot = new CustomerSnapshot("long", T0,
                CustomerBase.of(OrgStructure.of(List.of(sector), List.of(unit)), List.of(employee)));
        store.save(snapshot);
        assertSameSnapshot(store.latest().orElseThrow(), snapshot);
    }

    /** The pattern repeated to at most {@code max} UTF-16 units, never splitting a surrogate pair. */
    private static String longest(String pattern, int max) {
        StringBuilder out = new StringBuilder();
        String all = pattern.repeat(max);
        for (int i = 0; i < all.length(); i = all.offsetByCodePoints(i, 1)) {
            int cp = all.codePointAt(i);
            if (out.length() + Character.charCount(cp) > max) {
                break;
            }
            out.appendCodePoint(cp);
        }
        return out.toString();
    }

    @Test
    void savingNullIsRejected() {
        CustomerSnapshots store = emptyStore();
        assertThatThrownBy(() -> store.save(null)).isInstanceOf(NullPointerException.class);
        assertThat(store.latest()).isEmpty();
    }

    /** Asserts that two snapshots hold the same label, instant and base, in the same order. */
    public static void assertSameSnapshot(CustomerSnapshot actual, CustomerSnapshot expected) {
        assertThat(actual.label()).isEqualTo(expected.label());
        assertThat(actual.takenAt()).isEqualTo(expected.takenAt());
        assertSameBase(actual.base(), expected.base());
    }

    /** Asserts that two customer bases hold equal sectors, units and customers, in the same order. */
    public static void assertSameBase(CustomerBase actual, CustomerBase expected) {
        assertThat(actual.orgStructure().sectors()).containsExactlyElementsOf(expected.orgStructure().sectors());
        assertThat(actual.orgStructure().units()).containsExactlyElementsOf(expected.orgStructure().units());
        assertThat(actual.customers()).containsExactlyElementsOf(expected.customers());
    }

    private static CustomerBase smallBase(String prefix) {
        Sector sector = new Sector(new SectorId(prefix + "-S"), LocalizedText.same(prefix), true);
        OrgUnit unit = OrgUnit.root(new OrgUnitId(prefix + "-U"), sector.id(), "Yksikkö " + prefix);
        Employee employee = new Employee(new CustomerId(prefix + "-1"), "Työntekijä " + prefix, unit.id(),
                new AgreementCode("KVTES"), Language.FI, Optional.empty(), Optional.empty());
        return CustomerBase.of(OrgStructure.of(List.of(sector), List.of(unit)), List.of(employee));
    }

    /** Every kind of customer, units given child-first, and text that breaks naive SQL or encodings. */
    private static CustomerBase trickyBase() {
        Sector sivi = new Sector(new SectorId("SIVI"), new LocalizedText("Sivistystoimi", "Bildningsväsendet",
                "Education"), true);
        Sector kuva = new Sector(new SectorId("KUVA'Ä"), new LocalizedText("Kaupunkiympäristö; DROP TABLE x; --",
                "Stadsmiljö \\ \"citat\"", "Urban environment 🏙️"), false);
        OrgUnit root = OrgUnit.root(new OrgUnitId("SIVI-1"), sivi.id(), "Päiväkoti \"Åkerö\" 😀");
        OrgUnit child = OrgUnit.child(new OrgUnitId("SIVI-1-1"), root, "Koulu O'Brien % _")
                .withServiceCentre(ServiceCentreStatus.NOT_CUSTOMER);
        OrgUnit grandChild = OrgUnit.child(new OrgUnitId("SIVI-1-1-1"), child, "Luokka ßñ€")
                .withServiceCentre(ServiceCentreStatus.CUSTOMER);
        OrgUnit kuvaRoot = OrgUnit.root(new OrgUnitId("KUVA-😀"), kuva.id(), "Rakennusvalvonta");
        Supervisor boss = new Supervisor(new CustomerId("S-1"), "Märta Öhman", root.id(), new AgreementCode("KVTES"),
                Language.SV, Optional.of(new EmailAddress("o'hman@vantaa.fi")), Set.of(root.id(), child.id()));
        Employee employee = new Employee(new CustomerId("E-1"), "Jääskeläinen, \"Jaska\"", child.id(),
                new AgreementCode("OVTES"), Language.FI, Optional.empty(), Optional.of(boss.id()));
        Employee orphan = new Employee(new CustomerId("E-2"), "Åström 🧑‍⚕️", grandChild.id(), new AgreementCode("SOTE"),
                Language.EN, Optional.of(new EmailAddress("a.astrom@vantaa.fi")), Optional.empty());
        Executive chief = new Executive(new CustomerId("X-1"), "Chief", root.id(), new AgreementCode("KVTES"),
                Language.FI, Optional.empty());
        Employee reportsToChief = new Employee(new CustomerId("E-3"), "Lahtinen", kuvaRoot.id(),
                new AgreementCode("TS"), Language.FI, Optional.empty(), Optional.of(chief.id()));
        return CustomerBase.of(OrgStructure.of(List.of(kuva, sivi), List.of(grandChild, kuvaRoot, child, root)),
                List.of(employee, boss, orphan, chief, reportsToChief));
    }

    /** A base big enough to span several write batches of a database adapter. */
    private static CustomerBase largeBase(int sectorCount, int unitsPerSector, int customerCount) {
        List<Sector> sectors = new ArrayList<>();
        List<OrgUnit> units = new ArrayList<>();
        for (int s = 0; s < sectorCount; s++) {
            Sector sector = new Sector(new SectorId("S" + s), LocalizedText.same("Toimiala " + s), s % 2 == 0);
            sectors.add(sector);
            OrgUnit root = OrgUnit.root(new OrgUnitId("S" + s + "-U0"), sector.id(), "Juuri " + s);
            units.add(root);
            for (int u = 1; u < unitsPerSector; u++) {
                units.add(OrgUnit.child(new OrgUnitId("S" + s + "-U" + u), root, "Yksikkö " + s + "." + u));
            }
        }
        List<Customer> customers = new ArrayList<>();
        List<CustomerId> supervisors = new ArrayList<>();
        for (int c = 0; c < customerCount; c++) {
            OrgUnit unit = units.get(c % units.size());
            CustomerId id = new CustomerId("C" + c);
            if (c % 15 == 0) {
                Set<OrgUnitId> managed = new LinkedHashSet<>(List.of(unit.id(), units.get((c + 1) % units.size()).id()));
                customers.add(new Supervisor(id, "Esihenkilö " + c, unit.id(), new AgreementCode("KVTES"),
                        Language.FI, Optional.of(new EmailAddress("esi" + c + "@vantaa.fi")), managed));
                supervisors.add(id);
            } else {
                customers.add(new Employee(id, "Työntekijä " + c, unit.id(), new AgreementCode("TTES"),
                        c % 3 == 0 ? Language.SV : Language.FI, Optional.empty(),
                        Optional.of(supervisors.get(supervisors.size() - 1))));
            }
        }
        return CustomerBase.of(OrgStructure.of(sectors, units), customers);
    }
}
