package fi.hoitomalli.clock;

import fi.hoitomalli.customer.SectorId;
import fi.hoitomalli.team.TeamId;
import java.util.Comparator;
import java.util.Objects;

/**
 * Whose annual clock a dated activity was planned in (vuosikellon laajuus): the whole city's clock of the
 * HR services unit, a sector's own clock, or a service team's own clock. The scope is part of an activity's
 * identity, because two clocks may use the same template ids (each secretary or team can build one).
 *
 * <p>Record each activity in one scope only — the clock it was planned in. A team lead's view of the
 * city's clock is {@link AnnualClock#forTeam} over the city's activities (the compliance check matches
 * records by template), not a second recording whose statuses would drift apart.
 */
public sealed interface ClockScope permits ClockScope.City, ClockScope.OfSector, ClockScope.OfTeam {

    /** Scopes in a stable order: the city first, then sectors, then teams, each by id. */
    Comparator<ClockScope> ORDER = Comparator.comparing((ClockScope s) -> s.kind().ordinal())
            .thenComparing(ClockScope::id);

    /** The kind of scope, as stored by adapters. */
    Kind kind();

    /** The sector's or team's id; empty for the city. */
    String id();

    /** {@code city}, {@code sector:SIVI} or {@code team:T1}: for messages and logs. */
    default String describe() {
        return kind() == Kind.CITY ? "city" : kind().name().toLowerCase(java.util.Locale.ROOT) + ":" + id();
    }

    /** The whole city's clock (the HR services unit's, every sector and team). */
    static ClockScope city() {
        return new City();
    }

    /** The sector's own clock. */
    static ClockScope sector(SectorId sector) {
        return new OfSector(sector);
    }

    /** The service team's own clock. */
    static ClockScope team(TeamId team) {
        return new OfTeam(team);
    }

    /**
     * The scope of a kind and id, as adapters read them back.
     *
     * @throws IllegalArgumentException if the city has an id or a sector or team has none
     * @throws NullPointerException if an argument is null
     */
    static ClockScope of(Kind kind, String id) {
        Objects.requireNonNull(kind, "kind must not be null");
        Objects.requireNonNull(id, "id must not be null");
        return switch (kind) {
            case CITY -> {
                if (!id.isEmpty()) {
                    throw new IllegalArgumentException("the city's clock has no id: '" + id + "'");
                }
                yield new City();
            }
            case SECTOR -> new OfSector(new SectorId(id));
            case TEAM -> new OfTeam(new TeamId(id));
        };
    }

    /** The kinds of scope. */
    enum Kind {
        /** The whole city's clock. */
        CITY,
        /** A sector's own clock. */
        SECTOR,
        /** A service team's own clock. */
        TEAM
    }

    /** The whole city's clock. */
    record City() implements ClockScope {
        @Override
        public Kind kind() {
            return Kind.CITY;
        }

        @Override
        public String id() {
            return "";
        }
    }

    /**
     * A sector's own clock.
     *
     * @param sector the sector
     */
    record OfSector(SectorId sector) implements ClockScope {
        public OfSector {
            Objects.requireNonNull(sector, "sector must not be null");
        }

        @Override
        public Kind kind() {
            return Kind.SECTOR;
        }

        @Override
        public String id() {
            return sector.value();
        }
    }

    /**
     * A service team's own clock.
     *
     * @param team the team
     */
    record OfTeam(TeamId team) implements ClockScope {
        public OfTeam {
            Objects.requireNonNull(team, "team must not be null");
        }

        @Override
        public Kind kind() {
            return Kind.TEAM;
        }

        @Override
        public String id() {
            return team.value();
        }
    }
}
