package fi.hoitomalli.examples.demo;

import fi.hoitomalli.calendar.WorkingCalendar;
import fi.hoitomalli.jdbc.JdbcStores;
import fi.hoitomalli.jdbc.SchemaMode;
import fi.hoitomalli.reference.ReferenceCity;
import fi.hoitomalli.reference.VantaaReference;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Year;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.Objects;
import java.util.stream.Stream;

/**
 * The Vantaa care model end to end (the README's demo): each numbered section of the report is one step
 * class of this package. Deterministic: the demo's "now" is fixed (see {@link DemoContext}).
 */
public final class DemoRun {

    private final DemoOptions options;
    private final boolean mailDryRun;
    private final PrintStream out;

    /**
     * @param options what to do
     * @param mailDryRun write reminders with the mail adapter's dry-run channel instead of sending them to the
     *                   in-process SMTP server
     * @param out where the report goes
     */
    public DemoRun(DemoOptions options, boolean mailDryRun, PrintStream out) {
        this.options = Objects.requireNonNull(options, "options must not be null");
        this.mailDryRun = mailDryRun;
        this.out = Objects.requireNonNull(out, "out must not be null");
    }

    /**
     * Runs the demo: empties the output folder, resets the database, runs every step and prints the report.
     *
     * @return the figures of the report
     * @throws IllegalStateException if the output folder is not the demo's or the database refuses the reset
     */
    public DemoResult run() {
        long started = System.nanoTime();
        Path output = options.output();
        out.println("Hoitomalli demo: the Vantaa care model end to end, planning year " + options.year());
        boolean removed = OutputFolder.reset(output);
        out.println("   output folder " + output.toAbsolutePath()
                + (removed ? " (the previous run's output was removed)" : " (new)"));
        ReferenceCity city = VantaaReference.city();
        DemoContext context = new DemoContext(city, WorkingCalendar.vantaaDefault(), Year.of(options.year()), output, out);
        out.println("   the demo's \"now\": " + context.clock().instant().atZone(context.calendar().zone()));
        try (DemoDatabase database = DemoDatabase.open(options)) {
            out.println("   database: " + database.description());
            long migrating = context.progress("migrating the Hoitomalli schema");
            JdbcStores stores = JdbcStores.builder(database.dataSource(), SchemaMode.MIGRATE).build();
            context.done(migrating);
            CityStep cityStep = new CityStep(context);
            CityStep.CityFacts cityFacts = cityStep.store(stores);
            CityStep.PotFacts potFacts = cityStep.pots();
            PhoneStep.PhoneFacts phone = new PhoneStep(context, stores).run();
            ContactStep.Routed routed = new ContactStep(context, stores.idSource("CB")).route();
            FormsStep.FormsFacts forms = new FormsStep(context, stores).run();
            PlanningStep.PlanningFacts planning = new PlanningStep(context, stores).run();
            ReminderStep.ReminderFacts reminders = new ReminderStep(context, stores, mailDryRun)
                    .run(planning.clock(), forms.records(), routed.promises(), planning.plans());
            List<Path> artefacts = artefacts(output);
            context.section("Done in " + (System.nanoTime() - started) / 1_000_000 + " ms; artefacts in "
                    + output.toAbsolutePath());
            printArtefacts(artefacts);
            return new DemoResult(cityFacts, potFacts, phone, routed.rules(), forms, planning.plans().size(),
                    planning.clock().occurrences().size(), reminders, output, artefacts);
        }
    }

    /** Lists the files, folders with many files as one line each. */
    private void printArtefacts(List<Path> artefacts) {
        Map<String, List<Path>> byFolder = new TreeMap<>();
        artefacts.forEach(a -> byFolder.computeIfAbsent(a.getParent() == null ? "" : a.getParent() + "/",
                f -> new ArrayList<>()).add(a));
        byFolder.forEach((folder, files) -> {
            if (files.size() > 6) {
                String name = files.get(0).getFileName().toString();
                out.println("   " + folder + "*" + name.substring(name.lastIndexOf('.')) + " (" + files.size() + " files)");
            } else {
                files.forEach(f -> out.println("   " + f));
            }
        });
    }

    private static List<Path> artefacts(Path output) {
        try (Stream<Path> files = Files.walk(output)) {
            return files.filter(Files::isRegularFile)
                    .map(output::relativize)
                    .filter(p -> !p.startsWith("h2") && !p.toString().equals(OutputFolder.MARKER))
                    .sorted()
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
