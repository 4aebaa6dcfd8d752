package fi.hoitomalli.catalog;

import fi.hoitomalli.common.Language;
import fi.hoitomalli.common.Messages;
import java.math.BigDecimal;
import java.util.StringJoiner;

/** The printed form of a product card behind {@link ProductCard#describe}. */
final class CardText {

    private CardText() {
    }

    static String describe(ProductCard card, Language language) {
        StringJoiner out = new StringJoiner("\n");
        out.add(card.name().in(language) + " [" + card.id() + "]");
        out.add(label("area", language) + card.area().title().in(language));
        out.add(label("content", language) + card.content().in(language));
        card.responsibilities().serviceCentre().forEach(t -> out.add(label("serviceCentre", language) + t.in(language)));
        card.responsibilities().customer().forEach(t -> out.add(label("customer", language) + t.in(language)));
        out.add(label("ordering", language) + card.ordering().channel().title().in(language) + ", "
                + deadline(card.ordering().deadline(), language));
        out.add(label("delivery", language) + delivery(card, language));
        card.metrics().forEach(m -> out.add(label("metrics", language) + m.name().in(language) + " "
                + text("comparison." + m.comparison().name(), language) + " " + target(m, language)));
        out.add(label("owner", language) + card.owningTeam());
        card.selfService().ifPresent(c -> out.add(label("selfService", language) + c.title().in(language)));
        return out.toString();
    }

    private static String deadline(OrderingDeadline deadline, Language language) {
        if (deadline instanceof OrderingDeadline.BeforePayrollRun run) {
            return Messages.text("fi.hoitomalli.catalog.deadline.payroll", "days", run.workingDays(),
                    "cutOff", run.cutOff()).in(language);
        }
        return Messages.text("fi.hoitomalli.catalog.deadline.any", "cutOff", deadline.cutOff()).in(language);
    }

    private static String delivery(ProductCard card, Language language) {
        String key = card.ordering().deadline() instanceof OrderingDeadline.BeforePayrollRun
                ? "fi.hoitomalli.catalog.delivery.payroll" : "fi.hoitomalli.catalog.delivery.days";
        return Messages.text(key, "days", card.deliveryWorkingDays()).in(language);
    }

    private static String target(QualityMetric metric, Language language) {
        return BigDecimal.valueOf(metric.target()).stripTrailingZeros().toPlainString() + " "
                + text("unit." + metric.unit().name(), language);
    }

    private static String label(String name, Language language) {
        return "  " + text("label." + name, language) + ": ";
    }

    private static String text(String key, Language language) {
        return Messages.text("fi.hoitomalli.catalog." + key).in(language);
    }
}
