package fi.hoitomalli.jdbc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Year;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.IntPredicate;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import fi.hoitomalli.access.AccessDecision;
import fi.hoitomalli.access.AccessPolicy;
import fi.hoitomalli.access.Actor;
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
import fi.hoitomalli.customer.OrgStructure;
import fi.hoitomalli.customer.OrgUnit;
import fi.hoitomalli.customer.OrgUnitId;
import fi.hoitomalli.customer.Role;
import fi.hoitomalli.customer.Sector;
import fi.hoitomalli.customer.SectorId;
import fi.hoitomalli.forms.CustomerSegment;
import fi.hoitomalli.forms.FeedbackChannel;
import fi.hoitomalli.forms.FeedbackDetails;
import fi.hoitomalli.forms.FeedbackId;
import fi.hoitomalli.forms.FeedbackKind;
import fi.hoitomalli.forms.FeedbackReason;
import fi.hoitomalli.forms.FeedbackReport;
import fi.hoitomalli.forms.FeedbackReports;
import fi.hoitomalli.forms.SituationDetails;
import fi.hoitomalli.forms.SituationId;
import fi.hoitomalli.forms.SituationReport;
import fi.hoitomalli.forms.SituationReports;
import fi.hoitomalli.forms.SituationTopic;
import fi.hoitomalli.plan.AccountPlan;
import fi.hoitomalli.plan.AccountPlanVersion;
import fi.hoitomalli.plan.AccountPlans;
import fi.hoitomalli.plan.AccountTeamMember;
import fi.hoitomalli.plan.DevelopmentActions;
import fi.hoitomalli.plan.GeneralInformation;
import fi.hoitomalli.plan.KeyPerson;
import fi.hoitomalli.plan.RelationshipDescription;
import fi.hoitomalli.plan.Responsibilities;
import fi.hoitomalli.team.SecretaryId;
import fi.hoitomalli.team.StaffId;
import fi.hoitomalli.team.TeamId;
import org.junit.jupiter.api.Test;

/**
 * Every character the library's text policy allows, at the policy's largest lengths, through the real
 * stores and back equal: the whole Basic Multilingual Plane except the C0 and C1 controls (TAB and LF kept
 * in multi-line texts), the surrogates and the noncharacters — unassigned and private-use code points
 * included — and astral characters (emoji, CJK Extension B), combining sequences and right-to-left text;
 * ids of 64 characters of visible characters with astral pairs among them, names of 200 characters, free
 * texts of 4,000 (lengths in {@link String#length()}). And what no supported database stores (U+0000, an
 * unpaired surrogate) is refused before anything is written, on every database alike. Subclasses pick the
 * database.
 */
abstract class TextRoundTripScenarios {

    static final int ID = 64;
    static final int NAME = 200;
    static final int TEXT = 4_000;
    private static final Instant T0 = Instant.parse("2027-01-15T08:00:00Z");
    private static final LocalDate DAY = LocalDate.of(2027, 1, 15);
    private static final AccessPolicy ALLOW_ALL = (actor, resource) -> new AccessDecision.Allowed("test");
    private static final Actor ANYONE = new Actor.ManagementGroup(new StaffId("H-1"));

    /** Astral characters, combining sequences and right-to-left text, added to the BMP's characters. */
    private static final String EXTRAS = codePoints(0x1F600, 0x1F64F, c -> true) + codePoints(0x20000, 0x2004F, c -> true)
            + "👩‍👩‍👧‍👦 🇫🇮 🏳️‍🌈 e\u0301 a\u0308\u0301 क्षि ﷺ שָׁלוֹם مَرْحَبًا \u202Bעברית\u202C 𝔘𝔫𝔦𝔠𝔬𝔡𝔢 𐍈";
    private static final String VISIBLE_EXTRAS = codePoints(0x1F600, 0x1F64F, c -> true)
            + codePoints(0x20000, 0x2004F, c -> true) + "𝔘𝔫𝔦𝔠𝔬𝔡𝔢𐍈";

    /** The database of the subclass. */
    abstract DatabaseExtension db();

    // --- the characters -----------------------------------------------------------------------------------

    /** Every BMP character the text policy allows in a multi-line text, in order, then the extras. */
    static String multiLineCharacters() {
        return admitted(TextPolicy.Kind.MULTI_LINE, codePoints(0, 0xFFFF, c -> true) + EXTRAS);
    }

    /** Every BMP character the text policy allows in a single-line text (a name), then the extras. */
    static String singleLineCharacters() {
        return admitted(TextPolicy.Kind.SINGLE_LINE, codePoints(0, 0xFFFF, c -> true) + EXTRAS);
    }

    /** The characters the text policy allows in an id, then astral ones. */
    static String idCharacters() {
        return admitted(TextPolicy.Kind.IDENTIFIER, codePoints(0, 0xFFFF, c -> true) + VISIBLE_EXTRAS);
    }

    /**
     * The code points of the candidates that {@link TextPolicy} accepts in a text of the kind, each judged
     * between two letters (so that a space or a combining mark is judged as part of a text, not alone).
     */
    private static String admitted(TextPolicy.Kind kind, String candidates) {
        int[] admitted = candidates.codePoints()
                .filter(c -> !Character.isSurrogate((char) c) || Character.isSupplementaryCodePoint(c))
                .filter(c -> TextPolicy.isAcceptable(kind, "a" + Character.toString(c) + "a", 10)).toArray();
        // private-use characters are allowed but not visible: a text of nothing else has no visible character,
        // so they are spread among the others (every chunk then holds visible ones)
        int[] privateUse = IntStream.of(admitted).filter(c -> Character.getType(c) == Character.PRIVATE_USE).toArray();
        int[] others = IntStream.of(admitted).filter(c -> Character.getType(c) != Character.PRIVATE_USE).toArray();
        StringBuilder kept = new StringBuilder();
        for (int i = 0, p = 0; i < others.length; i++) {
            kept.appendCodePoint(others[i]);
            if (p < privateUse.length) {
                kept.appendCodePoint(privateUse[p++]);
            }
        }
        return kept.toString();
    }

    private static String codePoints(int from, int to, IntPredicate keep) {
        StringBuilder text = new StringBuilder();
        IntStream.rangeClosed(from, to).filter(keep).forEach(text::appendCodePoint);
        return text.toString();
    }

    /**
     * The characters cut into texts of exactly {@code length} chars, never between the two halves of a
     * surrogate pair; the last one is filled up from the start. Together they hold every character.
     */
    static List<String> chunks(String characters, int length) {
        List<String> chunks = new ArrayList<>();
        StringBuilder chunk = new StringBuilder();
        int at = 0;
        boolean wrapped = false;
        while (!wrapped || chunk.length() > 0) {
            int c = characters.codePointAt(at);
            if (chunk.length() + Character.charCount(c) > length) {
                chunk.append('x'); // the pair goes whole into the next chunk
            } else {
                chunk.appendCodePoint(c);
                at += Character.charCount(c);
                if (at == characters.length()) {
                    at = 0;
                    wrapped = true;
                }
            }
            if (chunk.length() == length) {
                chunks.add(chunk.toString());
                chunk.setLength(0);
            }
        }
        return chunks;
    }

    @Test
    void theChunksHoldEveryCharacterAtExactlyTheLength() {
        String characters = multiLineCharacters();
        List<String> texts = chunks(characters, TEXT);
        assertThat(texts).allSatisfy(t -> assertThat(t).hasSize(TEXT));
        Set<Integer> held = String.join("", texts).codePoints().boxed().collect(Collectors.toSet());
        assertThat(characters.codePoints().filter(c -> !held.contains(c)).boxed().toList()).as("not in any text")
                .isEmpty();
        assertThat(chunks(idCharacters(), ID)).allSatisfy(id -> {
            assertThat(id).hasSize(ID);
            assertThat(StorableText.unstorable(id)).isEmpty();
        });
        assertThat(characters).contains("\t", "\n", "\u00A0", "\uE000", "\uFFFD", "😀", "\uD840\uDC00")
                .doesNotContain("\u0000", "\r", "\u007F", "\u0085", "\uFFFE", "\uFDD0");
    }

    // --- the stores ---------------------------------------------------------------------------------------

    @Test
    void aCustomerSnapshotOfEveryAllowedCharacterReadsBackEqual() {
        CustomerSnapshots store = db().emptyStores("hm_customer_snapshot").customerSnapshots();
        List<String> ids = chunks(idCharacters(), ID);
        List<String> names = chunks(singleLineCharacters(), NAME);
        List<Sector> sectors = new ArrayList<>();
        List<OrgUnit> units = new ArrayList<>();
        for (int s = 0; s < 3; s++) {
            Sector sector = new Sector(new SectorId(ids.get(s)), new LocalizedText(names.get(3 * s),
                    names.get(3 * s + 1), names.get(3 * s + 2)), s == 0);
            sectors.add(sector);
            units.add(OrgUnit.root(new OrgUnitId(ids.get(3 + s)), sector.id(), names.get(9 + s)));
        }
        List<Customer> customers = new ArrayList<>();
        for (int c = 6; c < ids.size(); c++) {
            customers.add(new Employee(new CustomerId(ids.get(c)), names.get((c + 6) % names.size()),
                    units.get(c % units.size()).id(), new AgreementCode(ids.get(c % 6)), Language.FI,
                    Optional.empty(), Optional.empty()));
        }
        assertThat(customers.size()).as("every name is used").isGreaterThan(names.size());
        CustomerSnapshot snapshot = new CustomerSnapshot(names.get(0), T0,
                CustomerBase.of(OrgStructure.of(sectors, units), customers));

        store.save(snapshot);

        CustomerSnapshot back = store.latest().orElseThrow();
        assertThat(back.label()).isEqualTo(snapshot.label());
        assertThat(back.base().orgStructure().sectors()).containsExactlyElementsOf(sectors);
        assertThat(back.base().orgStructure().units()).containsExactlyElementsOf(units);
        assertThat(back.base().customers()).containsExactlyElementsOf(customers);
    }

    @Test
    void formsOfEveryAllowedCharacterReadBackEqual() {
        JdbcStores stores = db().emptyStores("hm_feedback", "hm_situation");
        SituationReports situations = stores.situationReports(ALLOW_ALL);
        FeedbackReports feedback = stores.feedbackReports(ALLOW_ALL);
        List<String> ids = chunks(idCharacters(), ID);
        List<String> texts = chunks(multiLineCharacters(), TEXT);
        List<String> lines = chunks(singleLineCharacters(), TextPolicy.LINE_MAX);
        List<SituationReport> storedSituations = new ArrayList<>();
        List<FeedbackReport> storedFeedback = new ArrayList<>();
        for (int i = 0; i < texts.size(); i++) {
            TeamId team = new TeamId(ids.get(i));
            SecretaryId recorder = new SecretaryId(ids.get(i + 1));
            Optional<CustomerId> customer = Optional.of(new CustomerId(ids.get(i + 2)));
            storedSituations.add(new SituationReport.Recorded(new SituationDetails(new SituationId(ids.get(100 + i)),
                    recorder, team, DAY, customer, SituationTopic.PAY, false, texts.get(i),
                    texts.get((i + 1) % texts.size()), false)));
            storedFeedback.add(new FeedbackReport.Received(new FeedbackDetails(new FeedbackId(ids.get(200 + i)),
                    recorder, team, DAY, FeedbackKind.NEGATIVE, FeedbackReason.OTHER,
                    Optional.of(lines.get(i % lines.size())), texts.get(i), FeedbackChannel.OWN_SECRETARY,
                    customer, new CustomerSegment(new SectorId(ids.get(i + 3)), Role.SUPERVISOR,
                            Optional.of(new AgreementCode(ids.get(i + 4)))), DAY.plusDays(7), false)));
        }

        storedSituations.forEach(situations::record);
        storedFeedback.forEach(feedback::record);

        for (SituationReport report : storedSituations) {
            assertThat(situations.find(ANYONE, report.id())).contains(report);
        }
        for (FeedbackReport report : storedFeedback) {
            assertThat(feedback.find(ANYONE, report.id())).contains(report);
        }
    }

    @Test
    void accountPlansOfEveryAllowedCharacterReadBackEqual() {
        AccountPlans store = db().emptyStores("hm_account_plan_version", "hm_account_plan").accountPlans();
        List<String> ids = chunks(idCharacters(), ID);
        List<String> names = chunks(singleLineCharacters(), NAME);
        List<String> texts = chunks(multiLineCharacters(), TEXT);
        List<AccountPlanVersion> versions = new ArrayList<>();
        // seven free texts a plan: enough plans for every text
        for (int p = 0; 7 * p < texts.size(); p++) {
            int t = 7 * p;
            AccountPlan plan = new AccountPlan(new SectorId(ids.get(p)), Year.of(2027),
                    new GeneralInformation(text(texts, t), List.of(), text(texts, t + 1), text(texts, t + 2),
                            List.of(names.get(p))),
                    new RelationshipDescription(text(texts, t + 3), text(texts, t + 4), text(texts, t + 5),
                            List.of(names.get(p + 1)), text(texts, t + 6),
                            List.of(new KeyPerson(names.get(p + 2), names.get(p + 3), names.get(p + 4)))),
                    new Responsibilities(names.get(p + 5), List.of(new AccountTeamMember(names.get(p + 6),
                            names.get(p + 7))), text(texts, t)),
                    DevelopmentActions.empty());
            versions.add(new AccountPlanVersion(plan, 1, names.get(p + 8), T0, text(texts, t + 1)));
        }

        versions.forEach(store::save);

        for (AccountPlanVersion version : versions) {
            assertThat(store.current(version.plan().sector(), version.plan().year())).contains(version);
            assertThat(store.history(version.plan().sector(), version.plan().year())).containsExactly(version);
        }
        assertThat(store.currentOf(Year.of(2027))).containsExactlyInAnyOrderElementsOf(versions);
    }

    private static String text(List<String> texts, int index) {
        return texts.get(index % texts.size());
    }

    // --- what no database stores --------------------------------------------------------------------------

    /** U+0000 and unpaired surrogates, inside ordinary text. */
    static List<String> unstorable() {
        return List.of("ennen\u0000jälkeen", "puoli \uD83D pari", "\uDE00 alussa", "lopussa \uD83D");
    }

    @Test
    void aTextNoDatabaseStoresIsRefusedBeforeAnythingIsWritten() throws SQLException {
        JdbcStores stores = db().emptyStores("hm_customer_snapshot", "hm_account_plan_version", "hm_account_plan",
                "hm_situation");
        for (String bad : unstorable()) {
            Sector sector = new Sector(new SectorId("S"), LocalizedText.same("Sektori"), true);
            OrgUnit unit = OrgUnit.root(new OrgUnitId("U"), sector.id(), "Yksikkö");
            // the domain records refuse such texts themselves (the text policy); the stores would refuse them
            // too before writing: either way nothing is stored
            assertThatThrownBy(() -> stores.customerSnapshots().save(new CustomerSnapshot("label", T0,
                    CustomerBase.of(OrgStructure.of(List.of(sector), List.of(unit)), List.of(new Employee(
                            new CustomerId("E-1"), bad, unit.id(), new AgreementCode("KVTES"), Language.FI,
                            Optional.empty(), Optional.empty()))))))
                    .as(bad).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("E-1");

            AccountPlan plan = AccountPlan.empty(new SectorId("SIVI"), Year.of(2027));
            assertThatThrownBy(() -> store(stores, new AccountPlanVersion(plan.withGeneral(
                    new GeneralInformation(bad, List.of(), "", "", List.of())), 1, "head", T0, "created")))
                    .as(bad).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("description");
            assertThatThrownBy(() -> store(stores, new AccountPlanVersion(plan, 1, bad, T0, "created")))
                    .as(bad).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("author");
            assertThatThrownBy(() -> store(stores, new AccountPlanVersion(AccountPlan.empty(new SectorId(bad),
                    Year.of(2027)), 1, "head", T0, "created")))
                    .as(bad).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("sector id");

            // the domain record refuses such a text itself now; either refusal leaves nothing stored
            assertThatThrownBy(() -> stores.situationReports(ALLOW_ALL).record(new SituationReport.Recorded(
                    new SituationDetails(new SituationId("T-1"), new SecretaryId("S-1"), new TeamId("T"), DAY,
                            Optional.empty(), SituationTopic.PAY, false, "Tilanne", bad, false))))
                    .as(bad).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("solution");
        }
        for (String table : List.of("hm_customer_snapshot", "hm_account_plan", "hm_account_plan_version",
                "hm_situation")) {
            assertThat(count(table)).as(table).isZero();
        }
    }

    private static void store(JdbcStores stores, AccountPlanVersion version) {
        stores.accountPlans().save(version);
    }

    private long count(String table) throws SQLException {
        try (Connection c = db().fixture().mainDataSource().getConnection(); Statement s = c.createStatement();
             ResultSet row = s.executeQuery("SELECT COUNT(*) FROM " + table)) {
            row.next();
            return row.getLong(1);
        }
    }
}
