package fi.hoitomalli.phone;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import fi.hoitomalli.common.Messages;
import fi.hoitomalli.common.Violation;
import fi.hoitomalli.team.SecretaryId;
import fi.hoitomalli.team.ServiceTeam;

/** The library's rules as {@link PhoneRule}s. Each checks the template and/or the plan it finds. */
final class StandardRules {

    private StandardRules() {
    }

    static List<PhoneRule> all() {
        return List.of(rule("PH-1", StandardRules::ph1), rule("PH-2", StandardRules::ph2),
                rule("PH-3", StandardRules::ph3), rule("PH-4", StandardRules::ph4), rule("PH-5", StandardRules::ph5),
                rule("PH-6", StandardRules::ph6), rule("PH-7", StandardRules::ph7), rule("PH-10", StandardRules::ph10));
    }

    private static PhoneRule rule(String id, Function<PlanContext, List<Violation>> check) {
        return new PhoneRule() {
            @Override
            public String id() {
                return id;
            }

            @Override
            public List<Violation> check(PlanContext plan) {
                return check.apply(plan);
            }

            @Override
            public String toString() {
                return id;
            }
        };
    }

    // PH-1: one window per present secretary per service day, inside the hours, of the length, on the grid.
    private static List<Violation> ph1(PlanContext c) {
        List<Violation> out = new ArrayList<>();
        PhonePolicy policy = c.policy();
        ServiceTeam team = c.team();
        c.template().ifPresent(t -> {
            for (SecretaryId member : team.members()) {
                for (DayOfWeek day : policy.serviceHours().keySet()) {
                    long n = t.windows().stream().filter(w -> w.secretary().equals(member) && w.day() == day).count();
                    if (n != 1) {
                        out.add(v("PH-1", path(team, member, day.toString(), null), "ph1.count", "secretary", member,
                                "day", day, "count", n));
                    }
                }
            }
            for (PhoneWindow w : t.windows()) {
                String p = path(team, w.secretary(), w.day().toString(), w.start());
                if (!team.hasMember(w.secretary())) {
                    out.add(v("PH-1", p, "ph1.unknown", "secretary", w.secretary(), "team", team.id()));
                }
                policy.hoursOn(w.day()).ifPresent(h ->
                        shape(out, p, policy, h, w.day(), w.start(), w.end(), policy.windowMinutes(), "PH-1"));
            }
        });
        c.plan().ifPresent(plan -> {
            for (LocalDate date = plan.from(); !date.isAfter(plan.to()); date = date.plusDays(1)) {
                if (!serviceDay(c, date) || (c.calendar().isPayrollRunDay(date) && policy.payrollWindowMinutes() == 0)) {
                    continue;
                }
                LocalDate d = date;
                for (SecretaryId member : team.members()) {
                    long n = plan.windows().stream().filter(w -> w.date().equals(d) && w.owner().equals(member)).count();
                    boolean present = !c.absences().isAbsent(member, d);
                    if (n > 1 || (present && n == 0)) {
                        out.add(v("PH-1", path(team, member, d.toString(), null), "ph1.count", "secretary", member,
                                "day", d, "count", n));
                    }
                }
            }
            for (DatedWindow w : plan.windows()) {
                String p = path(team, w.owner(), w.date().toString(), w.start());
                if (!team.hasMember(w.owner())) {
                    out.add(v("PH-1", p, "ph1.unknown", "secretary", w.owner(), "team", team.id()));
                }
                Optional<ServiceHours> hours = policy.hoursOn(w.date().getDayOfWeek());
                if (hours.isPresent() && c.calendar().isWorkingDay(w.date())) {
                    int length = c.calendar().isPayrollRunDay(w.date()) ? -1 : policy.windowMinutes();
                    shape(out, p, policy, hours.get(), w.date().getDayOfWeek(), w.start(), w.end(), length, "PH-1");
                }
            }
        });
        return out;
    }

    /** Inside the hours, on the grid and, when {@code length ≥ 0}, of that length. */
    private static void shape(List<Violation> out, String p, PhonePolicy policy, ServiceHours h, DayOfWeek day,
                              LocalTime start, LocalTime end, int length, String rule) {
        if (start.isBefore(h.opens()) || end.isAfter(h.closes())) {
            out.add(v(rule, p, "ph1.outside", "start", start, "end", end, "opens", h.opens(), "closes", h.closes()));
        }
        int minutes = (end.toSecondOfDay() - start.toSecondOfDay()) / 60;
        if (length >= 0 && minutes != length) {
            out.add(v(rule, p, "ph1.length", "length", PhonePolicy.hoursText(minutes),
                    "expected", PhonePolicy.hoursText(length)));
        }
        if (!start.isBefore(h.opens()) && !policy.onGrid(day, start)) {
            out.add(v(rule, p, "ph1.grid", "start", start, "grid", policy.gridMinutes()));
        }
    }

    // PH-2: one start per secretary per weekday, the same every week; the same all week when the policy says so.
    private static List<Violation> ph2(PlanContext c) {
        List<Violation> out = new ArrayList<>();
        ServiceTeam team = c.team();
        c.template().ifPresent(t -> {
            if (c.policy().sameStartAllWeek()) {
                for (SecretaryId member : team.members()) {
                    Set<LocalTime> starts = new TreeSet<>();
                    t.windows().stream().filter(w -> w.secretary().equals(member)).forEach(w -> starts.add(w.start()));
                    if (starts.size() > 1) {
                        out.add(v("PH-2", path(team, member, "week", null), "ph2.sameStart", "secretary", member,
                                "starts", starts));
                    }
                }
            }
        });
        c.plan().ifPresent(plan -> {
            Map<String, LocalTime> seen = new HashMap<>();
            for (DatedWindow w : plan.windows()) {
                DayOfWeek day = w.date().getDayOfWeek();
                Optional<LocalTime> expected = c.template().flatMap(t -> t.windowOf(w.owner(), day)).map(PhoneWindow::start);
                String key = w.owner().value() + (c.policy().sameStartAllWeek() ? "" : "|" + day);
                LocalTime first = seen.putIfAbsent(key, w.start());
                LocalTime want = expected.orElse(first);
                if (want != null && !want.equals(w.start())) {
                    out.add(v("PH-2", path(team, w.owner(), w.date().toString(), w.start()), "ph2.moved",
                            "start", w.start(), "expected", want));
                }
            }
        });
        return out;
    }

    // PH-3: quiet time ≥ minimum per working day, also when covering the partner's window.
    private static List<Violation> ph3(PlanContext c) {
        List<Violation> out = new ArrayList<>();
        ServiceTeam team = c.team();
        PhonePolicy policy = c.policy();
        int min = policy.minQuietMinutes();
        c.template().ifPresent(t -> {
            for (PhoneWindow w : t.windows()) {
                Optional<ServiceHours> hours = policy.hoursOn(w.day());
                if (hours.isEmpty() || !team.hasMember(w.secretary())) {
                    continue;
                }
                int len = hours.get().minutes();
                String p = path(team, w.secretary(), w.day().toString(), w.start());
                if (len - w.minutes() < min) {
                    out.add(v("PH-3", p, "ph3.quiet", "quiet", PhonePolicy.hoursText(Math.max(0, len - w.minutes())),
                            "min", PhonePolicy.hoursText(min)));
                }
                Optional<PhoneWindow> partner = team.partnerOf(w.secretary()).flatMap(s -> t.windowOf(s, w.day()));
                if (partner.isPresent() && len - w.minutes() - partner.get().minutes() < min) {
                    out.add(v("PH-3", p, "ph3.coverQuiet", "partner", partner.get().secretary(),
                            "quiet", PhonePolicy.hoursText(Math.max(0, len - w.minutes() - partner.get().minutes())),
                            "min", PhonePolicy.hoursText(min)));
                }
            }
        });
        c.plan().ifPresent(plan -> {
            Map<String, Integer> phone = new HashMap<>();
            for (DatedWindow w : plan.windows()) {
                SecretaryId who = w.answeredBy() instanceof Answerer.Own o ? o.secretary()
                        : w.answeredBy() instanceof Answerer.Partner p ? p.partner() : null;
                if (who != null) {
                    phone.merge(who.value() + "|" + w.date(), w.minutes(), Integer::sum);
                }
            }
            phone.forEach((key, minutes) -> {
                String[] parts = key.split("\\|");
                LocalDate date = LocalDate.parse(parts[1]);
                policy.hoursOn(date.getDayOfWeek()).ifPresent(h -> {
                    if (h.minutes() - minutes < min) {
                        out.add(v("PH-3", path(team, new SecretaryId(parts[0]), parts[1], null), "ph3.quiet",
                                "quiet", PhonePolicy.hoursText(Math.max(0, h.minutes() - minutes)),
                                "min", PhonePolicy.hoursText(min)));
                    }
                });
            });
        });
        return out;
    }

    // PH-4: in the template, at least minOnPhone members on the phone at every slot of the service hours.
    private static List<Violation> ph4(PlanContext c) {
        List<Violation> out = new ArrayList<>();
        PhonePolicy policy = c.policy();
        c.template().ifPresent(t -> policy.serviceHours().forEach((day, h) -> {
            for (LocalTime slot = h.opens(); slot.isBefore(h.closes()) && !slot.equals(LocalTime.MIDNIGHT);
                 slot = slot.plusMinutes(policy.gridMinutes())) {
                LocalTime s = slot;
                long on = t.windows().stream().filter(w -> w.day() == day && c.team().hasMember(w.secretary())
                        && !s.isBefore(w.start()) && s.isBefore(w.end())).count();
                if (on < policy.minOnPhone()) {
                    out.add(v("PH-4", c.team().id() + "/" + day + "/" + s, "ph4.gap", "day", day, "slot", s,
                            "on", on, "min", policy.minOnPhone()));
                }
                if (slot.plusMinutes(policy.gridMinutes()).isBefore(slot)) {
                    break;
                }
            }
        }));
        return out;
    }

    // PH-5: the windows of a substitute pair never overlap.
    private static List<Violation> ph5(PlanContext c) {
        List<Violation> out = new ArrayList<>();
        ServiceTeam team = c.team();
        c.template().ifPresent(t -> {
            for (PhoneWindow a : t.windows()) {
                for (PhoneWindow b : t.windows()) {
                    if (a.day() == b.day() && isFirstOfPair(team, a.secretary(), b.secretary()) && a.overlaps(b)) {
                        out.add(v("PH-5", path(team, a.secretary(), a.day().toString(), a.start()), "ph5.overlap",
                                "partner", b.secretary(), "start", b.start(), "end", b.end()));
                    }
                }
            }
        });
        c.plan().ifPresent(plan -> {
            Map<LocalDate, List<DatedWindow>> byDate = new HashMap<>();
            plan.windows().forEach(w -> byDate.computeIfAbsent(w.date(), d -> new ArrayList<>()).add(w));
            byDate.values().forEach(list -> {
                for (DatedWindow a : list) {
                    for (DatedWindow b : list) {
                        if (isFirstOfPair(team, a.owner(), b.owner())
                                && a.start().isBefore(b.end()) && b.start().isBefore(a.end())) {
                            out.add(v("PH-5", path(team, a.owner(), a.date().toString(), a.start()), "ph5.overlap",
                                    "partner", b.owner(), "start", b.start(), "end", b.end()));
                        }
                    }
                }
            });
        });
        return out;
    }

    private static boolean isFirstOfPair(ServiceTeam team, SecretaryId a, SecretaryId b) {
        return team.pairOf(a).map(p -> p.first().equals(a) && p.second().equals(b)).orElse(false);
    }

    // PH-6: no windows on weekends, holidays or days without service; payroll days shortened or dropped.
    private static List<Violation> ph6(PlanContext c) {
        List<Violation> out = new ArrayList<>();
        ServiceTeam team = c.team();
        PhonePolicy policy = c.policy();
        c.template().ifPresent(t -> t.windows().stream().filter(w -> policy.hoursOn(w.day()).isEmpty()).forEach(w ->
                out.add(v("PH-6", path(team, w.secretary(), w.day().toString(), w.start()), "ph6.noService",
                        "day", w.day()))));
        c.plan().ifPresent(plan -> {
            for (DatedWindow w : plan.windows()) {
                String p = path(team, w.owner(), w.date().toString(), w.start());
                if (!serviceDay(c, w.date())) {
                    out.add(v("PH-6", p, "ph6.closed", "date", w.date()));
                } else if (c.calendar().isPayrollRunDay(w.date())) {
                    int want = policy.payrollWindowMinutes();
                    if (want == 0) {
                        out.add(v("PH-6", p, "ph6.payrollDrop", "date", w.date()));
                    } else if (w.minutes() != want) {
                        out.add(v("PH-6", p, "ph6.payrollLength", "date", w.date(),
                                "length", PhonePolicy.hoursText(w.minutes()), "expected", PhonePolicy.hoursText(want)));
                    }
                }
            }
            TreeSet<LocalDate> open = new TreeSet<>();
            for (LocalDate d = plan.from(); !d.isAfter(plan.to()); d = d.plusDays(1)) {
                if (serviceDay(c, d)) {
                    open.add(d);
                }
            }
            if (!open.equals(plan.openDays())) {
                out.add(v("PH-6", team.id() + "/openDays", "ph6.openDays", "expected", open.size(),
                        "actual", plan.openDays().size()));
            }
        });
        return out;
    }

    // PH-7: present → own; short absence → voicemail with a warning; long → partner; both away → team lead.
    private static List<Violation> ph7(PlanContext c) {
        List<Violation> out = new ArrayList<>();
        ServiceTeam team = c.team();
        c.plan().ifPresent(plan -> {
            for (DatedWindow w : plan.windows()) {
                if (!team.hasMember(w.owner())) {
                    continue;
                }
                String p = path(team, w.owner(), w.date().toString(), w.start());
                Answerer want = PlanExpander.answerer(team, w.owner(), w.date(), c.calendar(), c.absences());
                if (!want.equals(w.answeredBy())) {
                    out.add(v("PH-7", p, "ph7.answerer", "actual", describe(w.answeredBy()), "expected", describe(want)));
                }
                if (w.answeredBy() instanceof Answerer.Voicemail && plan.warnings().stream().noneMatch(x ->
                        x.date().equals(w.date()) && x.absent().equals(w.owner()) && x.start().equals(w.start()))) {
                    out.add(v("PH-7", p, "ph7.warning", "secretary", w.owner(), "lead", team.lead()));
                }
            }
        });
        return out;
    }

    private static String describe(Answerer a) {
        if (a instanceof Answerer.Own o) {
            return o.secretary().value();
        }
        if (a instanceof Answerer.Partner p) {
            return p.partner().value();
        }
        if (a instanceof Answerer.TeamLead l) {
            return l.lead().value();
        }
        return "voicemail";
    }

    // PH-10: one zone everywhere; no window starts or ends in a DST gap of the zone.
    private static List<Violation> ph10(PlanContext c) {
        List<Violation> out = new ArrayList<>();
        ServiceTeam team = c.team();
        if (!c.calendar().zone().equals(c.policy().zone())) {
            out.add(v("PH-10", team.id() + "/calendar.zone", "ph10.zone", "actual", c.calendar().zone(),
                    "expected", c.policy().zone()));
        }
        c.plan().ifPresent(plan -> {
            if (!plan.zone().equals(c.policy().zone())) {
                out.add(v("PH-10", team.id() + "/zone", "ph10.zone", "actual", plan.zone(), "expected", c.policy().zone()));
            }
            for (DatedWindow w : plan.windows()) {
                for (LocalTime t : List.of(w.start(), w.end())) {
                    if (plan.zone().getRules().getValidOffsets(LocalDateTime.of(w.date(), t)).isEmpty()) {
                        out.add(v("PH-10", path(team, w.owner(), w.date().toString(), w.start()), "ph10.gap",
                                "time", t, "date", w.date(), "zone", plan.zone()));
                    }
                }
            }
        });
        return out;
    }

    private static boolean serviceDay(PlanContext c, LocalDate date) {
        return c.calendar().isWorkingDay(date) && c.policy().hoursOn(date.getDayOfWeek()).isPresent();
    }

    private static String path(ServiceTeam team, SecretaryId secretary, String day, LocalTime time) {
        return team.id() + "/" + secretary + "/" + day + (time == null ? "" : "/" + time);
    }

    private static Violation v(String rule, String path, String key, Object... args) {
        return new Violation(path, rule, Messages.text("fi.hoitomalli.phone.rule." + key, args));
    }
}
