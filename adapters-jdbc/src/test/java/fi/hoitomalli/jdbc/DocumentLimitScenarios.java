package fi.hoitomalli.jdbc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.Year;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import javax.sql.DataSource;
import fi.hoitomalli.catalog.ChangeNote;
import fi.hoitomalli.catalog.ProductCard;
import fi.hoitomalli.catalog.ProductCards;
import fi.hoitomalli.catalog.VantaaCatalogue;
import fi.hoitomalli.common.LocalizedText;
import fi.hoitomalli.customer.SectorId;
import fi.hoitomalli.json.HoitomalliModule;
import fi.hoitomalli.plan.AccountPlan;
import fi.hoitomalli.plan.AccountPlanVersion;
import fi.hoitomalli.plan.AccountPlans;
import fi.hoitomalli.plan.DevelopmentActions;
import fi.hoitomalli.plan.GeneralInformation;
import fi.hoitomalli.plan.RelationshipDescription;
import fi.hoitomalli.plan.Responsibilities;
import fi.hoitomalli.plan.SatisfactionGoal;
import fi.hoitomalli.testkit.SamplePlans;
import org.junit.jupiter.api.Test;

/**
 * The size limits of what the adapter stores: a document (JSON column) of at most
 * {@value JsonColumns#MAX_DOCUMENT_LENGTH} characters and a text of at most {@value StorableText#MAX_LENGTH}
 * are stored and read back equal; anything longer is refused before anything is written, and what is
 * stored beside it still reads. Subclasses pick the database.
 */
abstract class DocumentLimitScenarios {

    private static final Year YEAR = Year.of(2027);
    private static final Instant T0 = Instant.parse("2027-01-15T08:00:00Z");
    /** A character of three UTF-8 bytes that JSON does not escape: the most bytes a document can take. */
    private static final String WIDE = "中";
    private static final ObjectMapper MAPPER = HoitomalliModule.newObjectMapper();

    /** The database of the subclass. */
    abstract DatabaseExtension db();

    private AccountPlans emptyPlans() {
        return db().emptyStores("hm_account_plan_version", "hm_account_plan").accountPlans();
    }

    private static AccountPlanVersion version(AccountPlan plan, long number, String author, String reason) {
        return new AccountPlanVersion(plan, number, author, T0.plusSeconds(number), reason);
    }

    @Test
    void aVersionWithATwentyMillionCharacterDescriptionIsRefusedAndTheYearStillReads() throws SQLException {
        AccountPlans store = emptyPlans();
        AccountPlan sivi = SamplePlans.sivistystoimi2027();
        AccountPlanVersion first = version(sivi, 1, "head", "created");
        AccountPlanVersion sote = version(AccountPlan.empty(new SectorId("SOTE"), YEAR), 1, "head", "created");
        store.save(first);
        store.save(sote);
        GeneralInformation general = sivi.general();
        AccountPlan huge = sivi.withGeneral(new GeneralInformation("x".repeat(20_000_001), general.challenges(),
                general.internalReadiness(), general.strategy(), general.developmentProjects()));

        assertThatThrownBy(() -> store.save(version(huge, 2, "lead", "pasted a file")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("general information of account plan SIVI/2027")
                .hasMessageContaining("longer than the 1000000")
                .hasMessageContaining("/description, is 20000001 characters");

        assertThat(store.current(sivi.sector(), YEAR)).contains(first);
        assertThat(store.history(sivi.sector(), YEAR)).containsExactly(first);
        assertThat(store.currentOf(YEAR)).containsExactly(first, sote);
        assertThat(count("hm_account_plan_version")).isEqualTo(2);
    }

    @Test
    void aPlanAtTheLargestAcceptedSizeReadsBackEqualAndOneCharacterMoreIsRefused() throws SQLException {
        AccountPlans store = emptyPlans();
        AccountPlan largest = planOfSections(JsonColumns.MAX_DOCUMENT_LENGTH);
        AccountPlanVersion version = version(largest, 1, WIDE.repeat(StorableText.MAX_LENGTH),
                WIDE.repeat(StorableText.MAX_LENGTH));

        store.save(version);

        assertThat(store.current(largest.sector(), YEAR)).hasValueSatisfying(v -> assertThat(v).isEqualTo(version));
        assertThat(store.history(largest.sector(), YEAR)).singleElement().isEqualTo(version);
        assertThat(store.currentOf(YEAR)).singleElement().isEqualTo(version);

        AccountPlan tooLarge = planOfSections(JsonColumns.MAX_DOCUMENT_LENGTH + 1);
        assertThatThrownBy(() -> store.save(version(tooLarge, 2, "lead", "one more"))).isInstanceOf(
                IllegalArgumentException.class).hasMessageContaining("1000001 characters of JSON");
        assertThatThrownBy(() -> store.save(version(largest, 2, WIDE.repeat(StorableText.MAX_LENGTH + 1), "edit")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("the author of account plan");
        assertThat(store.history(largest.sector(), YEAR)).hasSize(1);
        assertThat(count("hm_account_plan")).isOne();
    }

    @Test
    void aProductCardOverTheLimitIsRefusedBeforeAnythingIsWritten() throws SQLException {
        ProductCards cards = db().emptyStores("hm_product_card_version", "hm_product_card").productCards();
        ProductCard card = VantaaCatalogue.cards().get(0);
        ChangeNote note = new ChangeNote("H-1", T0, "catalogue 2027");

        assertThatThrownBy(() -> cards.save(card.withContent(LocalizedText.same("x".repeat(400_000))), 0, note))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("product card " + card.id());
        assertThatThrownBy(() -> cards.save(card, 0, new ChangeNote("H-1", T0, "r".repeat(100_001))))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("the reason of product card");
        assertThat(count("hm_product_card")).isZero();
        assertThat(cards.save(card, 0, note).version()).isEqualTo(1);
    }

    /**
     * What an earlier version of the adapter may have stored: a description longer than Jackson's default
     * read limit (20,000,000 characters). The year must read, with that plan in it. Only where the
     * database took such a row: MariaDB's packet never let one in.
     */
    void aStoredDocumentLongerThanJacksonsDefaultLimitStillReads() throws SQLException, JsonProcessingException {
        AccountPlans store = emptyPlans();
        AccountPlan sivi = SamplePlans.sivistystoimi2027();
        GeneralInformation general = sivi.general();
        AccountPlan huge = sivi.withGeneral(new GeneralInformation("x".repeat(20_000_001), general.challenges(),
                general.internalReadiness(), general.strategy(), general.developmentProjects()));
        AccountPlanVersion legacy = version(huge, 1, "head", "written by an earlier version");
        AccountPlanVersion sote = version(AccountPlan.empty(new SectorId("SOTE"), YEAR), 1, "head", "created");
        store.save(sote);
        insertUnchecked(legacy);

        assertThat(store.current(sivi.sector(), YEAR)).hasValueSatisfying(v -> assertThat(v).isEqualTo(legacy));
        assertThat(store.history(sivi.sector(), YEAR)).hasSize(1);
        assertThat(store.currentOf(YEAR)).hasSize(2).last().isEqualTo(sote);
    }

    /** Writes a version's rows with plain JDBC, past the adapter's checks, as an earlier version did. */
    private void insertUnchecked(AccountPlanVersion version) throws SQLException, JsonProcessingException {
        AccountPlan plan = version.plan();
        JsonColumns json = db().emptyStores().jsonColumns();
        List<String> documents = List.of(MAPPER.writeValueAsString(plan.general()),
                MAPPER.writeValueAsString(plan.relationship()), MAPPER.writeValueAsString(plan.responsibilities()),
                MAPPER.writeValueAsString(plan.development()));
        try (Connection c = dataSource().getConnection()) {
            try (PreparedStatement s = c.prepareStatement("INSERT INTO hm_account_plan (sector_id, plan_year, version) "
                    + "VALUES (?, ?, ?)")) {
                s.setString(1, plan.sector().value());
                s.setInt(2, plan.year().getValue());
                s.setLong(3, version.version());
                s.executeUpdate();
            }
            try (PreparedStatement s = c.prepareStatement("INSERT INTO hm_account_plan_version (sector_id, plan_year, "
                    + "version, author, changed_at, reason, general_info, relationship, responsibilities, development) "
                    + "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
                s.setString(1, plan.sector().value());
                s.setInt(2, plan.year().getValue());
                s.setLong(3, version.version());
                s.setString(4, version.author());
                Rows.setInstant(s, 5, version.changedAt());
                s.setString(6, version.reason());
                for (int i = 0; i < documents.size(); i++) {
                    json.bindWritten(s, 7 + i, documents.get(i));
                }
                s.executeUpdate();
            }
        }
    }

    /** A plan each of whose four sections is exactly {@code length} characters of JSON, of wide characters. */
    private static AccountPlan planOfSections(int length) {
        AccountPlan sample = SamplePlans.sivistystoimi2027();
        GeneralInformation g = sample.general();
        RelationshipDescription r = sample.relationship();
        Responsibilities p = sample.responsibilities();
        DevelopmentActions d = sample.development();
        return new AccountPlan(sample.sector(), sample.year(),
                filled(length, text -> new GeneralInformation(text, g.challenges(), g.internalReadiness(), g.strategy(),
                        g.developmentProjects())),
                filled(length, text -> new RelationshipDescription(text, r.offering(), r.coupling(), r.servicesUsed(),
                        r.realisedSatisfaction(), r.keyPersons())),
                filled(length, text -> new Responsibilities(text, p.accountTeam(), p.effort())),
                filled(length, text -> {
                    List<SatisfactionGoal> goals = new ArrayList<>(d.goals());
                    SatisfactionGoal first = goals.get(0);
                    goals.set(0, new SatisfactionGoal(first.id(), text, first.metric(), first.baseline(), first.target(),
                            first.current()));
                    return new DevelopmentActions(goals, d.actions());
                }));
    }

    /** The section with its text so long that its JSON is exactly {@code length} characters. */
    private static <T> T filled(int length, Function<String, T> section) {
        try {
            int base = MAPPER.writeValueAsString(section.apply(WIDE)).length();
            T filled = section.apply(WIDE.repeat(length - base + 1));
            assertThat(MAPPER.writeValueAsString(filled)).hasSize(length);
            return filled;
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private DataSource dataSource() {
        return db().fixture().mainDataSource();
    }

    private long count(String table) throws SQLException {
        try (Connection c = dataSource().getConnection(); Statement s = c.createStatement();
             ResultSet row = s.executeQuery("SELECT COUNT(*) FROM " + table)) {
            row.next();
            return row.getLong(1);
        }
    }
}
