package fi.hoitomalli.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.stream.IntStream;
import fi.hoitomalli.common.ConcurrentUpdateException;
import fi.hoitomalli.common.DuplicateRecordException;
import fi.hoitomalli.phone.PhonePlans;
import fi.hoitomalli.phone.PhonePolicy;
import fi.hoitomalli.phone.PhoneSetup;
import fi.hoitomalli.phone.PhoneWindow;
import fi.hoitomalli.phone.WeeklyTemplate;
import fi.hoitomalli.team.SecretaryId;
import fi.hoitomalli.team.TeamId;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The contract of {@link PhonePlans}: every implementation (in memory, JDBC, yours) extends this class and
 * provides a fresh, empty store; JUnit 5 runs the inherited tests against it.
 */
public abstract class PhonePlansContract {

    private static final TeamId TEAM = new TeamId("T-SIVI");
    private static final TeamId OTHER = new TeamId("T-SOTE");
    private static final LocalDate SPRING = LocalDate.of(2027, 1, 1);
    private static final LocalDate AUTUMN = LocalDate.of(2027, 8, 1);

    private PhonePlans store;

    /** A new, empty store. */
    protected abstract PhonePlans newPhonePlans();

    @BeforeEach
    void freshStore() {
        store = newPhonePlans();
    }

    /** Saves the TEAM's setup from SPRING with its Monday window at {@code hour}, and returns it. */
    private PhoneSetup savedSpringSetup(int hour) {
        PhoneSetup setup = setup(TEAM, SPRING, hour);
        store.save(setup);
        return setup;
    }

    private static PhoneSetup setup(TeamId team, LocalDate from, int hour) {
        WeeklyTemplate template = new WeeklyTemplate(team, List.of(
                new PhoneWindow(new SecretaryId("S-1"), DayOfWeek.MONDAY, LocalTime.of(hour, 0), LocalTime.of(hour + 1, 0)),
                new PhoneWindow(new SecretaryId("S-2"), DayOfWeek.TUESDAY, LocalTime.of(9, 0), LocalTime.of(10, 0))));
        return new PhoneSetup(team, from, PhonePolicy.vantaaDefault(), template);
    }

    @Test
    void theSetupInForceIsTheLatestStartedOne() {
        PhoneSetup spring = setup(TEAM, SPRING, 9);
        PhoneSetup autumn = setup(TEAM, AUTUMN, 12);
        store.save(autumn);
        store.save(spring);

        assertThat(store.inForceOn(TEAM, SPRING.minusDays(1))).isEmpty();
        assertThat(store.inForceOn(TEAM, SPRING)).contains(spring);
        assertThat(store.inForceOn(TEAM, AUTUMN.minusDays(1))).contains(spring);
        assertThat(store.inForceOn(TEAM, AUTUMN)).contains(autumn);
        assertThat(store.inForceOn(TEAM, AUTUMN.plusYears(3))).contains(autumn);
        assertThat(store.history(TEAM)).containsExactly(spring, autumn);
    }

    @Test
    void savingASecondSetupOfTheSameStartFailsAndKeepsTheFirst() {
        PhoneSetup first = savedSpringSetup(9);

        assertThatThrownBy(() -> store.save(setup(TEAM, SPRING, 13)))
                .isInstanceOfSatisfying(DuplicateRecordException.class,
                        e -> assertThat(e.id()).isEqualTo("T-SIVI/2027-01-01"));
        assertThat(store.inForceOn(TEAM, SPRING)).contains(first);
        assertThat(store.history(TEAM)).containsExactly(first);
    }

    @Test
    void replaceChangesTheSetupItWasBasedOn() {
        PhoneSetup first = savedSpringSetup(9);
        PhoneSetup changed = setup(TEAM, SPRING, 13);

        store.replace(first, changed);

        assertThat(store.inForceOn(TEAM, SPRING)).contains(changed);
        assertThat(store.history(TEAM)).containsExactly(changed);
    }

    @Test
    void ofEightConcurrentReplacesOfOneSetupExactlyOneWins() throws Exception {
        PhoneSetup first = savedSpringSetup(8);
        List<PhoneSetup> changes = IntStream.range(0, 8).mapToObj(i -> setup(TEAM, SPRING, 9 + i)).toList();

        int wins = Races.winners(changes.size(), i -> () -> store.replace(first, changes.get(i)));

        assertThat(wins).isEqualTo(1);
        assertThat(changes).contains(store.inForceOn(TEAM, SPRING).orElseThrow());
        assertThat(store.history(TEAM)).hasSize(1);
    }

    @Test
    void aStaleReplaceFailsAndChangesNothing() {
        PhoneSetup first = savedSpringSetup(9);
        PhoneSetup changed = setup(TEAM, SPRING, 13);
        store.replace(first, changed);

        assertThatThrownBy(() -> store.replace(first, setup(TEAM, SPRING, 14)))
                .isInstanceOf(ConcurrentUpdateException.class);
        assertThat(store.history(TEAM)).containsExactly(changed);
    }

    @Test
    void replacingNothingOrAnotherTeamsOrDaysSetupIsAProgrammingError() {
        PhoneSetup first = setup(TEAM, SPRING, 9);

        assertThatThrownBy(() -> store.replace(first, setup(TEAM, SPRING, 13)))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(store.history(TEAM)).isEmpty();
        store.save(first);
        assertThatThrownBy(() -> store.replace(first, setup(TEAM, AUTUMN, 13)))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> store.replace(first, setup(OTHER, SPRING, 13)))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(store.history(TEAM)).containsExactly(first);
        assertThat(store.history(OTHER)).isEmpty();
    }

    @Test
    void teamsHaveTheirOwnSetups() {
        PhoneSetup mine = setup(TEAM, SPRING, 9);
        PhoneSetup theirs = setup(OTHER, AUTUMN, 10);
        store.save(mine);
        store.save(theirs);

        assertThat(store.inForceOn(OTHER, SPRING.plusMonths(1))).isEmpty();
        assertThat(store.inForceOn(OTHER, AUTUMN)).contains(theirs);
        assertThat(store.history(TEAM)).containsExactly(mine);
        assertThat(store.history(new TeamId("T-NONE"))).isEmpty();
    }

    @Test
    void nullIsRejected() {
        assertThatThrownBy(() -> store.save(null)).isInstanceOf(NullPointerException.class);
        assertThatThrownBy(() -> store.replace(null, setup(TEAM, SPRING, 9))).isInstanceOf(NullPointerException.class);
        assertThatThrownBy(() -> store.replace(setup(TEAM, SPRING, 9), null)).isInstanceOf(NullPointerException.class);
        assertThatThrownBy(() -> store.inForceOn(TEAM, null)).isInstanceOf(NullPointerException.class);
    }
}
