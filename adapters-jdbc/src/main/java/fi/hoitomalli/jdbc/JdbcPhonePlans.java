package fi.hoitomalli.jdbc;

import static com.google.common.base.Preconditions.checkArgument;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Savepoint;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import fi.hoitomalli.common.ConcurrentUpdateException;
import fi.hoitomalli.common.DuplicateRecordException;
import fi.hoitomalli.phone.PhonePlans;
import fi.hoitomalli.phone.PhonePolicy;
import fi.hoitomalli.phone.PhoneSetup;
import fi.hoitomalli.phone.WeeklyTemplate;
import fi.hoitomalli.team.TeamId;

/**
 * {@link PhonePlans} in {@code hm_phone_setup} (V7): one row per team and start day, policy and template
 * as JSON documents; the setup in force is the latest started one, found on the primary key. A new setup
 * is an INSERT that refuses a taken start day; a replacement locks the row, compares it with the setup the
 * caller saw and writes the new one.
 */
final class JdbcPhonePlans implements PhonePlans {

    private static final String COLUMNS = "SELECT team_id, valid_from, policy, template FROM hm_phone_setup ";

    private final Jdbc jdbc;
    private final JsonColumns json;

    JdbcPhonePlans(Jdbc jdbc, JsonColumns json) {
        this.jdbc = Objects.requireNonNull(jdbc, "jdbc must not be null");
        this.json = Objects.requireNonNull(json, "json must not be null");
    }

    @Override
    public void save(PhoneSetup setup) {
        Objects.requireNonNull(setup, "setup must not be null");
        Rows.checkId("team", setup.team().value());
        jdbc.inTransaction("save the phone setup of " + setup.team(), connection -> {
            // a savepoint keeps the enclosing transaction usable on PostgreSQL after the duplicate key
            Savepoint savepoint = connection.setSavepoint();
            try {
                write(connection, "INSERT INTO hm_phone_setup (policy, template, team_id, valid_from) "
                        + "VALUES (?, ?, ?, ?)", setup);
                connection.releaseSavepoint(savepoint);
            } catch (SQLException e) {
                if (!SqlStates.isUniqueViolation(e)) {
                    throw e;
                }
                connection.rollback(savepoint);
                throw new DuplicateRecordException("phone setup", key(setup));
            }
            return null;
        });
    }

    @Override
    public void replace(PhoneSetup current, PhoneSetup next) {
        Objects.requireNonNull(current, "current must not be null");
        Objects.requireNonNull(next, "next must not be null");
        checkArgument(current.team().equals(next.team()) && current.validFrom().equals(next.validFrom()),
                "the setup %s cannot be replaced by the setup %s", key(current), key(next));
        Rows.checkId("team", current.team().value());
        jdbc.inTransaction("replace the phone setup " + key(current), connection -> {
            PhoneSetup stored = Rows.first(connection, COLUMNS + "WHERE team_id = ? AND valid_from = ? FOR UPDATE",
                    s -> {
                        s.setString(1, current.team().value());
                        s.setObject(2, current.validFrom());
                    }, this::setup).orElseThrow(() -> new IllegalArgumentException(
                            "no phone setup " + key(current) + " is stored"));
            if (!stored.equals(current)) {
                throw new ConcurrentUpdateException("phone setup " + key(current), 0);
            }
            write(connection, "UPDATE hm_phone_setup SET policy = ?, template = ? WHERE team_id = ? "
                    + "AND valid_from = ?", next);
            return null;
        });
    }

    private static String key(PhoneSetup setup) {
        return setup.team().value() + "/" + setup.validFrom();
    }

    @Override
    public Optional<PhoneSetup> inForceOn(TeamId team, LocalDate day) {
        Objects.requireNonNull(team, "team must not be null");
        Objects.requireNonNull(day, "day must not be null");
        return jdbc.inTransaction("load the phone setup of " + team, connection -> Rows.first(connection,
                COLUMNS + "WHERE team_id = ? AND valid_from <= ? ORDER BY valid_from DESC LIMIT 1", s -> {
                    s.setString(1, team.value());
                    s.setObject(2, day);
                }, this::setup));
    }

    @Override
    public List<PhoneSetup> history(TeamId team) {
        Objects.requireNonNull(team, "team must not be null");
        return jdbc.inTransaction("load the phone setups of " + team, connection -> List.copyOf(Rows.list(connection,
                COLUMNS + "WHERE team_id = ? ORDER BY valid_from", s -> s.setString(1, team.value()), this::setup)));
    }

    private int write(Connection connection, String sql, PhoneSetup setup) throws SQLException {
        try (PreparedStatement s = connection.prepareStatement(sql)) {
            json.bind(s, 1, setup.policy(), PhonePolicy.class);
            json.bind(s, 2, setup.template(), WeeklyTemplate.class);
            s.setString(3, setup.team().value());
            s.setObject(4, setup.validFrom());
            return s.executeUpdate();
        }
    }

    private PhoneSetup setup(ResultSet row) throws SQLException {
        return new PhoneSetup(new TeamId(row.getString("team_id")), row.getObject("valid_from", LocalDate.class),
                json.read(row, "policy", PhonePolicy.class), json.read(row, "template", WeeklyTemplate.class));
    }
}
