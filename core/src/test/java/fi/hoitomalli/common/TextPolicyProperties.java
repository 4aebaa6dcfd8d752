package fi.hoitomalli.common;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import jakarta.validation.Validation;
import jakarta.validation.Validator;
import jakarta.validation.ValidatorFactory;
import jakarta.validation.constraints.NotBlank;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.SplittableRandom;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.IntStream;
import java.util.stream.LongStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import fi.hoitomalli.catalog.ProductCardId;
import fi.hoitomalli.catalog.QualityMetric;
import fi.hoitomalli.clock.ActivityMark;
import fi.hoitomalli.clock.ActivityMarkInput;
import fi.hoitomalli.clock.ActivityStatus;
import fi.hoitomalli.clock.TemplateId;
import fi.hoitomalli.contact.InquiryId;
import fi.hoitomalli.contact.PromiseId;
import fi.hoitomalli.customer.AgreementCode;
import fi.hoitomalli.customer.CustomerId;
import fi.hoitomalli.customer.Executive;
import fi.hoitomalli.customer.OrgUnit;
import fi.hoitomalli.customer.OrgUnitId;
import fi.hoitomalli.customer.Role;
import fi.hoitomalli.customer.Sector;
import fi.hoitomalli.customer.SectorId;
import fi.hoitomalli.forms.CustomerSegment;
import fi.hoitomalli.forms.FeedbackChannel;
import fi.hoitomalli.forms.FeedbackDetails;
import fi.hoitomalli.forms.FeedbackId;
import fi.hoitomalli.forms.FeedbackInput;
import fi.hoitomalli.forms.FeedbackKind;
import fi.hoitomalli.forms.FeedbackReason;
import fi.hoitomalli.forms.SituationDetails;
import fi.hoitomalli.forms.SituationId;
import fi.hoitomalli.forms.SituationInput;
import fi.hoitomalli.forms.SituationTopic;
import fi.hoitomalli.json.CustomerRow;
import fi.hoitomalli.json.OrgUnitRow;
import fi.hoitomalli.json.SectorRow;
import fi.hoitomalli.meeting.MeetingId;
import fi.hoitomalli.meeting.Participant;
import fi.hoitomalli.plan.ActionId;
import fi.hoitomalli.plan.ActionInput;
import fi.hoitomalli.plan.ActionStatus;
import fi.hoitomalli.plan.GoalId;
import fi.hoitomalli.plan.Measurement;
import fi.hoitomalli.plan.MeasurementInput;
import fi.hoitomalli.plan.PlanAction;
import fi.hoitomalli.team.SecretaryId;
import fi.hoitomalli.team.StaffId;
import fi.hoitomalli.team.TeamId;

/**
 * The text policy's one promise, as a seeded property over strings drawn from every Unicode general
 * category (plus the characters that caused trouble: NUL, CRLF, NBSP, zero-width space, BOM, U+2028,
 * U+3000, noncharacters, lone surrogates): each input field's constraints accept exactly what the domain
 * constructor behind it accepts, so no value passes validation and then throws in a constructor; and a
 * valid input record always converts to its domain value. A failure names its seed and the value.
 */
class TextPolicyProperties {

    private static final int TRIES = 250;
    private static final LocalDate DAY = LocalDate.of(2027, 3, 15);
    private static final String SAFE = "abcdefghijklmnopqrstuvwxyzäöåABCXYZÄÖ0123456789-_.:/'";
    private static final List<String> TROUBLE = List.of("\u0000", "\t", "\n", "\r", "\r\n", " ", "\u00A0",
            "\u200B", "\uFEFF", "\u2028", "\u2029", "\u3000", "\u2003", "\u001F", "\u007F", "\u0085", "\uFFFE",
            "\uFFFF", "\uD800", "\uDFFF", "😀", "\u200D", "\u00AD", "\u3164", "\uFE0F", "\uE000");
    /** The code points of each general category of the running Java, by {@link Character#getType}. */
    private static final int[][] BY_CATEGORY = new int[Character.FINAL_QUOTE_PUNCTUATION + 1][];
    private static final List<Integer> CATEGORIES = new ArrayList<>();

    private static ValidatorFactory factory;
    private static Validator validator;

    /** An id made of another id and a prefix (templates, participants). */
    record PrefixedId(@NotBlank @Identifier(max = TemplateId.MAX_LENGTH) String id) {
    }

    /**
     * One field of an input record and the domain constructor behind it.
     *
     * @param input the input record
     * @param property its field
     * @param required whether the field is required (checked on every value; optional ones on every value
     *     that is not "nothing typed", which the input reads as none)
     * @param max the field's limit, to draw values near it
     * @param build the domain constructor the value ends in
     */
    record Field(Class<?> input, String property, boolean required, int max, Function<String, ?> build) {
        @Override
        public String toString() {
            return input.getSimpleName() + "." + property;
        }
    }

    private static final List<Field> FIELDS = List.of(
            new Field(SituationInput.class, "recorder", true, 64, SecretaryId::new),
            new Field(SituationInput.class, "team", true, 64, TeamId::new),
            new Field(SituationInput.class, "customer", false, 64, CustomerId::new),
            new Field(SituationInput.class, "situation", true, 4000, s -> situation(s, "Ratkaisu")),
            new Field(SituationInput.class, "solution", true, 4000, s -> situation("Tilanne", s)),
            new Field(FeedbackInput.class, "recorder", true, 64, SecretaryId::new),
            new Field(FeedbackInput.class, "team", true, 64, TeamId::new),
            new Field(FeedbackInput.class, "customer", false, 64, CustomerId::new),
            new Field(FeedbackInput.class, "sector", true, 64, SectorId::new),
            new Field(FeedbackInput.class, "agreement", false, 64, AgreementCode::new),
            new Field(FeedbackInput.class, "text", true, 4000, s -> feedback(FeedbackReason.SERVICE_QUALITY,
                    Optional.empty(), s)),
            new Field(FeedbackInput.class, "otherReason", false, 200, s -> feedback(FeedbackReason.OTHER,
                    Optional.of(s), "Palaute")),
            new Field(CustomerRow.class, "id", true, 64, CustomerId::new),
            new Field(CustomerRow.class, "name", true, 200, s -> new Executive(new CustomerId("P1"), s,
                    new OrgUnitId("U1"), new AgreementCode("KVTES"), Language.FI, Optional.empty())),
            new Field(CustomerRow.class, "unit", true, 64, OrgUnitId::new),
            new Field(CustomerRow.class, "agreement", true, 64, AgreementCode::new),
            new Field(CustomerRow.class, "supervisor", false, 64, CustomerId::new),
            new Field(OrgUnitRow.class, "id", true, 64, OrgUnitId::new),
            new Field(OrgUnitRow.class, "sector", true, 64, SectorId::new),
            new Field(OrgUnitRow.class, "parent", false, 64, OrgUnitId::new),
            new Field(OrgUnitRow.class, "name", true, 200, s -> OrgUnit.root(new OrgUnitId("U1"),
                    new SectorId("S1"), s)),
            new Field(SectorRow.class, "id", true, 64, SectorId::new),
            new Field(SectorRow.class, "nameFi", true, 200, s -> sector(new LocalizedText(s, "Sektor", "Sector"))),
            new Field(SectorRow.class, "nameSv", true, 200, s -> sector(new LocalizedText("Toimiala", s, "Sector"))),
            new Field(SectorRow.class, "nameEn", true, 200, s -> sector(new LocalizedText("Toimiala", "Sektor", s))),
            new Field(ActivityMarkInput.class, "by", true, 200,
                    s -> new ActivityMark(ActivityStatus.HELD, s, Instant.EPOCH, Optional.empty())),
            new Field(ActivityMarkInput.class, "note", false, 4000,
                    s -> new ActivityMark(ActivityStatus.CANCELLED, "Liisa", Instant.EPOCH, Optional.of(s))),
            new Field(ActionInput.class, "description", true, 4000, s -> action(s, "Liisa")),
            new Field(ActionInput.class, "owner", true, 200, s -> action("Kehitetään", s)),
            new Field(ActionInput.class, "goal", false, 64, GoalId::new),
            new Field(MeasurementInput.class, "goal", true, 64, GoalId::new),
            new Field(MeasurementInput.class, "basis", true, 500, s -> new Measurement(1.0, DAY, s)),
            // the same id constraint stands for every other id record
            new Field(CustomerRow.class, "id", true, 64, FeedbackId::new),
            new Field(CustomerRow.class, "id", true, 64, SituationId::new),
            new Field(CustomerRow.class, "id", true, 64, ProductCardId::new),
            new Field(CustomerRow.class, "id", true, 64, InquiryId::new),
            new Field(CustomerRow.class, "id", true, 64, PromiseId::new),
            new Field(CustomerRow.class, "id", true, 64, StaffId::new),
            new Field(CustomerRow.class, "id", true, 64, MeetingId::new),
            new Field(CustomerRow.class, "id", true, 64, ActionId::new),
            new Field(CustomerRow.class, "id", true, 64, s -> new QualityMetric(s, new LocalizedText("a", "b", "c"),
                    QualityMetric.Comparison.AT_LEAST, 1, QualityMetric.MetricUnit.COUNT_PER_MONTH)),
            new Field(PrefixedId.class, "id", true, 80, TemplateId::new),
            new Field(PrefixedId.class, "id", true, 80, Participant::new));

    @BeforeAll
    static void setUp() {
        factory = Validation.buildDefaultValidatorFactory();
        validator = factory.getValidator();
        List<List<Integer>> byCategory = new ArrayList<>();
        for (int i = 0; i < BY_CATEGORY.length; i++) {
            byCategory.add(new ArrayList<>());
        }
        IntStream.rangeClosed(0, Character.MAX_CODE_POINT).forEach(cp -> byCategory.get(Character.getType(cp)).add(cp));
        for (int type = 0; type < BY_CATEGORY.length; type++) {
            BY_CATEGORY[type] = byCategory.get(type).stream().mapToInt(Integer::intValue).toArray();
            if (BY_CATEGORY[type].length > 0) {
                CATEGORIES.add(type);
            }
        }
    }

    @AfterAll
    static void tearDown() {
        factory.close();
    }

    static Stream<Long> seeds() {
        return LongStream.rangeClosed(1, 8).boxed();
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void theConstraintsAcceptExactlyWhatTheDomainConstructorsAccept(long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        TreeSet<Integer> drawn = new TreeSet<>();
        for (int i = 0; i < TRIES; i++) {
            for (Field field : FIELDS) {
                String value = draw(random, field.max(), drawn);
                if (!field.required() && TextPolicy.isNothingTyped(value)) {
                    continue;
                }
                boolean accepted = validator.validateValue(field.input(), field.property(), value).isEmpty();
                assertThat(accepted).as("seed %d, %s = \"%s\": accepted by the constraints", seed, field,
                        escaped(value)).isEqualTo(builds(field.build(), value));
            }
        }
        assertThat(drawn).as("general categories drawn").containsAll(CATEGORIES);
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void aValidInputAlwaysBecomesItsDomainValue(long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        TreeSet<Integer> drawn = new TreeSet<>();
        for (int i = 0; i < TRIES; i++) {
            String a = draw(random, 200, drawn);
            String b = draw(random, 200, drawn);
            String c = draw(random, 64, drawn);
            ActivityMarkInput mark = new ActivityMarkInput(ActivityStatus.HELD, a, b);
            if (validator.validate(mark).isEmpty()) {
                assertThatCode(() -> mark.toMark(Instant.EPOCH)).as("seed %d, %s", seed, escaped(mark.toString()))
                        .doesNotThrowAnyException();
            }
            ActionInput action = new ActionInput(b, a, DAY, c);
            if (validator.validate(action).isEmpty()) {
                assertThatCode(() -> action.toAction(new ActionId("A1"), Optional.empty()))
                        .as("seed %d, %s", seed, escaped(action.toString())).doesNotThrowAnyException();
            }
            MeasurementInput measurement = new MeasurementInput(c, 1.0, DAY, a);
            if (validator.validate(measurement).isEmpty()) {
                assertThatCode(() -> {
                    measurement.goalId();
                    measurement.toMeasurement();
                }).as("seed %d, %s", seed, escaped(measurement.toString())).doesNotThrowAnyException();
            }
        }
    }

    /**
     * A string of code points: mostly plain letters, some of the troublesome characters, and a code point
     * of a random general category; now and then as long as the field's limit, give or take a few.
     */
    private static String draw(SplittableRandom random, int max, TreeSet<Integer> drawn) {
        int scheme = random.nextInt(100);
        int length = scheme < 70 ? random.nextInt(9) : scheme < 95 ? random.nextInt(41)
                : Math.max(0, max - 3 + random.nextInt(7));
        StringBuilder out = new StringBuilder();
        if (scheme >= 95) {
            out.append("a".repeat(Math.max(0, length - 2)));
        }
        while (out.length() < length) {
            int kind = random.nextInt(10);
            if (kind < 5) {
                out.append(SAFE.charAt(random.nextInt(SAFE.length())));
            } else if (kind < 7) {
                out.append(TROUBLE.get(random.nextInt(TROUBLE.size())));
            } else {
                int type = CATEGORIES.get(random.nextInt(CATEGORIES.size()));
                int[] codePoints = BY_CATEGORY[type];
                out.appendCodePoint(codePoints[random.nextInt(codePoints.length)]);
                drawn.add(type);
            }
        }
        return out.toString();
    }

    private static boolean builds(Function<String, ?> constructor, String value) {
        try {
            constructor.apply(value);
            return true;
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    private static SituationDetails situation(String situation, String solution) {
        return new SituationDetails(new SituationId("F1"), new SecretaryId("S1"), new TeamId("T1"), DAY,
                Optional.empty(), SituationTopic.PAY, false, situation, solution, false);
    }

    private static FeedbackDetails feedback(FeedbackReason reason, Optional<String> other, String text) {
        return new FeedbackDetails(new FeedbackId("F1"), new SecretaryId("S1"), new TeamId("T1"), DAY,
                FeedbackKind.NEGATIVE, reason, other, text, FeedbackChannel.OWN_SECRETARY, Optional.empty(),
                new CustomerSegment(new SectorId("SIVI"), Role.EMPLOYEE, Optional.empty()), DAY, false);
    }

    private static Sector sector(LocalizedText name) {
        return new Sector(new SectorId("S1"), name, true);
    }

    private static PlanAction action(String description, String owner) {
        return new PlanAction(new ActionId("A1"), description, owner, DAY, ActionStatus.PLANNED, Optional.empty(),
                Optional.empty());
    }

    private static String escaped(String value) {
        StringBuilder out = new StringBuilder();
        value.chars().forEach(c -> out.append(c < 0x20 || c > 0x7E ? String.format("\\u%04X", c) : (char) c));
        return out.length() > 120 ? out.substring(0, 120) + "…(" + value.length() + ")" : out.toString();
    }
}
