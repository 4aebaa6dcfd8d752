package fi.hoitomalli.examples.demo;

import com.fasterxml.jackson.databind.SequenceWriter;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import fi.hoitomalli.calendar.Absence;
import fi.hoitomalli.calendar.AbsenceKind;
import fi.hoitomalli.calendar.Absences;
import fi.hoitomalli.common.Language;
import fi.hoitomalli.common.Violation;
import fi.hoitomalli.customer.Customer;
import fi.hoitomalli.phone.Answerer;
import fi.hoitomalli.phone.DatedWindow;
import fi.hoitomalli.phone.NextWindow;
import fi.hoitomalli.phone.PhonePlan;
import fi.hoitomalli.jdbc.JdbcStores;
import fi.hoitomalli.phone.PhonePolicy;
import fi.hoitomalli.phone.PhoneSetup;
import fi.hoitomalli.phone.PhoneScheduler;
import fi.hoitomalli.phone.PhoneWindow;
import fi.hoitomalli.phone.PlanContext;
import fi.hoitomalli.phone.PlanExpander;
import fi.hoitomalli.phone.PlanValidator;
import fi.hoitomalli.phone.Reachability;
import fi.hoitomalli.phone.ReachabilityIndex;
import fi.hoitomalli.phone.ScheduleResult;
import fi.hoitomalli.phone.Vote;
import fi.hoitomalli.phone.Votes;
import fi.hoitomalli.phone.WeeklyTemplate;
import fi.hoitomalli.reference.ReferenceCity;
import fi.hoitomalli.team.SecretaryId;
import fi.hoitomalli.team.ServiceTeam;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.property.Description;
import net.fortuna.ical4j.model.property.DtStamp;
import net.fortuna.ical4j.model.property.ProdId;
import net.fortuna.ical4j.model.property.Uid;
import net.fortuna.ical4j.model.property.immutable.ImmutableCalScale;
import net.fortuna.ical4j.model.property.immutable.ImmutableVersion;

/**
 * Step: every team's weekly phone hours (puhelinajat) scheduled with a proof of optimality, expanded for
 * the year with the absences and holidays, checked by the validator, and asked "who answers now?". Writes
 * the timetable per team as CSV and one iCalendar file per secretary that customers can subscribe to.
 */
final class PhoneStep {

    private final DemoContext context;
    private final JdbcStores stores;

    PhoneStep(DemoContext context, JdbcStores stores) {
        this.context = context;
        this.stores = stores;
    }

    /** A team's schedule: its proof and the expanded year's validator violations. */
    record TeamPhoneFacts(String team, int windowsPerWeek, boolean proven, long objective, long upperBound,
                          int datedWindows, int violations) {
    }

    /** The phone step's figures and answers. */
    record PhoneFacts(List<TeamPhoneFacts> teams, List<String> answers, int calendars, List<PhonePlan> plans) {
    }

    PhoneFacts run() {
        ReferenceCity city = context.city();
        context.section("3. Phone hours " + context.year() + ": scheduled (proven optimal), expanded, validated");
        PhonePolicy policy = PhonePolicy.vantaaDefault().withZone(context.calendar().zone());
        ServiceTeam firstTeam = city.serviceCentre().teams().get(0);
        SecretaryId away = firstTeam.members().get(0);
        LocalDate awayFrom = context.today().minusDays(7);
        Absences absences = Absences.of(List.of(new Absence(away, awayFrom, awayFrom.plusWeeks(5),
                AbsenceKind.SICK_LEAVE)));
        context.line("   absence: %s on sick leave %s – %s (long: her pair answers her window, PH-7)", away, awayFrom,
                awayFrom.plusWeeks(5));
        List<TeamPhoneFacts> facts = new ArrayList<>();
        List<PhonePlan> plans = new ArrayList<>();
        Map<ServiceTeam, WeeklyTemplate> templates = new LinkedHashMap<>();
        for (ServiceTeam team : city.serviceCentre().teams()) {
            long started = context.progress("scheduling team " + team.id() + " (" + team.members().size()
                    + " secretaries)");
            Votes votes = Votes.attribute(team, policy, votesOf(team), city.potAssignment(), city.customerBase());
            ScheduleResult result = PhoneScheduler.standard().schedule(team, policy, votes);
            context.done(started);
            if (result instanceof ScheduleResult.Infeasible infeasible) {
                infeasible.conflicts().forEach(c -> context.line("     infeasible: %s", c.message().en()));
                facts.add(new TeamPhoneFacts(team.id().value(), 0, false, 0, 0, 0, -1));
                continue;
            }
            ScheduleResult.Scheduled scheduled = (ScheduleResult.Scheduled) result;
            WeeklyTemplate template = scheduled.template();
            templates.put(team, template);
            stores.phonePlans().save(new PhoneSetup(team.id(), LocalDate.of(context.year().getValue(), 1, 1), policy,
                    template));
            boolean storedBack = stores.phonePlans().inForceOn(team.id(), context.today())
                    .map(s -> s.template().equals(template)).orElse(false);
            PhonePlan plan = PlanExpander.expand(team, policy, template, context.calendar(), absences,
                    LocalDate.of(context.year().getValue(), 1, 1), LocalDate.of(context.year().getValue(), 12, 31));
            plans.add(plan);
            List<Violation> violations = PlanValidator.standard().validate(PlanContext.of(team, policy, template, plan,
                    context.calendar(), absences));
            violations.forEach(v -> context.line("     violation %s", v.describe(Language.EN)));
            context.line("     %d windows a week; PH-8 vote score %d = exhaustive bound %d (%s); %,d dated "
                            + "windows in %d; %d violations; %s", template.windows().size(), scheduled.proof().objective(),
                    scheduled.proof().upperBound(),
                    scheduled.proof().proven() ? "proven optimal" : "NOT proven", plan.windows().size(),
                    context.year().getValue(), violations.size(),
                    storedBack ? "stored and read back" : "NOT READ BACK from the database");
            facts.add(new TeamPhoneFacts(team.id().value(), template.windows().size(), scheduled.proof().proven(),
                    scheduled.proof().objective(), scheduled.proof().upperBound(), plan.windows().size(),
                    violations.size()));
        }
        writeTimetables(plans);
        int calendars = writeCalendars(plans);
        List<String> answers = whoAnswers(plans, templates, away);
        return new PhoneFacts(facts, answers, calendars, plans);
    }

    private List<String> whoAnswers(List<PhonePlan> plans, Map<ServiceTeam, WeeklyTemplate> templates,
                                    SecretaryId away) {
        ReferenceCity city = context.city();
        long started = context.progress("building the reachability index");
        ReachabilityIndex index = ReachabilityIndex.build(plans, city.serviceCentre().teams(), city.potAssignment(),
                city.customerBase());
        context.done(started);
        List<String> answers = new ArrayList<>();
        ServiceTeam team = city.serviceCentre().teams().get(0);
        WeeklyTemplate template = templates.get(team);
        SecretaryId present = team.members().get(2);
        Customer ofPresent = customerOf(present);
        Customer ofAway = customerOf(away);
        LocalDate day = context.today();
        answers.add(ask(index, "customer of " + present + " during her window", ofPresent,
                inWindow(template, present, day)));
        answers.add(ask(index, "customer of " + present + " at 17:30", ofPresent, at(day, LocalTime.of(17, 30))));
        answers.add(ask(index, "customer of " + away + " (on long sick leave) in her window", ofAway,
                inWindow(template, away, day)));
        LocalDate holiday = firstWeekdayHoliday();
        answers.add(ask(index, "customer of " + present + " on the holiday " + holiday, ofPresent,
                inWindow(template, present, holiday)));
        return answers;
    }

    private String ask(ReachabilityIndex index, String question, Customer customer, Instant when) {
        Reachability answer = index.whoAnswers(customer.id(), when);
        String text = describe(answer);
        context.line("   who answers now? %-52s %s -> %s", question,
                when.atZone(context.calendar().zone()).toLocalDateTime().toString().replace('T', ' '), text);
        return text;
    }

    private String describe(Reachability answer) {
        if (answer instanceof Reachability.Answered answered) {
            return "answered by " + answerer(answered.answerer()) + " until "
                    + answered.until().atZone(context.calendar().zone()).toLocalTime();
        }
        if (answer instanceof Reachability.Voicemail voicemail) {
            return "voicemail" + voicemail.next().map(n -> ", next window " + next(n)).orElse("");
        }
        if (answer instanceof Reachability.Closed closed) {
            return "closed" + closed.nextOpening().map(n -> ", next window " + next(n)).orElse("");
        }
        if (answer instanceof Reachability.OutsidePlan) {
            return "outside the plan";
        }
        return "unknown customer";
    }

    private static String next(NextWindow window) {
        return window.date() + " " + window.start() + "–" + window.end() + " (" + answerer(window.answerer()) + ")";
    }

    /**
     * Sample votes (asiakkaiden toiveet): every 20th customer of the team's pots prefers a slot, spread
     * over the day deterministically so that every run schedules the same.
     */
    private List<Vote> votesOf(ServiceTeam team) {
        ReferenceCity city = context.city();
        List<Vote> votes = new ArrayList<>();
        int n = 0;
        for (Customer customer : city.customerBase().customers()) {
            Optional<SecretaryId> owner = city.potAssignment().ownerOf(customer);
            if (owner.isEmpty() || !team.hasMember(owner.get()) || n++ % 20 != 0) {
                continue;
            }
            int slot = Math.floorMod(customer.id().value().hashCode(), 12);
            votes.add(new Vote(customer.id(), Optional.empty(), LocalTime.of(8, 0).plusMinutes(30L * slot)));
        }
        return votes;
    }

    private static String answerer(Answerer answerer) {
        if (answerer instanceof Answerer.Own own) {
            return "own secretary " + own.secretary();
        }
        if (answerer instanceof Answerer.Partner partner) {
            return "substitute pair " + partner.partner();
        }
        if (answerer instanceof Answerer.TeamLead lead) {
            return "team lead " + lead.lead();
        }
        return "voicemail";
    }

    private Instant inWindow(WeeklyTemplate template, SecretaryId secretary, LocalDate day) {
        PhoneWindow window = template.windowOf(secretary, day.getDayOfWeek())
                .or(() -> template.windowOf(secretary, DayOfWeek.MONDAY)).orElseThrow();
        return at(day, window.start().plusMinutes(15));
    }

    private Instant at(LocalDate day, LocalTime time) {
        return day.atTime(time).atZone(context.calendar().zone()).toInstant();
    }

    private LocalDate firstWeekdayHoliday() {
        LocalDate day = context.today();
        while (day.getDayOfWeek().getValue() > 5 || context.calendar().isWorkingDay(day)) {
            day = day.plusDays(1);
        }
        return day;
    }

    private Customer customerOf(SecretaryId secretary) {
        ReferenceCity city = context.city();
        return city.customerBase().customers().stream()
                .filter(c -> city.potAssignment().ownerOf(c).map(secretary::equals).orElse(false))
                .findFirst().orElseThrow();
    }

    /** One row of a team's timetable CSV. */
    record TimetableRow(String date, String weekday, String secretary, String start, String end, String answeredBy) {
    }

    private void writeTimetables(List<PhonePlan> plans) {
        CsvMapper csv = new CsvMapper();
        CsvSchema schema = csv.schemaFor(TimetableRow.class).withHeader()
                .sortedBy("date", "weekday", "secretary", "start", "end", "answeredBy");
        for (PhonePlan plan : plans) {
            Path file = context.output().resolve("phone-hours").resolve(plan.team().value() + ".csv");
            try {
                Files.createDirectories(file.getParent());
                try (Writer writer = Files.newBufferedWriter(file, StandardCharsets.UTF_8);
                     SequenceWriter rows = csv.writer(schema).writeValues(writer)) {
                    for (DatedWindow w : plan.windows()) {
                        rows.write(new TimetableRow(w.date().toString(), w.date().getDayOfWeek().toString(),
                                w.owner().value(), w.start().toString(), w.end().toString(), answerer(w.answeredBy())));
                    }
                }
            } catch (IOException e) {
                throw new UncheckedIOException("could not write " + file, e);
            }
        }
        context.line("   timetables: phone-hours/<team>.csv (%d files)", plans.size());
    }

    private int writeCalendars(List<PhonePlan> plans) {
        Map<SecretaryId, List<DatedWindow>> bySecretary = new LinkedHashMap<>();
        plans.forEach(p -> p.windows().forEach(w -> bySecretary.computeIfAbsent(w.owner(), s -> new ArrayList<>()).add(w)));
        Instant stamp = context.clock().instant();
        for (Map.Entry<SecretaryId, List<DatedWindow>> entry : bySecretary.entrySet()) {
            String name = context.city().serviceCentre().secretary(entry.getKey()).map(s -> s.name())
                    .orElse(entry.getKey().value());
            Calendar calendar = new Calendar();
            calendar.add(new ProdId("-//Hoitomalli//Phone hours//FI"));
            calendar.add(ImmutableVersion.VERSION_2_0);
            calendar.add(ImmutableCalScale.GREGORIAN);
            for (DatedWindow w : entry.getValue()) {
                VEvent event = new VEvent(w.startIn(context.calendar().zone()).toInstant(),
                        w.endIn(context.calendar().zone()).toInstant(), "Puhelinaika: " + name);
                event.replace(new DtStamp(stamp));
                event.add(new Uid(entry.getKey().value() + "-" + w.date() + "@phone.hoitomalli.vantaa.fi"));
                event.add(new Description("Vastaa: " + answerer(w.answeredBy())));
                calendar.add(event);
            }
            context.write("phone-hours/ics/" + entry.getKey().value() + ".ics", calendar.toString());
        }
        context.line("   calendars to subscribe to: phone-hours/ics/<secretary>.ics (%d files)", bySecretary.size());
        return bySecretary.size();
    }
}
