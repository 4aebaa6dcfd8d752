package fi.hoitomalli.benchmarks;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.stream.Collectors;
import fi.hoitomalli.calendar.WorkingCalendar;
import fi.hoitomalli.customer.AgreementCode;
import fi.hoitomalli.customer.Role;
import fi.hoitomalli.customer.SectorId;
import fi.hoitomalli.forms.CustomerSegment;
import fi.hoitomalli.forms.Dimension;
import fi.hoitomalli.forms.FeedbackChannel;
import fi.hoitomalli.forms.FeedbackDetails;
import fi.hoitomalli.forms.FeedbackId;
import fi.hoitomalli.forms.FeedbackKind;
import fi.hoitomalli.forms.FeedbackReason;
import fi.hoitomalli.forms.FeedbackReport;
import fi.hoitomalli.forms.FeedbackSummaries;
import fi.hoitomalli.forms.FeedbackSummary;
import fi.hoitomalli.forms.ReportingPeriod;
import fi.hoitomalli.team.SecretaryId;
import fi.hoitomalli.team.TeamId;

/**
 * Benchmark of the feedback summaries: a summary of 1,000,000 feedback records of one year broken down
 * by month × team × reason must take under 500 ms. Compared in the same run with a naive baseline (stream
 * grouping by a list key, working days counted day by day, sorted lists for the percentiles).
 * Run: {@code ./mvnw -q -Pbench -pl benchmarks -am package -Dbench=FeedbackSummaryBenchmark}.
 */
public final class FeedbackSummaryBenchmark {

    private static final int RECORDS = 1_000_000;
    private static final int WARMUP = 5;
    private static final int RUNS = 10;
    private static final int BASELINE_RUNS = 3;
    private static final java.lang.management.ThreadMXBean THREADS =
            java.lang.management.ManagementFactory.getThreadMXBean();
    private static final LocalDate AS_OF = LocalDate.of(2028, 1, 31);

    private FeedbackSummaryBenchmark() {
    }

    /** Generates the records, then times the library and the baseline. */
    public static void main(String[] args) {
        WorkingCalendar calendar = WorkingCalendar.vantaaDefault();
        List<FeedbackReport> records = generate(calendar, new Random(20270101L));
        ReportingPeriod year = new ReportingPeriod.Year(2027);
        List<Dimension> breakdown = List.of(Dimension.MONTH, Dimension.TEAM, Dimension.REASON);
        FeedbackSummaries summaries = new FeedbackSummaries(calendar);

        FeedbackSummary check = summaries.summarise(records, year, breakdown, AS_OF);
        Map<List<String>, long[]> baselineCheck = baseline(records, calendar, year);
        System.out.printf("records=%d rows=%d baselineRows=%d total=%d median=%s p90=%s%n", records.size(),
                check.rows().size(), baselineCheck.size(), check.total().count(), check.total().medianResponseDays(),
                check.total().p90ResponseDays());
        check.rows().forEach(row -> {
            long[] b = baselineCheck.get(row.key());
            if (b == null || b[0] != row.figures().count() || b[1] != row.figures().medianResponseDays().orElse(-1)
                    || b[2] != row.figures().p90ResponseDays().orElse(-1)) {
                throw new IllegalStateException("library and baseline disagree on " + row.key());
            }
        });

        double[][] library = time(WARMUP, RUNS, () -> summaries.summarise(records, year, breakdown, AS_OF).rows().size());
        double[][] naive = time(1, BASELINE_RUNS, () -> baseline(records, calendar, year).size());
        System.out.println("| implementation | runs | wall min ms | wall median ms | CPU min ms | CPU median ms |");
        System.out.println("|---|---|---|---|---|---|");
        print("FeedbackSummaries (library)", library);
        print("naive streams baseline", naive);
        double cpuMedian = library[1][library[1].length / 2];
        System.out.println(cpuMedian < 500 ? "TARGET MET: CPU median under 500 ms" : "TARGET MISSED: CPU median 500 ms or more");
    }

    private static List<FeedbackReport> generate(WorkingCalendar calendar, Random random) {
        TeamId[] teams = new TeamId[5];
        SectorId[] sectors = new SectorId[6];
        for (int i = 0; i < teams.length; i++) {
            teams[i] = new TeamId("T-" + (i + 1));
        }
        String[] sectorCodes = {"SIVI", "SOTE", "TILA", "KEHA", "MAYM", "VAPA"};
        for (int i = 0; i < sectors.length; i++) {
            sectors[i] = new SectorId(sectorCodes[i]);
        }
        AgreementCode[] agreements = {new AgreementCode("KVTES"), new AgreementCode("OVTES"), new AgreementCode("TS"),
                new AgreementCode("LS"), new AgreementCode("TTES"), new AgreementCode("SOTE")};
        SecretaryId[] secretaries = new SecretaryId[41];
        for (int i = 0; i < secretaries.length; i++) {
            secretaries[i] = new SecretaryId("S-" + (i + 1));
        }
        FeedbackKind[] kinds = FeedbackKind.values();
        FeedbackReason[] reasons = FeedbackReason.values();
        FeedbackChannel[] channels = FeedbackChannel.values();
        Role[] roles = Role.values();
        List<FeedbackReport> records = new ArrayList<>(RECORDS);
        LocalDate first = LocalDate.of(2027, 1, 1);
        for (int n = 0; n < RECORDS; n++) {
            LocalDate received = first.plusDays(random.nextInt(365));
            FeedbackReason reason = reasons[random.nextInt(reasons.length)];
            int team = random.nextInt(teams.length);
            FeedbackDetails details = new FeedbackDetails(new FeedbackId("AP-" + n), secretaries[random.nextInt(41)],
                    teams[team], received, kinds[random.nextInt(kinds.length)], reason,
                    reason == FeedbackReason.OTHER ? Optional.of("muu") : Optional.empty(), "palaute",
                    channels[random.nextInt(channels.length)], Optional.empty(),
                    new CustomerSegment(sectors[random.nextInt(sectors.length)], roles[random.nextInt(roles.length)],
                            random.nextInt(10) == 0 ? Optional.empty()
                                    : Optional.of(agreements[random.nextInt(agreements.length)])),
                    calendar.plusWorkingDays(received, 5), false);
            records.add(BenchFeedback.answeredOrReceived(details, random, "vastaus"));
        }
        return records;
    }

    /** The naive way: group by a list key, count working days day by day, sort for the percentiles. */
    private static Map<List<String>, long[]> baseline(List<FeedbackReport> records, WorkingCalendar calendar,
                                                     ReportingPeriod period) {
        Map<List<String>, List<FeedbackReport>> groups = records.stream()
                .filter(r -> period.range().contains(r.details().received()))
                .collect(Collectors.groupingBy(r -> List.of(
                        String.format("%04d-%02d", r.details().received().getYear(), r.details().received().getMonthValue()),
                        r.details().team().value(), r.details().reason().name())));
        return groups.entrySet().stream().collect(Collectors.toMap(Map.Entry::getKey, e -> {
            int[] times = e.getValue().stream().filter(r -> r.response().isPresent())
                    .mapToInt(r -> calendar.workingDaysBetween(r.details().received(), r.response().get().on()))
                    .sorted().toArray();
            long median = times.length == 0 ? -1 : times[(int) Math.ceil(0.5 * times.length) - 1];
            long p90 = times.length == 0 ? -1 : times[(int) Math.ceil(0.9 * times.length) - 1];
            return new long[] {e.getValue().size(), median, p90};
        }));
    }

    /** Wall-clock and thread-CPU milliseconds of each measured run, each sorted. */
    private static double[][] time(int warmup, int runs, java.util.function.IntSupplier work) {
        int sink = 0;
        for (int i = 0; i < warmup; i++) {
            sink += work.getAsInt();
        }
        double[] wall = new double[runs];
        double[] cpu = new double[runs];
        for (int i = 0; i < runs; i++) {
            long cpuStart = THREADS.getCurrentThreadCpuTime();
            long start = System.nanoTime();
            sink += work.getAsInt();
            wall[i] = (System.nanoTime() - start) / 1e6;
            cpu[i] = (THREADS.getCurrentThreadCpuTime() - cpuStart) / 1e6;
        }
        if (sink == 42) {
            System.out.println("(sink)");
        }
        Arrays.sort(wall);
        Arrays.sort(cpu);
        return new double[][] {wall, cpu};
    }

    private static void print(String name, double[][] ms) {
        int mid = ms[0].length / 2;
        System.out.printf("| %s | %d | %.0f | %.0f | %.0f | %.0f |%n", name, ms[0].length, ms[0][0], ms[0][mid],
                ms[1][0], ms[1][mid]);
    }
}
