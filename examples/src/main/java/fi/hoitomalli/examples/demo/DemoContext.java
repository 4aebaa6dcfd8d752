package fi.hoitomalli.examples.demo;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import fi.hoitomalli.calendar.WorkingCalendar;
import fi.hoitomalli.json.HoitomalliModule;
import fi.hoitomalli.reference.ReferenceCity;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.Year;
import java.time.ZonedDateTime;
import java.util.Locale;
import java.util.Objects;

/**
 * What every step of the demo shares: the reference city, the working calendar, the demo's fixed "now"
 * (09:00 on the first working day of June of the planning year, so that every run prints the same), the
 * output folder and the report stream.
 */
public final class DemoContext {

    private final ReferenceCity city;
    private final WorkingCalendar calendar;
    private final Year year;
    private final LocalDate today;
    private final Clock clock;
    private final Path output;
    private final PrintStream out;
    private final ObjectMapper json;

    DemoContext(ReferenceCity city, WorkingCalendar calendar, Year year, Path output, PrintStream out) {
        this.city = Objects.requireNonNull(city, "city must not be null");
        this.calendar = Objects.requireNonNull(calendar, "calendar must not be null");
        this.year = Objects.requireNonNull(year, "year must not be null");
        this.output = Objects.requireNonNull(output, "output must not be null");
        this.out = Objects.requireNonNull(out, "out must not be null");
        this.today = calendar.nextWorkingDayOnOrAfter(LocalDate.of(year.getValue(), 6, 1));
        ZonedDateTime now = ZonedDateTime.of(today, LocalTime.of(9, 0), calendar.zone());
        this.clock = Clock.fixed(now.toInstant(), calendar.zone());
        this.json = HoitomalliModule.newObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
    }

    ReferenceCity city() {
        return city;
    }

    WorkingCalendar calendar() {
        return calendar;
    }

    Year year() {
        return year;
    }

    /** The demo's "today". */
    LocalDate today() {
        return today;
    }

    /** The demo's fixed clock. */
    Clock clock() {
        return clock;
    }

    Path output() {
        return output;
    }

    ObjectMapper json() {
        return json;
    }

    /** Prints a line of the report. */
    void line(String format, Object... args) {
        out.printf(Locale.ROOT, format + "%n", args);
    }

    /** Starts a section of the report. */
    void section(String title) {
        out.println();
        out.println("== " + title);
    }

    /** A progress line for a step that takes a moment; {@link #done(long)} ends it. */
    long progress(String what) {
        out.print("   " + what + " ... ");
        out.flush();
        return System.nanoTime();
    }

    /** Ends a progress line with the time it took. */
    void done(long started) {
        out.printf(Locale.ROOT, "done (%d ms)%n", (System.nanoTime() - started) / 1_000_000);
    }

    /** Writes a UTF-8 text artefact into the output folder and returns its path. */
    Path write(String relative, String text) {
        Path file = output.resolve(relative);
        try {
            Files.createDirectories(file.getParent());
            Files.writeString(file, text, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("could not write " + file, e);
        }
        return file;
    }

    /** Writes a value as indented JSON (the library's Jackson module) and returns the path. */
    Path writeJson(String relative, Object value) {
        try {
            return write(relative, json.writeValueAsString(value));
        } catch (IOException e) {
            throw new UncheckedIOException("could not serialise " + relative, e);
        }
    }
}
