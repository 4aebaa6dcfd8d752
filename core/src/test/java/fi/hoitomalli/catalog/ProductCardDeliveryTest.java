package fi.hoitomalli.catalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fi.hoitomalli.calendar.PayrollRuns;
import fi.hoitomalli.calendar.WorkingCalendar;
import fi.hoitomalli.common.Language;
import fi.hoitomalli.common.LocalizedText;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** "When will it be done?": due dates of product cards across weekends, holidays, payroll runs and DST. */
class ProductCardDeliveryTest {

    private static final WorkingCalendar CALENDAR = WorkingCalendar.vantaaDefault();
    private static final Map<String, ProductCard> CARDS = VantaaCatalogue.cards().stream()
            .collect(Collectors.toMap(c -> c.id().value(), Function.identity()));

    private static Instant at(String local) {
        return LocalDateTime.parse(local).atZone(WorkingCalendar.HELSINKI).toInstant();
    }

    private static Delivery.Due due(String card, String orderedAt) {
        return (Delivery.Due) CARDS.get(card).deliveryFor(at(orderedAt), CALENDAR);
    }

    @Test
    void contractIsDoneThreeWorkingDaysAfterReceiptOverTheWeekend() {
        Delivery.Due due = due("TYOSOPIMUKSET", "2027-02-05T10:00");

        assertThat(due.receivedOn()).isEqualTo(LocalDate.of(2027, 2, 5));
        assertThat(due.dueOn()).isEqualTo(LocalDate.of(2027, 2, 10));
        assertThat(due.payrollRun()).isEmpty();
    }

    @Test
    void orderAfterTheCutOffOrOnAClosedDayCountsForTheNextWorkingDay() {
        assertThat(due("TYOSOPIMUKSET", "2027-02-05T16:00").receivedOn()).isEqualTo(LocalDate.of(2027, 2, 8));
        assertThat(due("TYOSOPIMUKSET", "2027-02-05T16:00").dueOn()).isEqualTo(LocalDate.of(2027, 2, 11));
        assertThat(due("TYOSOPIMUKSET", "2027-02-06T09:00").receivedOn()).isEqualTo(LocalDate.of(2027, 2, 8));
    }

    @Test
    void christmasHolidaysDoNotCount() {
        // Thu 23 Dec 2027; Christmas Eve, Day and St Stephen's Day and the weekend are closed
        assertThat(due("TYOSOPIMUKSET", "2027-12-23T10:00").dueOn()).isEqualTo(LocalDate.of(2027, 12, 29));
        assertThat(due("KOULUTUS", "2027-12-23T10:00").dueOn()).isEqualTo(LocalDate.of(2028, 1, 10));
    }

    @Test
    void payrollChangeByTheFifthWorkingDayBeforeTheRunMakesThatRun() {
        // the run of Wed 10 Feb 2027; its 5th working day before is Wed 3 Feb
        Delivery.Due inTime = due("PALKAT", "2027-02-03T15:59");

        assertThat(inTime.payrollRun()).contains(LocalDate.of(2027, 2, 10));
        assertThat(inTime.dueOn()).isEqualTo(LocalDate.of(2027, 2, 10));
    }

    @Test
    void payrollChangeAfterTheDeadlineGoesWithTheNextRun() {
        Delivery.Due late = due("PALKAT", "2027-02-04T09:00");
        Delivery.Due afterCutOff = due("PALKAT", "2027-02-03T16:00");

        assertThat(late.payrollRun()).contains(LocalDate.of(2027, 2, 25));
        assertThat(afterCutOff.payrollRun()).contains(LocalDate.of(2027, 2, 25));
    }

    @Test
    void payrollRunOnAClosedDayMovesBackAndTheDeadlineWithIt() {
        // 10 Apr 2027 is a Saturday: the run is Fri 9 Apr; its 5th working day before is Fri 2 Apr
        assertThat(due("PALKAT", "2027-04-02T10:00").payrollRun()).contains(LocalDate.of(2027, 4, 9));
        assertThat(due("PALKAT", "2027-04-05T10:00").payrollRun()).contains(LocalDate.of(2027, 4, 23));
    }

    @Test
    void holidaysBeforeTheRunMoveTheDeadlineEarlier() {
        // run Mon 10 May 2027; Ascension Day (Thu 6 May) and the weekend do not count: the deadline is Fri 30 Apr
        assertThat(due("PALKAT", "2027-04-30T10:00").payrollRun()).contains(LocalDate.of(2027, 5, 10));
        assertThat(due("PALKAT", "2027-05-03T10:00").payrollRun()).contains(LocalDate.of(2027, 5, 25));
    }

    @Test
    void cutOffIsLocalTimeSoTheSameUtcTimeFallsEitherSideOfItAcrossTheDstChange() {
        // 13:30 UTC is 16:30 in summer time (Fri 29 Oct 2027) but 15:30 in winter time (Mon 1 Nov 2027)
        ProductCard card = CARDS.get("TYOSOPIMUKSET");
        Delivery.Due summer = (Delivery.Due) card.deliveryFor(Instant.parse("2027-10-29T13:30:00Z"), CALENDAR);
        Delivery.Due winter = (Delivery.Due) card.deliveryFor(Instant.parse("2027-11-01T13:30:00Z"), CALENDAR);

        assertThat(summer.receivedOn()).isEqualTo(LocalDate.of(2027, 11, 1));
        assertThat(winter.receivedOn()).isEqualTo(LocalDate.of(2027, 11, 1));
        assertThat(winter.dueOn()).isEqualTo(LocalDate.of(2027, 11, 4));
    }

    @Test
    void payrollBoundOrderWithoutARunInReachCannotBePromised() {
        WorkingCalendar ending = new WorkingCalendar(WorkingCalendar.HELSINKI,
                new PayrollRuns.Listed(Set.of(LocalDate.of(2027, 2, 10))), Set.of());

        Delivery delivery = CARDS.get("PALKAT").deliveryFor(at("2027-02-08T10:00"), ending);

        assertThat(delivery).isInstanceOf(Delivery.NoPayrollRun.class);
        assertThat(delivery.receivedOn()).isEqualTo(LocalDate.of(2027, 2, 8));
    }

    @Test
    void vantaaCatalogueCoversEveryServiceOfTheCareModel() {
        List<ProductCard> cards = VantaaCatalogue.cards();

        assertThat(cards).extracting(ProductCard::id).doesNotHaveDuplicates();
        assertThat(cards).extracting(ProductCard::area).containsAll(Arrays.asList(ServiceArea.values()));
        assertThat(cards.stream().filter(c -> c.area() == ServiceArea.EMPLOYMENT_RELATIONSHIP)
                .map(c -> c.name().en()).toList())
                .containsExactly("Employment contracts", "Appointments to office", "Annual leave", "Absences", "Vacancies");
        assertThat(cards.stream().filter(c -> c.area() == ServiceArea.PAYROLL).map(c -> c.ordering().deadline()))
                .allMatch(d -> d instanceof OrderingDeadline.BeforePayrollRun b && b.workingDays() == 5);
        assertThat(cards).allMatch(c -> c.owningTeam().equals(VantaaCatalogue.DEFAULT_OWNER));
        assertThat(VantaaCatalogue.cards(new fi.hoitomalli.team.TeamId("T-X")))
                .allMatch(c -> c.owningTeam().value().equals("T-X"));
    }

    @Test
    void cardIsPrintedWithLabelsInTheReadersLanguage() {
        String finnish = CARDS.get("PALKAT").describe(Language.FI);
        String swedish = CARDS.get("PALKAT").describe(Language.SV);

        assertThat(finnish).startsWith("Palkat [PALKAT]")
                .contains("Palvelu: Palkkapalvelut")
                .contains("viimeistään 5. työpäivänä ennen palkka-ajoa klo 16:00 mennessä")
                .contains("Palkkavirheet maksetuista palkoista enintään 0.5 %")
                .contains("Vastuutiimi: HEPA");
        assertThat(swedish).contains("Tjänst: Lönetjänster").contains("Kvalitetsmätare");
        assertThat(CARDS.get("REKRY").describe(Language.EN))
                .contains("Customer satisfaction at least 4 / 5").contains("Self-service: Intranet");
    }

    @Test
    void qualityMetricIsMetFromTheRightSide() {
        QualityMetric onTime = new QualityMetric("ON_TIME", LocalizedText.same("on time"),
                QualityMetric.Comparison.AT_LEAST, 95, QualityMetric.MetricUnit.PERCENT);
        QualityMetric errors = new QualityMetric("ERRORS", LocalizedText.same("errors"),
                QualityMetric.Comparison.AT_MOST, 0.5, QualityMetric.MetricUnit.PERCENT);

        assertThat(onTime.isMetBy(95)).isTrue();
        assertThat(onTime.isMetBy(94.9)).isFalse();
        assertThat(errors.isMetBy(0.5)).isTrue();
        assertThat(errors.isMetBy(0.6)).isFalse();
    }

    @Test
    void invalidCardsAreRejected() {
        ProductCard card = CARDS.get("PALKAT");
        assertThatThrownBy(() -> card.withDeliveryWorkingDays(-1)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new ProductCard(card.id(), card.area(), card.name(), card.content(),
                card.responsibilities(), card.ordering(), 1, List.of(), card.owningTeam(), Optional.empty()))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new ProductCardId("two words")).isInstanceOf(IllegalArgumentException.class);
    }
}
