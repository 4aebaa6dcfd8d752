package fi.hoitomalli.jdbc;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
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
import fi.hoitomalli.testkit.CustomerSnapshotsContract;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;

/**
 * Round-trip property of customer snapshots on one database: any snapshot — Finnish and Swedish letters,
 * emoji, quotes, SQL-looking text, 4,000-character names, every kind of customer — is read back equal.
 * Simple generators of its own (the testkit's customer arbitraries come separately); subclasses pick the
 * database and open it in {@code @BeforeContainer}.
 */
abstract class CustomerSnapshotRoundTrip {

    private static final List<String> TOKENS = List.of("a", "B", "ä", "ö", "å", "Ä", "Ö", "Å", "é", "ß", "€",
            "😀", "🧑‍⚕️", "🇫🇮", "'", "\"", "\\", "`", ";", "--", "%", "_", "Jääskeläinen", "Åström", "O'Brien",
            "DROP", "TABLE", "x;", "${x}", "?", "\u00a0");
    /** Tokens of ids: the text policy allows no white space and no invisible character (ZWJ, VS16) in them. */
    private static final List<String> ID_TOKENS = TOKENS.stream()
            .filter(TextPolicy::isIdentifier).toList();
    private static final List<String> SPACES = List.of(" ", "  ");

    /** The database's fixture, opened by the subclass. */
    abstract DatabaseFixture fixture();

    @Property(tries = 20)
    void anySnapshotReadsBackEqual(@ForAll("snapshots") CustomerSnapshot snapshot) {
        CustomerSnapshots store = fixture().emptyStores("hm_customer_snapshot").customerSnapshots();
        store.save(snapshot);
        CustomerSnapshotsContract.assertSameSnapshot(store.latest().orElseThrow(), snapshot);
    }

    @Provide
    Arbitrary<CustomerSnapshot> snapshots() {
        Arbitrary<Instant> at = Combinators.combine(
                Arbitraries.longs().between(Instant.parse("1990-01-01T00:00:00Z").getEpochSecond(),
                        Instant.parse("2100-01-01T00:00:00Z").getEpochSecond()),
                Arbitraries.integers().between(0, 999_999_999)).as(Instant::ofEpochSecond);
        return Combinators.combine(text(10), at, bases()).as(CustomerSnapshot::new);
    }

    private static Arbitrary<String> word(int maxTokens) {
        return Arbitraries.of(TOKENS).list().ofMinSize(1).ofMaxSize(maxTokens).map(t -> String.join("", t));
    }

    private static Arbitrary<String> id(int maxTokens) {
        return Arbitraries.of(ID_TOKENS).list().ofMinSize(1).ofMaxSize(maxTokens).map(t -> String.join("", t));
    }

    /** Text with spaces and a visible character. */
    private static Arbitrary<String> text(int maxTokens) {
        return Arbitraries.oneOf(word(3), Arbitraries.of(SPACES)).list()
                .ofMinSize(1).ofMaxSize(maxTokens).map(t -> String.join("", t))
                .filter(s -> TextPolicy.isAcceptable(TextPolicy.Kind.SINGLE_LINE, s, TextPolicy.NAME_MAX));
    }

    /** A name; now and then as long as the text policy allows ({@link TextPolicy#NAME_MAX}). */
    private static Arbitrary<String> name() {
        int max = TextPolicy.NAME_MAX;
        Arbitrary<String> longest = word(2).map(w -> cutAt(("Ä" + w).repeat(max / (w.length() + 1) + 1), max));
        return Arbitraries.frequencyOf(
                Tuple.of(12, text(8)),
                Tuple.of(1, longest));
    }

    /** At most {@code max} chars, never splitting a surrogate pair (a lone surrogate is not text). */
    private static String cutAt(String text, int max) {
        int end = Math.min(max, text.length());
        return Character.isHighSurrogate(text.charAt(end - 1)) ? text.substring(0, end - 1) : text.substring(0, end);
    }

    private record SectorSpec(String id, LocalizedText name, boolean serviceCentre) {
    }

    private record UnitSpec(int sector, int parent, String name, ServiceCentreStatus status) {
    }

    private record CustomerSpec(int kind, String id, String name, int unit, String agreement, Language language,
                                Optional<String> email, List<Integer> picks) {
    }

    private Arbitrary<CustomerBase> bases() {
        Arbitrary<SectorSpec> sector = Combinators.combine(id(3),
                Combinators.combine(name(), name(), name()).as(LocalizedText::new),
                Arbitraries.of(true, false)).as(SectorSpec::new);
        Arbitrary<UnitSpec> unit = Combinators.combine(Arbitraries.integers().between(0, 100),
                Arbitraries.integers().between(0, 100), name(), Arbitraries.of(ServiceCentreStatus.class))
                .as(UnitSpec::new);
        Arbitrary<Optional<String>> email = Arbitraries.strings().withChars("abcxyzäöå019'._+-".replaceAll("[äöå]", ""))
                .ofMinLength(1).ofMaxLength(12).map(local -> local + "@vantaa.fi").optional();
        Arbitrary<CustomerSpec> customer = Combinators.combine(Arbitraries.integers().between(0, 2), id(3), name(),
                Arbitraries.integers().between(0, 100), id(2), Arbitraries.of(Language.class), email,
                Arbitraries.integers().between(0, 100).list().ofMinSize(1).ofMaxSize(3)).as(CustomerSpec::new);
        return Combinators.combine(sector.list().ofMaxSize(3), unit.list().ofMaxSize(12),
                customer.list().ofMaxSize(25), Arbitraries.of(true, false)).as(CustomerSnapshotRoundTrip::base);
    }

    /** Turns the specs into a valid base: unique ids by position, parents and bosses picked modulo. */
    private static CustomerBase base(List<SectorSpec> sectorSpecs, List<UnitSpec> unitSpecs,
                                     List<CustomerSpec> customerSpecs, boolean childrenFirst) {
        List<Sector> sectors = new ArrayList<>();
        for (int i = 0; i < sectorSpecs.size(); i++) {
            SectorSpec spec = sectorSpecs.get(i);
            sectors.add(new Sector(new SectorId(spec.id() + "-S" + i), spec.name(), spec.serviceCentre()));
        }
        List<OrgUnit> units = new ArrayList<>();
        for (int i = 0; sectors.size() > 0 && i < unitSpecs.size(); i++) {
            UnitSpec spec = unitSpecs.get(i);
            Sector sector = sectors.get(spec.sector() % sectors.size());
            List<OrgUnit> sameSector = units.stream().filter(u -> u.sector().equals(sector.id())).toList();
            int pick = spec.parent() % (sameSector.size() + 1);
            Optional<OrgUnitId> parent = pick == 0 ? Optional.empty() : Optional.of(sameSector.get(pick - 1).id());
            units.add(new OrgUnit(new OrgUnitId(sector.id().value() + "-U" + i), sector.id(), parent, spec.name(),
                    spec.status()));
        }
        List<CustomerId> bosses = new ArrayList<>();
        for (int i = 0; !units.isEmpty() && i < customerSpecs.size(); i++) {
            if (customerSpecs.get(i).kind() > 0) {
                bosses.add(customerId(customerSpecs.get(i), i));
            }
        }
        List<Customer> customers = new ArrayList<>();
        for (int i = 0; !units.isEmpty() && i < customerSpecs.size(); i++) {
            customers.add(customer(customerSpecs.get(i), i, units, bosses));
        }
        List<OrgUnit> ordered = new ArrayList<>(units);
        if (childrenFirst) {
            Collections.reverse(ordered);
        }
        return CustomerBase.of(OrgStructure.of(sectors, ordered), customers);
    }

    private static CustomerId customerId(CustomerSpec spec, int index) {
        return new CustomerId(spec.id() + "-C" + index);
    }

    private static Customer customer(CustomerSpec spec, int index, List<OrgUnit> units, List<CustomerId> bosses) {
        CustomerId id = customerId(spec, index);
        OrgUnitId unit = units.get(spec.unit() % units.size()).id();
        AgreementCode agreement = new AgreementCode(spec.agreement());
        Optional<EmailAddress> email = spec.email().map(EmailAddress::new);
        int pick = spec.picks().get(0);
        return switch (spec.kind()) {
            case 0 -> new Employee(id, spec.name(), unit, agreement, spec.language(), email,
                    pick % (bosses.size() + 1) == 0 ? Optional.empty()
                            : Optional.of(bosses.get(pick % (bosses.size() + 1) - 1)));
            case 1 -> {
                Set<OrgUnitId> managed = new LinkedHashSet<>();
                spec.picks().forEach(p -> managed.add(units.get(p % units.size()).id()));
                yield new Supervisor(id, spec.name(), unit, agreement, spec.language(), email, managed);
            }
            default -> new Executive(id, spec.name(), unit, agreement, spec.language(), email);
        };
    }
}
