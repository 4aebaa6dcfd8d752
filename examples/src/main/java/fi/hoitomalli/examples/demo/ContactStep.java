package fi.hoitomalli.examples.demo;

import fi.hoitomalli.catalog.Delivery;
import fi.hoitomalli.catalog.ProductCard;
import fi.hoitomalli.catalog.VantaaCatalogue;
import fi.hoitomalli.common.IdSource;
import fi.hoitomalli.contact.Asker;
import fi.hoitomalli.contact.CallbackPromise;
import fi.hoitomalli.contact.Decision;
import fi.hoitomalli.contact.Inquiry;
import fi.hoitomalli.contact.InquiryId;
import fi.hoitomalli.contact.Knowledge;
import fi.hoitomalli.contact.Routing;
import fi.hoitomalli.contact.Topic;
import fi.hoitomalli.customer.Customer;
import fi.hoitomalli.customer.Role;
import fi.hoitomalli.reference.ReferenceCity;
import fi.hoitomalli.team.SecretaryId;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Step: a handful of inquiries routed by the ground rules (pelisäännöt) — answered at once, a call-back
 * promise, a redirect, an escalation, a conflict to document and report — and the product catalogue with
 * "when will it be done?" for an order placed at the same time. Returns the promises made.
 */
final class ContactStep {

    private final DemoContext context;
    private final IdSource ids;

    /** @param ids where the call-back promises' ids come from (the database's sequence) */
    ContactStep(DemoContext context, IdSource ids) {
        this.context = context;
        this.ids = ids;
    }

    /** The routed inquiries: the rule that decided each and the promises made. */
    record Routed(List<String> rules, List<CallbackPromise.Open> promises) {
    }

    Routed route() {
        ReferenceCity city = context.city();
        context.section("4. Inquiries routed by the ground rules");
        Routing routing = Routing.withVantaaDefaults(city.serviceCentre(), ids);
        Customer employee = first(city, Role.EMPLOYEE);
        Customer supervisor = first(city, Role.SUPERVISOR);
        SecretaryId own = city.potAssignment().ownerOf(employee).orElseThrow();
        SecretaryId supervisorsOwn = city.potAssignment().ownerOf(supervisor).orElseThrow();
        // the inquiries came in on the previous working day, so that a call-back promise is overdue "now"
        LocalDate yesterday = previousWorkingDay(context.today());
        Instant at = yesterday.atTime(LocalTime.of(8, 20)).atZone(context.calendar().zone()).toInstant();
        context.line("   inquiries received %s 08:20", yesterday);
        Optional<fi.hoitomalli.customer.CustomerId> emp = Optional.of(employee.id());
        Optional<fi.hoitomalli.customer.CustomerId> sup = Optional.of(supervisor.id());
        List<Inquiry> inquiries = List.of(
                Inquiry.of(new InquiryId("Q-1"), at, own, Asker.EMPLOYEE, emp, Topic.ANNUAL_LEAVE),
                Inquiry.of(new InquiryId("Q-2"), at, own, Asker.EMPLOYEE, emp, Topic.PAY)
                        .withKnowledge(Knowledge.WILL_FIND_OUT),
                Inquiry.of(new InquiryId("Q-3"), at, own, Asker.EMPLOYEE, emp, Topic.AGREEMENT_DISPUTE),
                Inquiry.of(new InquiryId("Q-4"), at, own, Asker.EMPLOYEE, emp, Topic.FUTURE_EARNINGS),
                Inquiry.of(new InquiryId("Q-5"), at, supervisorsOwn, Asker.SUPERVISOR, sup, Topic.EMPLOYER_INTERPRETATION),
                Inquiry.of(new InquiryId("Q-6"), at, supervisorsOwn, Asker.SUPERVISOR, sup, Topic.PAY)
                        .withKnowledge(Knowledge.BEYOND_LEVEL),
                Inquiry.of(new InquiryId("Q-7"), at, supervisorsOwn, Asker.SUPERVISOR, sup,
                        Topic.CONTRACT_OR_APPOINTMENT).withContentious(true));
        List<String> rules = new ArrayList<>();
        List<CallbackPromise.Open> promises = new ArrayList<>();
        for (Inquiry inquiry : inquiries) {
            Decision decision = routing.decide(inquiry);
            rules.add(decision.rule().id());
            decision.promiseMade().ifPresent(promises::add);
            context.line("   %-4s %-10s %-37s -> %-5s %s", inquiry.id().value(), inquiry.asker(),
                    inquiry.topic().title().en(), decision.rule().id(), describe(decision));
        }
        printCatalogue(at);
        return new Routed(rules, promises);
    }

    /** The Vantaa product cards (tuotekortit) and, for an order placed with the inquiries, when it is done. */
    private void printCatalogue(Instant orderedAt) {
        context.line("   product catalogue (tuotekortit): an order placed %s 08:20 is done",
                orderedAt.atZone(context.calendar().zone()).toLocalDate());
        for (ProductCard card : VantaaCatalogue.cards()) {
            Delivery delivery = card.deliveryFor(orderedAt, context.calendar());
            String done = delivery instanceof Delivery.Due due
                    ? "by " + due.dueOn() + due.payrollRun().map(run -> " (payroll run " + run + ")").orElse("")
                    : "not before the payroll runs listed so far";
            context.line("     %-20s %-30s %s", card.id().value(), card.name().en(), done);
        }
    }

    private String describe(Decision decision) {
        if (decision instanceof Decision.AnswerNow answer) {
            return "answer now" + answer.selfService().map(s -> ", point to self-service " + s).orElse("");
        }
        if (decision instanceof Decision.CallBack callBack) {
            return "call back by " + local(callBack.promise().terms().due());
        }
        if (decision instanceof Decision.Redirect redirect) {
            return "redirect to " + redirect.target().title().en();
        }
        if (decision instanceof Decision.Escalate escalate) {
            return "escalate " + escalate.from() + " -> " + escalate.to() + ", answer by " + local(escalate.promise().terms().due());
        }
        Decision.DocumentAndReport report = (Decision.DocumentAndReport) decision;
        return "document" + report.toRecord().map(r -> " and record it").orElse("") + ", inform " + report.inform();
    }

    private LocalDate previousWorkingDay(LocalDate day) {
        LocalDate d = day.minusDays(1);
        while (!context.calendar().isWorkingDay(d)) {
            d = d.minusDays(1);
        }
        return d;
    }

    private String local(Instant instant) {
        return instant.atZone(context.calendar().zone()).toLocalDateTime().toString().replace('T', ' ');
    }

    private static Customer first(ReferenceCity city, Role role) {
        return city.customerBase().customers().stream().filter(c -> c.role() == role).findFirst().orElseThrow();
    }
}
