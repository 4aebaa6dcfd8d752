package fi.hoitomalli.common;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.validation.Validation;
import jakarta.validation.ValidatorFactory;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class InputValidationTest {

    /** An input record as a form would hand it in. */
    record Registration(@NotBlank String name, @Size(min = 2, max = 5) String code, @Max(10) int count,
                        @NotBlank(message = "literal text, not a key") String note) {
    }

    private static ValidatorFactory factory;
    private static InputValidation validation;

    @BeforeAll
    static void setUp() {
        factory = Validation.buildDefaultValidatorFactory();
        validation = new InputValidation(factory.getValidator());
    }

    @AfterAll
    static void tearDown() {
        factory.close();
    }

    @Test
    void reportsEveryViolationAtOnceOrderedByPath() {
        Registration input = new Registration(" ", "toolong", 11, "ok");

        assertThat(validation.violationsOf(input)).extracting(Violation::path, Violation::rule).containsExactly(
                org.assertj.core.groups.Tuple.tuple("code", "jakarta.validation.constraints.Size.message"),
                org.assertj.core.groups.Tuple.tuple("count", "jakarta.validation.constraints.Max.message"),
                org.assertj.core.groups.Tuple.tuple("name", "jakarta.validation.constraints.NotBlank.message"));
    }

    @Test
    void messagesAreInThreeLanguagesWithTheConstraintsAttributes() {
        Registration input = new Registration("Maija", "x", 11, "ok");

        var violations = validation.violationsOf(input);

        assertThat(violations.get(0).message())
                .isEqualTo(new LocalizedText("pituuden on oltava 2–5", "längden ska vara 2–5",
                        "length must be between 2 and 5"));
        assertThat(violations.get(1).describe(Language.FI)).isEqualTo("count: saa olla enintään 10");
        assertThat(violations.get(1).describe(Language.SV)).isEqualTo("count: får vara högst 10");
        assertThat(violations.get(1).describe(Language.EN)).isEqualTo("count: must be at most 10");
    }

    @Test
    void literalMessagesAreKeptInAllLanguages() {
        var violations = validation.violationsOf(new Registration("Maija", "abc", 1, ""));

        assertThat(violations).singleElement().satisfies(v -> {
            assertThat(v.rule()).isEqualTo("literal text, not a key");
            assertThat(v.message()).isEqualTo(LocalizedText.same("literal text, not a key"));
        });
    }

    @Test
    void requireValidReturnsTheInputOrThrowsWithEveryViolation() {
        Registration valid = new Registration("Maija", "abc", 3, "ok");
        assertThat(validation.requireValid(valid)).isSameAs(valid);

        assertThatThrownBy(() -> validation.requireValid(new Registration("", "", 99, "")))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> {
                    assertThat(e.violations()).hasSize(4);
                    assertThat(e.describe(Language.FI)).contains("name: on pakollinen");
                    assertThat(e.getMessage()).startsWith("4 invalid value(s)");
                });
    }
}
