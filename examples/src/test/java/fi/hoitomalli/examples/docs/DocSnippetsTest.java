package fi.hoitomalli.examples.docs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import javax.tools.Diagnostic;
import javax.tools.DiagnosticCollector;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.SimpleJavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every {@code ```java} block of {@code README.md} and {@code docs/*.md} compiles against the library.
 *
 * <p>The convention, also stated in {@code docs/README.md}:
 * <ul>
 *   <li>A block whose first line after its {@code import}s (and comments) is a {@code package} declaration, an
 *       annotation or a type declaration is a whole compilation unit. Without a {@code package} it is put in a
 *       package of its own, so two snippets may declare the same class name.
 *   <li>Any other block is statements: its leading {@code import}s stay imports, the rest becomes the body of
 *       {@code void snippet() throws Exception} in a class of its own. Such a block declares every variable it
 *       uses.
 *   <li>A block opened with {@code ```java fragment} is illustrative and not compiled; use it sparingly.
 * </ul>
 * All snippets are compiled in one run of the system Java compiler with the test class path (core, the
 * adapters, the testkit, Hibernate Validator, H2, HikariCP, …): a snippet that stops compiling fails its own
 * dynamic test, named by file and line.
 */
class DocSnippetsTest {

    private static final Path ROOT = Path.of("..").toAbsolutePath().normalize();

    private static final Pattern FENCE = Pattern.compile("^(\\s*)```(\\S*)\\s*(.*)$");
    private static final Pattern UNIT_START = Pattern.compile(
            "^(package\\s|@|((public|final|abstract|sealed|non-sealed|static|strictfp)\\s+)*"
                    + "(class|interface|record|enum|@interface)\\s).*");
    private static final Pattern PUBLIC_TYPE = Pattern.compile(
            "(?m)^public\\s+(?:(?:final|abstract|sealed|non-sealed|strictfp)\\s+)*"
                    + "(?:class|interface|record|enum|@interface)\\s+(\\w+)");

    /** A block of a Markdown file: where it starts (the line after the fence) and its lines. */
    record Snippet(Path file, int firstLine, List<String> lines, boolean fragment) {

        String name() {
            return display(file) + ":" + firstLine;
        }
    }

    /**
     * A snippet turned into a source file; {@code markdownLines[n]} is the Markdown line of the source's line
     * {@code n} (0 for lines of the wrapper).
     */
    record Source(Snippet snippet, String path, String text, int[] markdownLines) {}

    @TestFactory
    Stream<DynamicTest> everyJavaSnippetCompiles(@TempDir Path out) throws IOException {
        List<Snippet> snippets = new ArrayList<>();
        for (Path file : markdownFiles()) {
            snippets.addAll(snippetsOf(file));
        }
        List<Snippet> compiled = snippets.stream().filter(s -> !s.fragment()).toList();
        assertThat(compiled).as("java snippets in README.md and docs/").hasSizeGreaterThanOrEqualTo(20);

        List<Source> sources = new ArrayList<>();
        for (int i = 0; i < compiled.size(); i++) {
            sources.add(toSource(compiled.get(i), "snippets.s" + i));
        }
        Map<Source, List<String>> errors = compile(sources, out);
        return sources.stream().map(source -> DynamicTest.dynamicTest(source.snippet().name(), () -> {
            List<String> own = errors.get(source);
            if (!own.isEmpty()) {
                fail(source.snippet().name() + " does not compile:\n" + String.join("\n", own)
                        + "\n--- as compiled ---\n" + source.text());
            }
        }));
    }

    @Test
    void aBrokenSnippetFailsToCompile(@TempDir Path out) throws IOException {
        Path doc = out.resolve("broken.md");
        Files.writeString(doc, String.join("\n",
                "# Broken", "", "```java", "import fi.hoitomalli.customer.SectorId;", "",
                "SectorId id = new SectorId(42);", "```", "",
                "```java fragment", "this is not Java", "```", ""));
        List<Snippet> snippets = snippetsOf(doc);
        assertThat(snippets).extracting(Snippet::fragment).containsExactly(false, true);

        Source source = toSource(snippets.get(0), "snippets.broken");
        Map<Source, List<String>> errors = compile(List.of(source), out.resolve("classes"));
        assertThat(errors.get(source)).singleElement().asString().startsWith("broken.md:6:");
    }

    @Test
    void theConventionTellsUnitsFromStatements() {
        Snippet statements = new Snippet(ROOT.resolve("x.md"), 1,
                List.of("import java.util.List;", "", "List<String> names = List.of(\"a\");"), false);
        Snippet unit = new Snippet(ROOT.resolve("x.md"), 1,
                List.of("import java.util.List;", "// a note", "public record Names(List<String> all) {}"), false);

        Source wrapped = toSource(statements, "snippets.a");
        Source whole = toSource(unit, "snippets.b");

        assertThat(wrapped.text()).contains("void snippet() throws Exception {").contains("import java.util.List;");
        assertThat(wrapped.path()).isEqualTo("snippets/a/Snippet.java");
        assertThat(whole.text()).startsWith("package snippets.b;").doesNotContain("void snippet()");
        assertThat(whole.path()).isEqualTo("snippets/b/Names.java");
    }

    private static List<Path> markdownFiles() throws IOException {
        List<Path> files = new ArrayList<>();
        files.add(ROOT.resolve("README.md"));
        try (Stream<Path> docs = Files.walk(ROOT.resolve("docs"))) {
            docs.filter(p -> p.toString().endsWith(".md")).sorted().forEach(files::add);
        }
        return files;
    }

    static List<Snippet> snippetsOf(Path file) throws IOException {
        List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        List<Snippet> found = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            Matcher open = FENCE.matcher(lines.get(i));
            if (!open.matches() || open.group(2).isEmpty()) {
                continue;
            }
            String indent = open.group(1);
            int start = i + 1;
            int end = start;
            while (end < lines.size() && !lines.get(end).strip().equals("```")) {
                end++;
            }
            if (end == lines.size()) {
                fail(file + ":" + (i + 1) + ": a code block that is never closed");
            }
            if (open.group(2).equals("java")) {
                String extra = open.group(3).strip();
                if (!extra.isEmpty() && !extra.equals("fragment")) {
                    fail(file + ":" + (i + 1) + ": unknown java block kind '" + extra + "' (only 'fragment')");
                }
                List<String> body = lines.subList(start, end).stream()
                        .map(line -> line.startsWith(indent) ? line.substring(indent.length()) : line.strip())
                        .toList();
                found.add(new Snippet(file, start + 1, body, extra.equals("fragment")));
            }
            i = end;
        }
        return found;
    }

    static Source toSource(Snippet snippet, String packageName) {
        List<String> lines = snippet.lines();
        int first = 0;
        while (first < lines.size() && isHeader(lines.get(first))) {
            first++;
        }
        String dir = packageName.replace('.', '/') + "/";
        boolean unit = first < lines.size() && UNIT_START.matcher(lines.get(first).strip()).matches();
        if (unit) {
            String body = String.join("\n", lines);
            boolean hasPackage = lines.stream().anyMatch(l -> l.strip().startsWith("package "));
            String prefix = hasPackage ? "" : "package " + packageName + ";\n";
            Matcher type = PUBLIC_TYPE.matcher(body);
            String name = type.find() ? type.group(1) : "Snippet";
            String path = hasPackage ? packageOf(body).replace('.', '/') + "/" + name + ".java" : dir + name + ".java";
            List<Integer> map = new ArrayList<>(List.of(0));
            if (!hasPackage) {
                map.add(0);
            }
            for (int i = 0; i < lines.size(); i++) {
                map.add(snippet.firstLine() + i);
            }
            return new Source(snippet, path, prefix + body + "\n", toArray(map));
        }
        StringBuilder text = new StringBuilder("package ").append(packageName).append(";\n");
        List<Integer> map = new ArrayList<>(List.of(0, 0));
        for (int i = 0; i < lines.size(); i++) {
            if (i == first) {
                text.append("class Snippet { void snippet() throws Exception {\n");
                map.add(0);
            }
            text.append(lines.get(i)).append('\n');
            map.add(snippet.firstLine() + i);
        }
        text.append("}}\n");
        map.add(0);
        return new Source(snippet, dir + "Snippet.java", text.toString(), toArray(map));
    }

    private static int[] toArray(List<Integer> values) {
        return values.stream().mapToInt(Integer::intValue).toArray();
    }

    private static String display(Path file) {
        return file.startsWith(ROOT) ? ROOT.relativize(file).toString() : file.getFileName().toString();
    }

    private static boolean isHeader(String line) {
        String s = line.strip();
        return s.isEmpty() || s.startsWith("import ") || s.startsWith("//") || s.startsWith("/*") || s.startsWith("*");
    }

    private static String packageOf(String body) {
        Matcher m = Pattern.compile("(?m)^\\s*package\\s+([\\w.]+)\\s*;").matcher(body);
        return m.find() ? m.group(1) : "";
    }

    /** Compiles every source in one run; the errors of each, as "file.md:line: message". */
    static Map<Source, List<String>> compile(List<Source> sources, Path out) throws IOException {
        JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
        assertThat(javac).as("a JDK's compiler").isNotNull();
        Files.createDirectories(out);
        DiagnosticCollector<JavaFileObject> diagnostics = new DiagnosticCollector<>();
        Map<JavaFileObject, Source> byFile = new java.util.LinkedHashMap<>();
        for (Source source : sources) {
            byFile.put(new SimpleJavaFileObject(URI.create("string:///" + source.path()), JavaFileObject.Kind.SOURCE) {
                @Override
                public CharSequence getCharContent(boolean ignoreEncodingErrors) {
                    return source.text();
                }
            }, source);
        }
        try (StandardJavaFileManager files = javac.getStandardFileManager(diagnostics, Locale.ROOT, StandardCharsets.UTF_8)) {
            List<String> options = List.of("--release", "17", "-proc:none", "-implicit:none", "-nowarn", "-Xmaxerrs", "100000",
                    "-classpath", System.getProperty("java.class.path"), "-d", out.toString());
            javac.getTask(null, files, diagnostics, options, null, byFile.keySet()).call();
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
        Map<Source, List<String>> errors = new java.util.LinkedHashMap<>();
        sources.forEach(s -> errors.put(s, new ArrayList<>()));
        for (Diagnostic<? extends JavaFileObject> d : diagnostics.getDiagnostics()) {
            if (d.getKind() != Diagnostic.Kind.ERROR) {
                continue;
            }
            Source source = d.getSource() == null ? null : byFile.get(d.getSource());
            if (source == null) {
                sources.forEach(s -> errors.get(s).add("(no source) " + d.getMessage(Locale.ROOT)));
                continue;
            }
            long line = d.getLineNumber();
            int[] lines = source.markdownLines();
            long at = line > 0 && line < lines.length && lines[(int) line] > 0 ? lines[(int) line] : source.snippet().firstLine();
            errors.get(source).add(display(source.snippet().file()) + ":" + at + ": " + d.getMessage(Locale.ROOT));
        }
        return errors;
    }
}
