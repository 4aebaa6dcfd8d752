package fi.hoitomalli.reference;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.SplittableRandom;
import fi.hoitomalli.common.EmailAddress;
import fi.hoitomalli.common.Language;
import fi.hoitomalli.customer.AgreementCode;
import fi.hoitomalli.customer.CollectiveAgreement;
import fi.hoitomalli.customer.Customer;
import fi.hoitomalli.customer.CustomerBase;
import fi.hoitomalli.customer.CustomerId;
import fi.hoitomalli.customer.Employee;
import fi.hoitomalli.customer.Executive;
import fi.hoitomalli.customer.OrgStructure;
import fi.hoitomalli.customer.OrgUnit;
import fi.hoitomalli.customer.OrgUnitId;
import fi.hoitomalli.customer.Sector;
import fi.hoitomalli.customer.Supervisor;
import fi.hoitomalli.team.ManagementGroup;
import fi.hoitomalli.team.PotAssignment;
import fi.hoitomalli.team.PotPlan;
import fi.hoitomalli.team.PotPlanInfeasible;
import fi.hoitomalli.team.PotPlanResult;
import fi.hoitomalli.team.PotPlanner;
import fi.hoitomalli.team.Secretary;
import fi.hoitomalli.team.SecretaryId;
import fi.hoitomalli.team.ServiceCentre;
import fi.hoitomalli.team.ServiceTeam;
import fi.hoitomalli.team.StaffId;
import fi.hoitomalli.team.StaffMember;
import fi.hoitomalli.team.SubstitutePair;
import fi.hoitomalli.team.TeamId;

/**
 * A deterministic generator of realistic cities (kaupunkigeneraattori) for tests, demos and benchmarks.
 * The seed is the only source of variation: the same seed and spec give an equal city.
 *
 * <p>Each sector gets a root unit (the sector's administration, where its executives work), one or more
 * result-area units per {@link AreaSpec} (at most about 30 operating units each) and operating units
 * below them, so the tree is 2–3 levels deep. Every area and operating unit is led by one supervisor
 * working in it. The remaining headcount is spread over the operating units with log-normal sizes (a few
 * large schools, many small teams), exactly to the sector's headcount. Agreements follow the area's mix,
 * languages are about 94 % Finnish, 5 % Swedish and 1 % English. Secretaries are numbered {@code S01…}
 * across the teams; consecutive members of a team form substitute pairs and an odd last member has
 * none. The pots are planned with {@link PotPlanner#balanced} to the spec's policy.
 *
 * <p>Names are drawn from small pools and shared between customers, so a million customers take a few
 * hundred megabytes. Not thread-safe: one generator per thread.
 */
public final class CityGenerator {

    private static final int UNITS_PER_AREA = 30;
    private static final String[] FI_FIRST = {"Aino", "Anna", "Eeva", "Elina", "Helena", "Johanna", "Kaisa",
        "Laura", "Leena", "Liisa", "Maija", "Marja", "Minna", "Paula", "Riikka", "Sari", "Tiina", "Tuula",
        "Antti", "Eero", "Heikki", "Jari", "Juha", "Jukka", "Kari", "Markku", "Matti", "Mikko", "Pekka",
        "Timo"};
    private static final String[] FI_LAST = {"Korhonen", "Virtanen", "Mäkinen", "Nieminen", "Mäkelä",
        "Hämäläinen", "Laine", "Heikkinen", "Koskinen", "Järvinen", "Lehtonen", "Lehtinen", "Saarinen",
        "Salminen", "Heinonen", "Niemi", "Heikkilä", "Kinnunen", "Salonen", "Turunen", "Salo", "Laitinen",
        "Tuominen", "Rantanen", "Karjalainen", "Jokinen", "Mattila", "Savolainen", "Lahtinen", "Ahonen",
        "Leinonen", "Kallio", "Hiltunen", "Miettinen", "Aaltonen", "Pitkänen", "Lindberg", "Manninen",
        "Koivisto", "Räsänen"};
    private static final String[] SV_FIRST = {"Anders", "Björn", "Erik", "Johan", "Karl", "Anna", "Ebba",
        "Ingrid", "Karin", "Linnea"};
    private static final String[] SV_LAST = {"Lindholm", "Holmström", "Sundqvist", "Ekström", "Nyberg",
        "Lindqvist", "Forsman", "Westerlund", "Grönroos", "Blomqvist"};
    private static final String[] EN_FIRST = {"James", "Mary", "David", "Sarah", "Daniel", "Emily"};
    private static final String[] EN_LAST = {"Smith", "Brown", "Wilson", "Taylor", "Evans", "Clarke"};

    private final SplittableRandom random;
    private final NamePool fi = new NamePool(FI_FIRST, FI_LAST);
    private final NamePool sv = new NamePool(SV_FIRST, SV_LAST);
    private final NamePool en = new NamePool(EN_FIRST, EN_LAST);
    private int customerSeq;

    private CityGenerator(long seed) {
        this.random = new SplittableRandom(seed);
    }

    /** A generator whose only source of variation is the seed. */
    public static CityGenerator seeded(long seed) {
        return new CityGenerator(seed);
    }

    /**
     * Generates the city of the spec and plans its pots.
     *
     * @throws NullPointerException if the spec is null
     * @throws IllegalArgumentException if the pots cannot be planned to the spec's policy (the message
     *     carries the planner's explanation)
     */
    public ReferenceCity generate(CitySpec spec) {
        Objects.requireNonNull(spec, "spec must not be null");
        List<Sector> sectors = new ArrayList<>();
        List<OrgUnit> units = new ArrayList<>();
        List<Customer> customers = new ArrayList<>((int) Math.min(Integer.MAX_VALUE - 8, spec.headcount()));
        for (SectorSpec sector : spec.sectors()) {
            sectors.add(sector.sector());
            generateSector(sector, spec.emailDomain(), units, customers);
        }
        OrgStructure org = OrgStructure.of(sectors, units);
        CustomerBase base = CustomerBase.of(org, customers);
        ServiceCentre centre = serviceCentre(spec);
        PotPlanResult result = PotPlanner.balanced(spec.policy()).plan(base, centre);
        if (result instanceof PotPlanInfeasible infeasible) {
            throw new IllegalArgumentException("the spec's pots cannot be planned: "
                    + infeasible.explanations().stream().map(t -> t.en()).toList());
        }
        PotAssignment assignment = ((PotPlan) result).assignment();
        return new ReferenceCity(spec.name(), org, base, centre, spec.policy(), assignment);
    }

    private void generateSector(SectorSpec spec, String domain, List<OrgUnit> units, List<Customer> customers) {
        String code = spec.sector().id().value();
        OrgUnit root = OrgUnit.root(new OrgUnitId(code + "-00"), spec.sector().id(),
                spec.sector().name().fi() + ", hallinto");
        units.add(root);
        for (int i = 0; i < spec.executives(); i++) {
            customers.add(executive(root.id(), domain));
        }
        List<AreaSpec> areas = spec.areas();
        double[] weights = areas.stream().mapToDouble(AreaSpec::weight).toArray();
        int[] areaUnits = new int[areas.size()];
        int[] share = Allocation.largestRemainder(spec.supervisors(), weights);
        int areaUnitTotal = 0;
        for (int a = 0; a < areas.size(); a++) {
            areaUnits[a] = Math.max(1, Math.min(share[a], (share[a] + UNITS_PER_AREA) / (UNITS_PER_AREA + 1)));
            areaUnitTotal += areaUnits[a];
        }
        if (areaUnitTotal > spec.supervisors()) {
            java.util.Arrays.fill(areaUnits, 1);
            areaUnitTotal = areas.size();
        }
        int[] operating = Allocation.largestRemainder(spec.supervisors() - areaUnitTotal, weights);
        int employees = spec.headcount() - spec.supervisors() - spec.executives();
        int[] areaEmployees = Allocation.largestRemainder(employees, weights);
        int unitNo = 0;
        for (int a = 0; a < areas.size(); a++) {
            AreaSpec area = areas.get(a);
            int[] perRegion = Allocation.largestRemainder(operating[a], ones(areaUnits[a]));
            int[] regionEmployees = Allocation.largestRemainder(areaEmployees[a], perRegionWeights(perRegion));
            for (int r = 0; r < areaUnits[a]; r++) {
                String regionName = areaUnits[a] == 1 ? area.name() : area.name() + ", alue " + (r + 1);
                OrgUnit region = new OrgUnit(new OrgUnitId(String.format(Locale.ROOT, "%s-A%02d-%02d", code, a + 1,
                        r + 1)), spec.sector().id(), Optional.of(root.id()), regionName, area.serviceCentre());
                units.add(region);
                Supervisor regionBoss = supervisor(region.id(), area, domain);
                customers.add(regionBoss);
                if (perRegion[r] == 0) {
                    addEmployees(regionEmployees[r], region.id(), regionBoss.id(), area, domain, customers);
                    continue;
                }
                double[] sizes = new double[perRegion[r]];
                for (int u = 0; u < sizes.length; u++) {
                    sizes[u] = Math.exp(0.6 * gaussian());
                }
                int[] unitEmployees = Allocation.largestRemainder(regionEmployees[r], sizes);
                for (int u = 0; u < sizes.length; u++) {
                    unitNo++;
                    OrgUnit unit = OrgUnit.child(new OrgUnitId(padded(code + "-U", unitNo, 5)),
                            region, area.unitKind() + " " + unitNo);
                    units.add(unit);
                    Supervisor boss = supervisor(unit.id(), area, domain);
                    customers.add(boss);
                    addEmployees(unitEmployees[u], unit.id(), boss.id(), area, domain, customers);
                }
            }
        }
    }

    private static double[] ones(int n) {
        double[] out = new double[n];
        java.util.Arrays.fill(out, 1.0);
        return out;
    }

    /** Regions share their area's employees by their number of operating units (at least one each). */
    private static double[] perRegionWeights(int[] perRegion) {
        double[] out = new double[perRegion.length];
        for (int i = 0; i < out.length; i++) {
            out[i] = Math.max(1, perRegion[i]);
        }
        return out;
    }

    private void addEmployees(int n, OrgUnitId unit, CustomerId boss, AreaSpec area, String domain,
                              List<Customer> customers) {
        Optional<CustomerId> supervisor = Optional.of(boss);
        for (int i = 0; i < n; i++) {
            Person p = person(domain);
            customers.add(new Employee(p.id, p.name, unit, agreement(area), p.language, p.email, supervisor));
        }
    }

    private Supervisor supervisor(OrgUnitId unit, AreaSpec area, String domain) {
        Person p = person(domain);
        return new Supervisor(p.id, p.name, unit, agreement(area), p.language, p.email, Set.of(unit));
    }

    private Executive executive(OrgUnitId unit, String domain) {
        Person p = person(domain);
        return new Executive(p.id, p.name, unit, CollectiveAgreement.KVTES.code(), p.language, p.email);
    }

    private AgreementCode agreement(AreaSpec area) {
        List<AgreementShare> mix = area.agreements();
        int total = 0;
        for (AgreementShare share : mix) {
            total += share.weight();
        }
        int pick = random.nextInt(total);
        for (AgreementShare share : mix) {
            pick -= share.weight();
            if (pick < 0) {
                return share.agreement();
            }
        }
        throw new IllegalStateException("unreachable: weights sum to " + total);
    }

    private record Person(CustomerId id, String name, Language language, Optional<EmailAddress> email) {
    }

    private Person person(String domain) {
        int roll = random.nextInt(100);
        Language language = roll < 5 ? Language.SV : roll < 6 ? Language.EN : Language.FI;
        NamePool pool = switch (language) {
            case FI -> fi;
            case SV -> sv;
            case EN -> en;
        };
        int name = random.nextInt(pool.size());
        customerSeq++;
        CustomerId id = new CustomerId(padded("P", customerSeq, 7));
        EmailAddress email = new EmailAddress(pool.local(name) + "." + customerSeq + "@" + domain);
        return new Person(id, pool.name(name), language, Optional.of(email));
    }

    /** {@code prefix} and the number zero-padded to {@code width} digits; String.format is too slow here. */
    private static String padded(String prefix, int number, int width) {
        String digits = Integer.toString(number);
        StringBuilder out = new StringBuilder(prefix.length() + Math.max(width, digits.length())).append(prefix);
        for (int i = digits.length(); i < width; i++) {
            out.append('0');
        }
        return out.append(digits).toString();
    }

    private double gaussian() {
        // Box–Muller on the seeded generator: SplittableRandom has no nextGaussian on Java 17.
        double u1 = 1.0 - random.nextDouble();
        double u2 = random.nextDouble();
        return Math.sqrt(-2 * Math.log(u1)) * Math.cos(2 * Math.PI * u2);
    }

    private ServiceCentre serviceCentre(CitySpec spec) {
        String domain = spec.emailDomain();
        int width = Math.max(2, String.valueOf(spec.secretaries()).length());
        List<ServiceTeam> teams = new ArrayList<>();
        List<Secretary> secretaries = new ArrayList<>();
        List<StaffMember> leads = new ArrayList<>();
        int seq = 0;
        for (int t = 0; t < spec.teams().size(); t++) {
            TeamSpec team = spec.teams().get(t);
            List<SecretaryId> members = new ArrayList<>();
            for (int i = 0; i < team.secretaries(); i++) {
                seq++;
                SecretaryId id = new SecretaryId(String.format(Locale.ROOT, "S%0" + width + "d", seq));
                secretaries.add(new Secretary(id, fi.name(seq * 7 % fi.size()),
                        new EmailAddress(fi.local(seq * 7 % fi.size()) + ".s" + seq + "@" + domain), Language.FI));
                members.add(id);
            }
            List<SubstitutePair> pairs = new ArrayList<>();
            for (int i = 0; i + 1 < members.size(); i += 2) {
                pairs.add(new SubstitutePair(members.get(i), members.get(i + 1)));
            }
            StaffMember lead = staff("L" + (t + 1), t * 11 + 3, domain);
            leads.add(lead);
            teams.add(new ServiceTeam(team.id(), team.name(), team.sectors(), lead.id(), members, pairs));
        }
        ManagementGroup management = new ManagementGroup(staff("HEAD", 101, domain), leads,
                staff("LAWYER", 202, domain));
        return ServiceCentre.of(teams, secretaries, management);
    }

    private StaffMember staff(String id, int nameIndex, String domain) {
        int name = nameIndex % fi.size();
        return new StaffMember(new StaffId(id), fi.name(name),
                new EmailAddress(fi.local(name) + "." + id.toLowerCase(Locale.ROOT) + "@" + domain), Language.FI);
    }

    /** Every first × last name combination once, with its ASCII e-mail local part, shared by customers. */
    private static final class NamePool {
        private final String[] names;
        private final String[] locals;

        NamePool(String[] first, String[] last) {
            names = new String[first.length * last.length];
            locals = new String[names.length];
            for (int f = 0; f < first.length; f++) {
                for (int l = 0; l < last.length; l++) {
                    int i = f * last.length + l;
                    names[i] = first[f] + " " + last[l];
                    locals[i] = ascii(first[f]) + "." + ascii(last[l]);
                }
            }
        }

        int size() {
            return names.length;
        }

        String name(int i) {
            return names[i];
        }

        String local(int i) {
            return locals[i];
        }

        private static String ascii(String text) {
            return Normalizer.normalize(text, Normalizer.Form.NFD).replaceAll("\\p{M}", "").toLowerCase(Locale.ROOT);
        }
    }
}
