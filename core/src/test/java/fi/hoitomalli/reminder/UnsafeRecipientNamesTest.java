package fi.hoitomalli.reminder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fi.hoitomalli.calendar.WorkingCalendar;
import fi.hoitomalli.common.EmailAddress;
import fi.hoitomalli.common.Language;
import fi.hoitomalli.customer.Customer;
import fi.hoitomalli.customer.CustomerBase;
import fi.hoitomalli.customer.CustomerId;
import fi.hoitomalli.customer.Employee;
import fi.hoitomalli.customer.Executive;
import fi.hoitomalli.customer.Role;
import fi.hoitomalli.customer.Sector;
import fi.hoitomalli.customer.Supervisor;
import fi.hoitomalli.meeting.Participant;
import fi.hoitomalli.reference.ReferenceCity;
import fi.hoitomalli.reference.VantaaReference;
import fi.hoitomalli.segment.Audience;
import fi.hoitomalli.segment.HasRole;
import fi.hoitomalli.segment.InSector;
import fi.hoitomalli.segment.Segment;
import fi.hoitomalli.segment.SpeaksLanguage;
import fi.hoitomalli.team.ManagementGroup;
import fi.hoitomalli.team.Secretary;
import fi.hoitomalli.team.SecretaryId;
import fi.hoitomalli.team.ServiceCentre;
import fi.hoitomalli.team.ServiceTeam;
import fi.hoitomalli.team.StaffId;
import fi.hoitomalli.team.StaffMember;
import fi.hoitomalli.team.SubstitutePair;
import fi.hoitomalli.team.TeamId;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.LongStream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * One directory row whose name cannot go into a {@code To} header (longer than 120 characters: the text
 * policy admits names up to 200, and keeps control characters out of names altogether) never fails a
 * batch: that person is reported as {@link Unreached.Reason#UNSAFE_NAME} and everyone else still gets the
 * reminder.
 */
class UnsafeRecipientNamesTest {

    static final String LONG_NAME = "Maija " + "Pitkänimi-".repeat(14) + "Meikäläinen"; // 157 characters
    static final String EMOJI_NAME = "Ärjä " + "\uD83D\uDE00Åke-".repeat(30); // 185 UTF-16 units

    static ReferenceCity vantaa;

    @BeforeAll
    static void city() {
        vantaa = VantaaReference.city();
    }

    @Test
    void aNameOf157CharactersOrOf185WithEmojiLeavesOnlyThatSupervisorWithoutTheDigest() {
        CustomerBase base = vantaa.customerBase();
        Audience audience = Audience.of(new InSector(VantaaReference.SIVI));
        List<Customer> supervisors = audience.resolve(base);
        Customer longNamed = supervisors.get(3);
        Customer emojiNamed = supervisors.get(7);
        assertThat(LONG_NAME.length()).isBetween(121, 200);
        assertThat(EMOJI_NAME.length()).isBetween(121, 200);
        CustomerBase directory = renamedIn(base, Map.of(longNamed, LONG_NAME, emojiNamed, EMOJI_NAME));

        CollectedFacts collected = collect(IntranetUpdate.Importance.NORMAL, audience, directory);

        assertThat(collected.unreached()).containsExactly(
                new Unreached(IntranetAudienceTest.ITEM.id(), longNamed.id().value(), Unreached.Reason.UNSAFE_NAME),
                new Unreached(IntranetAudienceTest.ITEM.id(), emojiNamed.id().value(), Unreached.Reason.UNSAFE_NAME));
        List<EmailAddress> normal = supervisors.stream().filter(c -> c != longNamed && c != emojiNamed)
                .map(c -> c.email().orElseThrow()).toList();
        assertThat(collected.facts().updates()).singleElement().satisfies(u ->
                assertThat(u.recipients()).extracting(Recipient::address).containsExactlyElementsOf(normal));
        List<Reminder> digests = digestTime().evaluate(collected.facts());
        assertThat(digests).extracting(r -> r.to().address()).containsExactlyInAnyOrderElementsOf(normal);
        assertThat(digests).allMatch(r -> r.key().kind() == ReminderKind.INTRANET_DIGEST);
    }

    @Test
    void aNameWithATabOrALineBreakCannotEnterTheDirectoryAtAll() {
        Customer any = vantaa.customerBase().customers().get(0);
        for (String name : List.of("Matti\tMeikäläinen", "Åsa\nBcc: everyone@vantaa.fi", "\rNimi", "Nimi\u0007")) {
            assertThatThrownBy(() -> renamed(any, name)).as(name).isInstanceOf(IllegalArgumentException.class);
        }
    }

    @Test
    void anUrgentUpdateToo() {
        CustomerBase base = vantaa.customerBase();
        Audience audience = Audience.of(new SpeaksLanguage(Language.SV));
        List<Customer> reached = audience.resolve(base);
        Customer bad = reached.get(0);
        CustomerBase directory = renamedIn(base, Map.of(bad, "Åsa " + "Bcc-everyone-".repeat(10)));

        CollectedFacts collected = collect(IntranetUpdate.Importance.URGENT, audience, directory);

        assertThat(collected.unreached()).containsExactly(
                new Unreached(IntranetAudienceTest.ITEM.id(), bad.id().value(), Unreached.Reason.UNSAFE_NAME));
        assertThat(digestTime().evaluate(collected.facts())).hasSize(reached.size() - 1)
                .allMatch(r -> r.key().kind() == ReminderKind.INTRANET_URGENT);
    }

    @Test
    void theCentresDirectoryLeavesOutOnlyThePersonWhoseNameCannotBeAHeader() {
        SecretaryId good = new SecretaryId("S-1");
        SecretaryId longNamed = new SecretaryId("S-2");
        StaffId lead = new StaffId("L-1");
        ServiceCentre centre = ServiceCentre.of(
                List.of(new ServiceTeam(new TeamId("T1"), "T1", Set.of(VantaaReference.SIVI), lead,
                        List.of(good, longNamed), List.of(new SubstitutePair(good, longNamed)))),
                List.of(new Secretary(good, "Maija Meikäläinen", new EmailAddress("maija@vantaa.fi"), Language.FI),
                        new Secretary(longNamed, LONG_NAME, new EmailAddress("pitka@vantaa.fi"), Language.FI)),
                new ManagementGroup(staff("HEAD", "Helena Yksikönpäällikkö"), List.of(staff("L-1", EMOJI_NAME)),
                        staff("LAW", "Lauri Lakimies")));

        RecipientDirectory directory = RecipientDirectory.of(centre);

        assertThat(directory.participant(Participant.secretary(good))).extracting(Recipient::name)
                .containsExactly("Maija Meikäläinen");
        assertThat(directory.participant(Participant.secretary(longNamed))).isEmpty();
        assertThat(directory.whyUnresolved(Participant.secretary(longNamed))).isEqualTo(Unreached.Reason.UNSAFE_NAME);
        assertThat(directory.whyUnresolved(Participant.staff(lead))).isEqualTo(Unreached.Reason.UNSAFE_NAME);
        assertThat(directory.whyUnresolved(Participant.secretary(new SecretaryId("S-9"))))
                .isEqualTo(Unreached.Reason.UNKNOWN_PERSON);
        assertThat(directory.person("S-2")).isEmpty();
        assertThat(directory.whyUnresolved("S-2")).isEqualTo(Unreached.Reason.UNSAFE_NAME);
        assertThat(directory.whyUnresolved(EMOJI_NAME)).isEqualTo(Unreached.Reason.UNSAFE_NAME);
        assertThat(directory.whyUnresolved("Nobody")).isEqualTo(Unreached.Reason.UNKNOWN_PERSON);
        assertThat(directory.person("Maija Meikäläinen")).isPresent();
        RecipientDirectory withGroup = directory.withGroup(Participant.group("steering-group"), List.of());
        assertThat(withGroup.whyUnresolved(Participant.secretary(longNamed))).isEqualTo(Unreached.Reason.UNSAFE_NAME);
        assertThat(withGroup.whyUnresolved("S-2")).isEqualTo(Unreached.Reason.UNSAFE_NAME);
    }

    static List<Long> seeds() {
        return LongStream.range(0, 40).map(i -> 0x5EED_0000L + i).boxed().toList();
    }

    /**
     * Over generated audiences of the Vantaa directory with some names made too long for a header (121-200
     * UTF-16 units of Latin, emoji or right-to-left text) and some addresses removed: nothing throws, and every member of
     * the audience is either reached (and gets a digest) or unreached with the reason that fits.
     */
    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void reachedPlusUnreachedIsTheAudience(long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        CustomerBase base = vantaa.customerBase();
        Map<CustomerId, Unreached.Reason> spoilt = new LinkedHashMap<>();
        List<Customer> customers = new ArrayList<>();
        for (Customer c : base.customers()) {
            int roll = random.nextInt(100);
            if (roll < 4) {
                customers.add(renamed(c, unsafeName(random)));
                spoilt.put(c.id(), c.email().isEmpty() ? Unreached.Reason.NO_EMAIL : Unreached.Reason.UNSAFE_NAME);
            } else if (roll < 6) {
                customers.add(withoutEmail(c));
                spoilt.put(c.id(), Unreached.Reason.NO_EMAIL);
            } else if (roll < 8) {
                customers.add(renamed(c, "A".repeat(Recipient.MAX_NAME))); // the longest name that fits
            } else {
                customers.add(c);
            }
        }
        CustomerBase directory = CustomerBase.of(base.orgStructure(), customers);
        Audience audience = new Audience(segment(random), random.nextBoolean() ? Audience.Recipients.SUPERVISORS
                : Audience.Recipients.ALL_MEMBERS);
        List<Customer> members = audience.resolve(directory);

        CollectedFacts collected = collect(IntranetUpdate.Importance.NORMAL, audience, directory);

        List<Recipient> reached = collected.facts().updates().stream().flatMap(u -> u.recipients().stream()).toList();
        assertThat(reached.size() + collected.unreached().size()).as("seed %d: reached + unreached", seed)
                .isEqualTo(members.size());
        Map<CustomerId, Customer> byId = members.stream().collect(Collectors.toMap(Customer::id, Function.identity()));
        assertThat(collected.unreached()).as("seed %d: the unreached and why", seed)
                .containsExactlyElementsOf(members.stream().filter(c -> spoilt.containsKey(c.id()))
                        .map(c -> new Unreached(IntranetAudienceTest.ITEM.id(), c.id().value(), spoilt.get(c.id())))
                        .toList());
        assertThat(reached).extracting(Recipient::address).as("seed %d: everyone else is reached", seed)
                .containsExactlyElementsOf(members.stream().filter(c -> !spoilt.containsKey(c.id()))
                        .map(c -> c.email().orElseThrow()).toList());
        assertThat(collected.unreached()).allMatch(u -> byId.containsKey(new CustomerId(u.who())));
        assertThat(digestTime().evaluate(collected.facts())).as("seed %d: one digest each", seed)
                .hasSize((int) reached.stream().map(Recipient::address).distinct().count());
    }

    private static Segment segment(SplittableRandom random) {
        List<Sector> sectors = vantaa.orgStructure().sectors();
        return switch (random.nextInt(3)) {
            case 0 -> new InSector(sectors.get(random.nextInt(sectors.size())).id());
            case 1 -> new SpeaksLanguage(Language.values()[random.nextInt(Language.values().length)]);
            default -> new HasRole(Role.values()[random.nextInt(Role.values().length)]);
        };
    }

    /** A name the directory admits but no header may carry: 121-200 UTF-16 units. */
    static String unsafeName(SplittableRandom random) {
        int length = random.nextInt(Recipient.MAX_NAME + 1, 201);
        String filler = switch (random.nextInt(4)) {
            case 0 -> "N";
            case 1 -> "ä";
            case 2 -> "\uD83D\uDE00";
            default -> "\u05D0";
        };
        StringBuilder name = new StringBuilder("Testi Henkilö ");
        while (name.length() + filler.length() <= length) {
            name.append(filler);
        }
        while (name.length() < length) {
            name.append('x');
        }
        return name.toString();
    }

    /** The base with the customers that are keys of {@code names} renamed to their values. */
    private static CustomerBase renamedIn(CustomerBase base, Map<Customer, String> names) {
        return CustomerBase.of(base.orgStructure(), base.customers().stream()
                .map(c -> names.containsKey(c) ? renamed(c, names.get(c)) : c).toList());
    }

    /** The facts collected for the intranet update of the item to the audience in the directory. */
    private static CollectedFacts collect(IntranetUpdate.Importance importance, Audience audience,
                                          CustomerBase directory) {
        return IntranetAudienceTest.collector().intranetUpdate(IntranetAudienceTest.ITEM, importance,
                IntranetAudienceTest.PUBLISHED, audience, directory);
    }

    static Customer renamed(Customer c, String name) {
        if (c instanceof Supervisor s) {
            return new Supervisor(s.id(), name, s.unit(), s.agreement(), s.language(), s.email(), s.managedUnits());
        }
        if (c instanceof Employee e) {
            return new Employee(e.id(), name, e.unit(), e.agreement(), e.language(), e.email(), e.supervisor());
        }
        Executive x = (Executive) c;
        return new Executive(x.id(), name, x.unit(), x.agreement(), x.language(), x.email());
    }

    static Customer withoutEmail(Customer c) {
        if (c instanceof Supervisor s) {
            return new Supervisor(s.id(), s.name(), s.unit(), s.agreement(), s.language(), Optional.empty(),
                    s.managedUnits());
        }
        if (c instanceof Employee e) {
            return new Employee(e.id(), e.name(), e.unit(), e.agreement(), e.language(), Optional.empty(),
                    e.supervisor());
        }
        Executive x = (Executive) c;
        return new Executive(x.id(), x.name(), x.unit(), x.agreement(), x.language(), Optional.empty());
    }

    static StaffMember staff(String id, String name) {
        return new StaffMember(new StaffId(id), name, new EmailAddress(id.toLowerCase() + "@vantaa.fi"), Language.FI);
    }

    /** The evaluation at the digest time of the publication day (an urgent notice is due then too). */
    static ReminderEvaluation digestTime() {
        return new ReminderEvaluation(Clock.fixed(IntranetAudienceTest.PUBLISHED.plusSeconds(6 * 3600),
                WorkingCalendar.HELSINKI), WorkingCalendar.vantaaDefault(), ReminderPolicy.vantaaDefault());
    }
}
