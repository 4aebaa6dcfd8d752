package fi.hoitomalli.plan;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Flattens a plan into path → text, the common ground on which {@link PlanDiff} compares two versions. */
final class PlanFields {

    private final Map<String, String> fields = new LinkedHashMap<>();

    private PlanFields() {
    }

    static Map<String, String> of(AccountPlan plan) {
        PlanFields f = new PlanFields();
        f.put("sector", plan.sector().value());
        f.put("year", plan.year().toString());
        f.general(plan.general());
        f.relationship(plan.relationship());
        f.responsibilities(plan.responsibilities());
        f.development(plan.development());
        return f.fields;
    }

    private void general(GeneralInformation g) {
        put("general.description", g.description());
        for (int i = 0; i < g.challenges().size(); i++) {
            StrategicChallenge c = g.challenges().get(i);
            String at = "general.challenges[" + i + "]";
            put(at + ".challenge", c.challenge());
            list(at + ".opportunities", c.opportunities());
            list(at + ".threats", c.threats());
        }
        put("general.internalReadiness", g.internalReadiness());
        put("general.strategy", g.strategy());
        list("general.developmentProjects", g.developmentProjects());
    }

    private void relationship(RelationshipDescription r) {
        put("relationship.customerProcesses", r.customerProcesses());
        put("relationship.offering", r.offering());
        put("relationship.coupling", r.coupling());
        list("relationship.servicesUsed", r.servicesUsed());
        put("relationship.realisedSatisfaction", r.realisedSatisfaction());
        for (int i = 0; i < r.keyPersons().size(); i++) {
            KeyPerson p = r.keyPersons().get(i);
            put("relationship.keyPersons[" + i + "]", p.name() + " (" + p.role() + "): " + p.relation());
        }
    }

    private void responsibilities(Responsibilities r) {
        put("responsibilities.accountManager", r.accountManager());
        for (int i = 0; i < r.accountTeam().size(); i++) {
            AccountTeamMember m = r.accountTeam().get(i);
            put("responsibilities.accountTeam[" + i + "]", m.person() + " (" + m.role() + ")");
        }
        put("responsibilities.effort", r.effort());
    }

    private void development(DevelopmentActions d) {
        for (SatisfactionGoal g : d.goals()) {
            String at = "development.goals[" + g.id() + "]";
            put(at + ".description", g.description());
            put(at + ".metric", metric(g.metric()));
            put(at + ".baseline", number(g.baseline()));
            put(at + ".target", number(g.target()));
            g.current().ifPresent(m -> put(at + ".current",
                    number(m.value()) + " on " + m.measuredOn() + " (" + m.basis() + ")"));
        }
        for (PlanAction a : d.actions()) {
            String at = "development.actions[" + a.id() + "]";
            put(at + ".description", a.description());
            put(at + ".owner", a.owner());
            put(at + ".due", a.due().toString());
            put(at + ".status", a.status().name());
            a.goal().ifPresent(g -> put(at + ".goal", g.value()));
            a.origin().ifPresent(o -> put(at + ".origin", o.kind().name().toLowerCase(java.util.Locale.ROOT)
                    + " " + o.id()));
        }
    }

    private static String metric(Metric metric) {
        if (metric instanceof Metric.PositiveFeedbackShare share) {
            return "share of positive feedback per " + share.period().name();
        }
        Metric.HandEntered hand = (Metric.HandEntered) metric;
        return hand.name() + (hand.unit().isEmpty() ? "" : " [" + hand.unit() + "]");
    }

    private static String number(double value) {
        return value == Math.rint(value) && Math.abs(value) < 1e15
                ? Long.toString((long) value) : Double.toString(value);
    }

    private void list(String path, List<String> values) {
        for (int i = 0; i < values.size(); i++) {
            put(path + "[" + i + "]", values.get(i));
        }
    }

    private void put(String path, String value) {
        fields.put(path, value);
    }
}
