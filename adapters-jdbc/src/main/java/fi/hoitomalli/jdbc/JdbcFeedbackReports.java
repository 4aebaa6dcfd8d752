package fi.hoitomalli.jdbc;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Savepoint;
import java.time.LocalDate;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import fi.hoitomalli.access.AccessPolicy;
import fi.hoitomalli.access.Actor;
import fi.hoitomalli.access.RecordKind;
import fi.hoitomalli.common.DuplicateRecordException;
import fi.hoitomalli.customer.AgreementCode;
import fi.hoitomalli.customer.CustomerId;
import fi.hoitomalli.forms.DateRange;
import fi.hoitomalli.forms.FeedbackDetails;
import fi.hoitomalli.forms.FeedbackId;
import fi.hoitomalli.forms.FeedbackReport;
import fi.hoitomalli.forms.FeedbackReports;
import fi.hoitomalli.forms.FeedbackStage;
import fi.hoitomalli.forms.FeedbackStatus;
import fi.hoitomalli.forms.Response;
import fi.hoitomalli.team.TeamId;

/**
 * {@link FeedbackReports} in {@code hm_feedback} (V6): a query with an actor selects on the indexed
 * columns only the rows in the actor's read scope (AX-1), the access policy decides on each of them, and
 * only then are documents read ({@link FormRows}); the system queries read without an actor. A new record
 * is an INSERT that refuses a taken id, an update a compare-and-set on the stage and anonymisation.
 */
final class JdbcFeedbackReports implements FeedbackReports {

    static final FormRows.Table TABLE = new FormRows.Table("hm_feedback", "feedback_id", RecordKind.FEEDBACK, true,
            "feedback");
    static final String INSERT = "INSERT INTO hm_feedback (team_id, recorder_id, customer_id, sector_id, role, "
            + "agreement, kind, reason, channel, received, due_date, responded_on, stage, anonymised, report, "
            + "full_report, feedback_id) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";
    private static final String UPDATE = "UPDATE hm_feedback SET team_id = ?, recorder_id = ?, customer_id = ?, "
            + "sector_id = ?, role = ?, agreement = ?, kind = ?, reason = ?, channel = ?, received = ?, due_date = ?, "
            + "responded_on = ?, stage = ?, anonymised = ?, report = ?, full_report = ? WHERE feedback_id = ? "
            + "AND stage = ? AND anonymised = ?";
    private static final String ORDER = "received, feedback_id";
    private static final Comparator<FeedbackReport> BY_RECEIPT =
            Comparator.comparing((FeedbackReport r) -> r.details().received()).thenComparing(r -> r.id().value());

    private final Jdbc jdbc;
    private final JsonColumns json;
    private final AccessPolicy policy;
    private final int batchSize;

    JdbcFeedbackReports(Jdbc jdbc, JsonColumns json, AccessPolicy policy, int batchSize) {
        this.jdbc = Objects.requireNonNull(jdbc, "jdbc must not be null");
        this.json = Objects.requireNonNull(json, "json must not be null");
        this.policy = Objects.requireNonNull(policy, "policy must not be null");
        this.batchSize = batchSize;
    }

    @Override
    public void record(FeedbackReport report) {
        Objects.requireNonNull(report, "report must not be null");
        checkIds(report.details());
        FormRows.record(jdbc, TABLE, report.id().value(), INSERT, statement -> bind(statement, report));
    }

    @Override
    public void update(FeedbackReport current, FeedbackReport next) {
        Objects.requireNonNull(current, "current must not be null");
        Objects.requireNonNull(next, "next must not be null");
        FormRows.checkFollows(TABLE, current.isFollowedBy(next), current.id().value(), current.revision(),
                next.id().value(), next.revision());
        checkIds(next.details());
        FormRows.update(jdbc, TABLE, current.id().value(), current.revision(), UPDATE,
                statement -> bind(statement, next), 18, current.stage().name(), current.details().anonymised());
    }

    /**
     * Inserts new records in JDBC batches, in one transaction; a taken id leaves the enclosing transaction
     * usable.
     *
     * @throws DuplicateRecordException if a record's id is stored already or repeated in the import
     *     (nothing is stored then)
     */
    int insertAll(Collection<? extends FeedbackReport> reports) {
        reports.forEach(r -> checkIds(r.details()));
        Set<String> ids = new HashSet<>();
        for (FeedbackReport report : reports) {
            if (!ids.add(report.id().value())) {
                throw new DuplicateRecordException("feedback", report.id().value());
            }
        }
        return jdbc.inTransaction("import feedback", connection -> {
            Savepoint savepoint = connection.setSavepoint();
            try (Batch batch = new Batch(connection, INSERT, batchSize)) {
                for (FeedbackReport report : reports) {
                    bind(batch.statement(), report);
                    batch.add();
                }
            } catch (SQLException e) {
                if (!SqlStates.isUniqueViolation(e)) {
                    throw e;
                }
                connection.rollback(savepoint);
                Optional<String> stored = firstStored(connection, ids);
                if (stored.isPresent()) {
                    throw new DuplicateRecordException("feedback", stored.get());
                }
                throw e; // the row that collided was never committed
            }
            connection.releaseSavepoint(savepoint);
            return reports.size();
        });
    }

    /** The first of the ids (in id order) that is stored, after an import met a stored one. */
    private static Optional<String> firstStored(Connection connection, Set<String> ids) throws SQLException {
        List<String> sorted = ids.stream().sorted().toList();
        return FormRows.documents(connection, TABLE, sorted, row -> row.getString(1)).stream().findFirst();
    }

    @Override
    public Optional<FeedbackReport> find(Actor actor, FeedbackId id) {
        Objects.requireNonNull(id, "id must not be null");
        return select(actor, RecordKind.FEEDBACK, new FormRows.Query("feedback_id = ?", List.of(id.value())))
                .stream().findFirst();
    }

    @Override
    public Optional<FeedbackStatus> statusOf(Actor actor, FeedbackId id) {
        Objects.requireNonNull(id, "id must not be null");
        return select(actor, RecordKind.FEEDBACK_STATUS, new FormRows.Query("feedback_id = ?", List.of(id.value())))
                .stream().findFirst().map(FeedbackReport::status);
    }

    @Override
    public List<FeedbackReport> byTeam(Actor actor, TeamId team, DateRange period) {
        Objects.requireNonNull(team, "team must not be null");
        Objects.requireNonNull(period, "period must not be null");
        return select(actor, RecordKind.FEEDBACK, new FormRows.Query("team_id = ? AND received >= ? AND received <= ?",
                List.of(team.value(), period.from(), period.to())));
    }

    @Override
    public List<FeedbackReport> inStage(Actor actor, FeedbackStage stage) {
        Objects.requireNonNull(stage, "stage must not be null");
        return select(actor, RecordKind.FEEDBACK, new FormRows.Query("stage = ?", List.of(stage.name())));
    }

    @Override
    public List<FeedbackReport> overdue(Actor actor, LocalDate asOf) {
        Objects.requireNonNull(asOf, "asOf must not be null");
        return select(actor, RecordKind.FEEDBACK, new FormRows.Query("responded_on IS NULL AND due_date < ?",
                List.of(asOf)));
    }

    @Override
    public List<FeedbackReport> recordedIn(DateRange period) {
        Objects.requireNonNull(period, "period must not be null");
        return system("WHERE received >= ? AND received <= ?", s -> {
            s.setObject(1, period.from());
            s.setObject(2, period.to());
        });
    }

    @Override
    public List<FeedbackReport> recordedBefore(LocalDate day) {
        Objects.requireNonNull(day, "day must not be null");
        return system("WHERE received < ?", s -> s.setObject(1, day));
    }

    private List<FeedbackReport> select(Actor actor, RecordKind as, FormRows.Query query) {
        return sorted(FormRows.read(jdbc, "read feedback", TABLE, query, policy, actor, as, this::report));
    }

    private List<FeedbackReport> system(String where, Rows.Binder binder) {
        return jdbc.inTransaction("read feedback", connection -> sorted(Rows.list(connection,
                "SELECT report, full_report FROM hm_feedback " + where + " ORDER BY " + ORDER, binder, this::report)));
    }

    private static List<FeedbackReport> sorted(List<FeedbackReport> reports) {
        // the database's collation need not order ids as Java does
        return reports.stream().sorted(BY_RECEIPT).toList();
    }

    FeedbackReport report(ResultSet row) throws SQLException {
        boolean full = row.getString("full_report") != null;
        return json.read(row, full ? "full_report" : "report", FeedbackReport.class);
    }

    static void checkIds(FeedbackDetails d) {
        Rows.checkId("feedback", d.id().value());
        Rows.checkId("team", d.team().value());
        Rows.checkId("secretary", d.recorder().value());
        d.customer().ifPresent(c -> Rows.checkId("customer", c.value()));
        Rows.checkId("sector", d.segment().sector().value());
        d.segment().agreement().ifPresent(a -> Rows.checkId("agreement", a.value()));
    }

    /** Binds the columns of {@link #INSERT} (and of the UPDATE, whose WHERE takes the id next). */
    void bind(PreparedStatement s, FeedbackReport report) throws SQLException {
        FeedbackDetails d = report.details();
        s.setString(1, d.team().value());
        s.setString(2, d.recorder().value());
        Rows.setOptional(s, 3, d.customer().map(CustomerId::value));
        s.setString(4, d.segment().sector().value());
        s.setString(5, d.segment().role().name());
        Rows.setOptional(s, 6, d.segment().agreement().map(AgreementCode::value));
        s.setString(7, d.kind().name());
        s.setString(8, d.reason().name());
        s.setString(9, d.channel().name());
        s.setObject(10, d.received());
        s.setObject(11, d.dueDate());
        FormRows.setDate(s, 12, report.response().map(Response::on));
        s.setString(13, report.stage().name());
        s.setBoolean(14, d.anonymised());
        FeedbackReport withoutText = report.withoutText();
        json.bind(s, 15, withoutText, FeedbackReport.class);
        json.bind(s, 16, d.anonymised() ? null : report, FeedbackReport.class);
        s.setString(17, d.id().value());
    }

    /** Anonymises the records received before the cutoff (AX-2). */
    static int anonymiseBefore(Connection connection, LocalDate cutoff) throws SQLException {
        return FormRows.anonymiseBefore(connection, TABLE, "received", cutoff);
    }
}
