package fi.hoitomalli.reference;

import static com.google.common.base.Preconditions.checkArgument;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import fi.hoitomalli.common.LocalizedText;
import fi.hoitomalli.customer.AgreementCode;
import fi.hoitomalli.customer.CollectiveAgreement;
import fi.hoitomalli.customer.Sector;
import fi.hoitomalli.customer.SectorId;
import fi.hoitomalli.customer.ServiceCentreStatus;
import fi.hoitomalli.team.PotPolicy;
import fi.hoitomalli.team.TeamId;

/**
 * The Vantaa reference (Vantaan referenssiaineisto): the city's six sectors with their 2009 headcounts
 * (11,416 in all), about 720 supervisors, and the HR service centre's 41 secretaries {@code S01…S41} in
 * six teams with substitute pairs — generated with {@link CityGenerator} from a fixed seed, so the
 * numbers of the source hold exactly and the rest (units, names, agreements) is realistic and always
 * the same.
 *
 * <p>Sectors: Sivistystoimi (SIVI, 5402), Sosiaali- ja terveydenhuolto (SOTE, 2790), Tilakeskus (TILA,
 * 1206), Keskushallinto (KEHA, 934), Maankäyttö ja ympäristö (MAY, 601), Vapaa-aika ja asukaspalvelut
 * (VAPA, 483). Education is not a service-centre customer except its early-childhood area; the other
 * sectors are, except SOTE's elderly and disability services.
 */
public final class VantaaReference {

    /** The seed of the reference city. */
    public static final long SEED = 2009L;
    /** All customers of the reference, 2009. */
    public static final int HEADCOUNT = 11_416;
    /** Supervisors in the reference. */
    public static final int SUPERVISORS = 720;
    /** Executives per sector (in the sector's root unit). */
    public static final int EXECUTIVES_PER_SECTOR = 3;

    /** Sivistystoimi (education). */
    public static final SectorId SIVI = new SectorId("SIVI");
    /** Sosiaali- ja terveydenhuolto (social and health care). */
    public static final SectorId SOTE = new SectorId("SOTE");
    /** Tilakeskus (premises centre). */
    public static final SectorId TILA = new SectorId("TILA");
    /** Keskushallinto (central administration). */
    public static final SectorId KEHA = new SectorId("KEHA");
    /** Maankäyttö ja ympäristö (land use and environment). */
    public static final SectorId MAY = new SectorId("MAY");
    /** Vapaa-aika ja asukaspalvelut (leisure and resident services). */
    public static final SectorId VAPA = new SectorId("VAPA");

    private static final int[] HEADCOUNTS = {5402, 2790, 1206, 934, 601, 483};
    private static final int[] TEAM_SIZES = {10, 9, 10, 4, 4, 4};

    private VantaaReference() {
    }

    /** The six sectors with names in fi/sv/en, largest first. */
    public static List<Sector> sectors() {
        return List.of(
                new Sector(SIVI, new LocalizedText("Sivistystoimi", "Bildningsväsendet", "Education"), false),
                new Sector(SOTE, new LocalizedText("Sosiaali- ja terveydenhuolto", "Social- och hälsovården",
                        "Social and Health Care"), true),
                new Sector(TILA, new LocalizedText("Tilakeskus", "Lokalcentralen", "Premises Centre"), true),
                new Sector(KEHA, new LocalizedText("Keskushallinto", "Centralförvaltningen",
                        "Central Administration"), true),
                new Sector(MAY, new LocalizedText("Maankäyttö ja ympäristö", "Markanvändning och miljö",
                        "Land Use and Environment"), true),
                new Sector(VAPA, new LocalizedText("Vapaa-aika ja asukaspalvelut", "Fritid och invånarservice",
                        "Leisure and Resident Services"), true));
    }

    /** The 2009 headcount of each sector, in the order of {@link #sectors()}. */
    public static List<Integer> headcounts() {
        return List.of(5402, 2790, 1206, 934, 601, 483);
    }

    /** The reference city; built once (about half a second) and shared, it is immutable. */
    public static ReferenceCity city() {
        return Holder.CITY;
    }

    /** The spec of the reference city: Vantaa's headcounts, teams and {@link PotPolicy#VANTAA}. */
    public static CitySpec spec() {
        return scaled(HEADCOUNT, SUPERVISORS, 41, PotPolicy.VANTAA);
    }

    /**
     * A city shaped like Vantaa but of another size, for benchmarks: the headcount and supervisors are
     * split over the six sectors and the secretaries over the six teams in Vantaa's proportions.
     *
     * @param headcount all customers, at least {@code supervisors + 18}
     * @param supervisors supervisors (about one per org unit), at least 100
     * @param secretaries secretaries, at least 6
     * @param policy the pot policy
     * @throws IllegalArgumentException if a number is out of range
     */
    public static CitySpec scaled(int headcount, int supervisors, int secretaries, PotPolicy policy) {
        checkArgument(supervisors >= 100 && secretaries >= 6
                        && (long) headcount >= (long) supervisors + 6L * EXECUTIVES_PER_SECTOR,
                "a scaled Vantaa needs at least 100 supervisors, 6 secretaries and room for the executives");
        double[] sectorWeights = new double[HEADCOUNTS.length];
        for (int i = 0; i < HEADCOUNTS.length; i++) {
            sectorWeights[i] = HEADCOUNTS[i];
        }
        int[] bosses = Allocation.largestRemainder(supervisors, sectorWeights);
        int[] heads = headcounts(headcount, bosses, sectorWeights);
        double[] teamWeights = new double[TEAM_SIZES.length];
        for (int i = 0; i < TEAM_SIZES.length; i++) {
            teamWeights[i] = TEAM_SIZES[i];
        }
        int[] members = Allocation.largestRemainder(secretaries - TEAM_SIZES.length, teamWeights);
        List<Sector> sectors = sectors();
        List<SectorSpec> specs = new ArrayList<>();
        for (int i = 0; i < sectors.size(); i++) {
            specs.add(new SectorSpec(sectors.get(i), heads[i], bosses[i], EXECUTIVES_PER_SECTOR, areas(i)));
        }
        List<TeamSpec> teams = List.of(
                new TeamSpec(new TeamId("T1"), "Sivistys 1", Set.of(SIVI), members[0] + 1),
                new TeamSpec(new TeamId("T2"), "Sivistys 2", Set.of(SIVI), members[1] + 1),
                new TeamSpec(new TeamId("T3"), "Sote", Set.of(SOTE), members[2] + 1),
                new TeamSpec(new TeamId("T4"), "Tilakeskus", Set.of(TILA), members[3] + 1),
                new TeamSpec(new TeamId("T5"), "Keskushallinto", Set.of(KEHA), members[4] + 1),
                new TeamSpec(new TeamId("T6"), "Maankäyttö ja vapaa-aika", Set.of(MAY, VAPA), members[5] + 1));
        return new CitySpec("Vantaa", "vantaa.fi", specs, teams, policy);
    }

    /**
     * Vantaa's exact 2009 headcounts when they fit; otherwise each sector gets its supervisors and
     * executives plus a share of the rest in Vantaa's proportions, so every sector is feasible.
     */
    private static int[] headcounts(int headcount, int[] bosses, double[] weights) {
        boolean exact = headcount == HEADCOUNT;
        for (int i = 0; exact && i < bosses.length; i++) {
            exact = HEADCOUNTS[i] >= bosses[i] + EXECUTIVES_PER_SECTOR;
        }
        if (exact) {
            return HEADCOUNTS.clone();
        }
        int fixed = EXECUTIVES_PER_SECTOR * bosses.length;
        for (int b : bosses) {
            fixed += b;
        }
        int[] heads = Allocation.largestRemainder(headcount - fixed, weights);
        for (int i = 0; i < heads.length; i++) {
            heads[i] += bosses[i] + EXECUTIVES_PER_SECTOR;
        }
        return heads;
    }

    private static List<AreaSpec> areas(int sector) {
        CollectiveAgreement kvtes = CollectiveAgreement.KVTES;
        return switch (sector) {
            case 0 -> List.of(
                    area("Perusopetus", "Koulu", 45, mix(CollectiveAgreement.OVTES, 70, kvtes, 30)),
                    new AreaSpec("Varhaiskasvatus", "Päiväkoti", 40, ServiceCentreStatus.CUSTOMER,
                            mix(kvtes, 95, CollectiveAgreement.OVTES, 5)),
                    area("Lukio- ja ammatillinen koulutus", "Lukio", 8,
                            mix(CollectiveAgreement.OVTES, 75, kvtes, 25)),
                    area("Kulttuuripalvelut", "Kirjasto", 7, mix(kvtes, 90, CollectiveAgreement.TTES, 10)));
            case 1 -> List.of(
                    area("Terveyspalvelut", "Terveysasema", 35,
                            mix(CollectiveAgreement.SOTE, 60, CollectiveAgreement.LS, 25, kvtes, 15)),
                    area("Sairaala- ja kuntoutuspalvelut", "Osasto", 25,
                            mix(CollectiveAgreement.SOTE, 80, CollectiveAgreement.LS, 10, kvtes, 10)),
                    area("Sosiaalipalvelut", "Sosiaalitoimisto", 25, mix(CollectiveAgreement.SOTE, 85, kvtes, 15)),
                    new AreaSpec("Vanhus- ja vammaispalvelut", "Palvelutalo", 15, ServiceCentreStatus.NOT_CUSTOMER,
                            mix(CollectiveAgreement.SOTE, 90, kvtes, 10)));
            case 2 -> List.of(
                    area("Rakennuttaminen", "Hanketiimi", 20, mix(CollectiveAgreement.TS, 80, kvtes, 20)),
                    area("Kiinteistönhoito", "Huoltoalue", 45,
                            mix(CollectiveAgreement.TTES, 70, CollectiveAgreement.TS, 20, kvtes, 10)),
                    area("Siivous- ja ruokapalvelut", "Palvelualue", 35,
                            mix(CollectiveAgreement.TTES, 50, kvtes, 50)));
            case 3 -> List.of(
                    area("Talous ja hallinto", "Tiimi", 40, mix(kvtes, 90, CollectiveAgreement.TS, 10)),
                    area("Henkilöstökeskus", "Henkilöstötiimi", 30, mix(kvtes, 100)),
                    area("Tietohallinto", "Tietotiimi", 30, mix(CollectiveAgreement.TS, 60, kvtes, 40)));
            case 4 -> List.of(
                    area("Kaupunkisuunnittelu", "Suunnittelutiimi", 35, mix(CollectiveAgreement.TS, 70, kvtes, 30)),
                    area("Kuntatekniikka", "Tukikohta", 45,
                            mix(CollectiveAgreement.TTES, 50, CollectiveAgreement.TS, 35, kvtes, 15)),
                    area("Ympäristökeskus", "Ympäristötiimi", 20, mix(kvtes, 60, CollectiveAgreement.TS, 40)));
            default -> List.of(
                    area("Liikuntapalvelut", "Liikuntapaikka", 40, mix(kvtes, 75, CollectiveAgreement.TTES, 25)),
                    area("Nuorisopalvelut", "Nuorisotila", 35, mix(kvtes, 100)),
                    area("Asukaspalvelut", "Palvelupiste", 25, mix(kvtes, 90, CollectiveAgreement.TTES, 10)));
        };
    }

    private static AreaSpec area(String name, String kind, int weight, List<AgreementShare> mix) {
        return new AreaSpec(name, kind, weight, ServiceCentreStatus.INHERIT, mix);
    }

    private static List<AgreementShare> mix(Object... agreementsAndWeights) {
        List<AgreementShare> out = new ArrayList<>();
        for (int i = 0; i < agreementsAndWeights.length; i += 2) {
            AgreementCode code = ((CollectiveAgreement) agreementsAndWeights[i]).code();
            out.add(new AgreementShare(code, (Integer) agreementsAndWeights[i + 1]));
        }
        return out;
    }

    private static final class Holder {
        static final ReferenceCity CITY = CityGenerator.seeded(SEED).generate(spec());
    }
}
