package fi.hoitomalli.jdbc;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import fi.hoitomalli.access.AccessPolicy;
import fi.hoitomalli.access.Actor;
import fi.hoitomalli.access.RecordKind;
import fi.hoitomalli.customer.CustomerId;
import fi.hoitomalli.forms.DateRange;
import fi.hoitomalli.forms.SituationDetails;
import fi.hoitomalli.forms.SituationId;
import fi.hoitomalli.forms.SituationReport;
import fi.hoitomalli.forms.SituationReports;
import fi.hoitomalli.forms.SituationStage;
import fi.hoitomalli.team.TeamId;

/**
 * {@link SituationReports} in {@code hm_situation} (V6): a query with an actor selects on the indexed
 * columns only the rows in the actor's read scope (AX-1), the access policy decides on each of them, and
 * only then are documents read ({@link FormRows}); the system queries read without an actor. A new record
 * is an INSERT that refuses a taken id, an update a compare-and-set on the stage and anonymisation.
 */
final class JdbcSituationReports implements SituationReports {

    static final FormRows.Table TABLE = new FormRows.Table("hm_situation", "situation_id", RecordKind.SITUATION,
            false, "situation");
    private static final String INSERT = "INSERT INTO hm_situation (team_id, recorder_id, customer_id, "
            + "situation_date, stage, topic, anonymised, report, full_report, situation_id) "
            + "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";
    private static final String UPDATE = "UPDATE hm_situation SET team_id = ?, recorder_id = ?, customer_id = ?, "
            + "situation_date = ?, stage = ?, topic = ?, anonymised = ?, report = ?, full_report = ? "
            + "WHERE situation_id = ? AND stage = ? AND anonymised = ?";
    private static final String ORDER = "situation_date, situation_id";
    private static final Comparator<SituationReport> BY_DATE =
            Comparator.comparing((SituationReport r) -> r.details().date()).thenComparing(r -> r.id().value());

    private final Jdbc jdbc;
    private final JsonColumns json;
    private final AccessPolicy policy;

    JdbcSituationReports(Jdbc jdbc, JsonColumns json, AccessPolicy policy) {
        this.jdbc = Objects.requireNonNull(jdbc, "jdbc must not be null");
        this.json = Objects.requireNonNull(json, "json must not be null");
        this.policy = Objects.requireNonNull(policy, "policy must not be null");
    }

    @Override
    public void record(SituationReport report) {
        Objects.requireNonNull(report, "report must not be null");
        checkIds(report.details());
        FormRows.record(jdbc, TABLE, report.id().value(), INSERT, statement -> bind(statement, report));
    }

    @Override
    public void update(SituationReport current, SituationReport next) {
        Objects.requireNonNull(current, "current must not be null");
        Objects.requireNonNull(next, "next must not be null");
        FormRows.checkFollows(TABLE, current.isFollowedBy(next), current.id().value(), current.revision(),
                next.id().value(), next.revision());
        checkIds(next.details());
        FormRows.update(jdbc, TABLE, current.id().value(), current.revision(), UPDATE,
                statement -> bind(statement, next), 11, current.stage().name(), current.details().anonymised());
    }

    private static void checkIds(SituationDetails d) {
        Rows.checkId("situation", d.id().value());
        Rows.checkId("team", d.team().value());
        Rows.checkId("secretary", d.recorder().value());
        d.customer().ifPresent(c -> Rows.checkId("customer", c.value()));
    }

    @Override
    public Optional<SituationReport> find(Actor actor, SituationId id) {
        Objects.requireNonNull(id, "id must not be null");
        return select(actor, new FormRows.Query("situation_id = ?", List.of(id.value()))).stream().findFirst();
    }

    @Override
    public List<SituationReport> byTeam(Actor actor, TeamId team, DateRange period) {
        Objects.requireNonNull(team, "team must not be null");
        Objects.requireNonNull(period, "period must not be null");
        return select(actor, new FormRows.Query("team_id = ? AND situation_date >= ? AND situation_date <= ?",
                List.of(team.value(), period.from(), period.to())));
    }

    @Override
    public List<SituationReport> inStage(Actor actor, SituationStage stage) {
        Objects.requireNonNull(stage, "stage must not be null");
        return select(actor, new FormRows.Query("stage = ?", List.of(stage.name())));
    }

    @Override
    public List<SituationReport> recordedIn(DateRange period) {
        Objects.requireNonNull(period, "period must not be null");
        return system("WHERE situation_date >= ? AND situation_date <= ?", s -> {
            s.setObject(1, period.from());
            s.setObject(2, period.to());
        });
    }

    @Override
    public List<SituationReport> recordedBefore(LocalDate day) {
        Objects.requireNonNull(day, "day must not be null");
        return system("WHERE situation_date < ?", s -> s.setObject(1, day));
    }

    private List<SituationReport> select(Actor actor, FormRows.Query query) {
        return sorted(FormRows.read(jdbc, "read situations", TABLE, query, policy, actor, RecordKind.SITUATION,
                this::report));
    }

    private List<SituationReport> system(String where, Rows.Binder binder) {
        return jdbc.inTransaction("read situations", connection -> sorted(Rows.list(connection,
                "SELECT report, full_report FROM hm_situation " + where + " ORDER BY " + ORDER, binder,
                this::report)));
    }

    private static List<SituationReport> sorted(List<SituationReport> reports) {
        return reports.stream().sorted(BY_DATE).toList();
    }

    private SituationReport report(ResultSet row) throws SQLException {
        boolean full = row.getString("full_report") != null;
        return json.read(row, full ? "full_report" : "report", SituationReport.class);
    }

    /** Binds the columns of the INSERT (and of the UPDATE, whose WHERE takes the id next). */
    private void bind(PreparedStatement s, SituationReport report) throws SQLException {
        SituationDetails d = report.details();
        s.setString(1, d.team().value());
        s.setString(2, d.recorder().value());
        Rows.setOptional(s, 3, d.customer().map(CustomerId::value));
        s.setObject(4, d.date());
        s.setString(5, report.stage().name());
        s.setString(6, d.topic().name());
        s.setBoolean(7, d.anonymised());
        json.bind(s, 8, report.withoutText(), SituationReport.class);
        json.bind(s, 9, d.anonymised() ? null : report, SituationReport.class);
        s.setString(10, d.id().value());
    }

    /** Anonymises the records dated before the cutoff (AX-2). */
    static int anonymiseBefore(Connection connection, LocalDate cutoff) throws SQLException {
        return FormRows.anonymiseBefore(connection, TABLE, "situation_date", cutoff);
    }
}
