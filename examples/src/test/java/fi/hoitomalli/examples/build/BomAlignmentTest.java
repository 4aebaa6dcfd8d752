package fi.hoitomalli.examples.build;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

/**
 * The BOM has no parent (so that importing it brings no build tooling along); this keeps its versions equal to
 * the build's, so that what an embedder aligns to is what the library was built and tested with.
 */
class BomAlignmentTest {

    private static final Path ROOT = Path.of("..").toAbsolutePath().normalize();

    @Test
    void theBomNamesTheBuildsVersionOfTheLibraryAndOfEveryAlignedDependency() throws Exception {
        Document parent = read(ROOT.resolve("pom.xml"));
        Document bom = read(ROOT.resolve("bom/pom.xml"));
        assertThat(text(bom.getDocumentElement(), "version")).isEqualTo(text(parent.getDocumentElement(), "version"));
        assertThat(property(bom, "hoitomalli.version")).isEqualTo(text(parent.getDocumentElement(), "version"));
        for (String name : List.of("jackson.version", "jakarta.validation.version", "slf4j.version")) {
            assertThat(property(bom, name)).as(name).isNotBlank().isEqualTo(property(parent, name));
        }
    }

    @Test
    void theBomManagesEveryPublishedModuleOfTheBuild() throws Exception {
        Document parent = read(ROOT.resolve("pom.xml"));
        Document bom = read(ROOT.resolve("bom/pom.xml"));
        List<String> managed = managedArtifacts(bom);
        for (String module : children(parent.getDocumentElement(), "modules", "module")) {
            Path pom = ROOT.resolve(module).resolve("pom.xml");
            Document modulePom = read(pom);
            String artifact = text(modulePom.getDocumentElement(), "artifactId");
            boolean published = !"true".equals(property(modulePom, "maven.deploy.skip"));
            if (!artifact.equals("hoitomalli-bom") && published) {
                assertThat(managed).as("managed by the BOM").contains(artifact);
            }
        }
    }

    private static Document read(Path file) throws Exception {
        assertThat(file).exists();
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        try (var in = Files.newInputStream(file)) {
            return factory.newDocumentBuilder().parse(in);
        }
    }

    private static String property(Document pom, String name) {
        return children(pom.getDocumentElement(), "properties", name).stream().findFirst().orElse("");
    }

    private static List<String> managedArtifacts(Document pom) {
        List<String> out = new ArrayList<>();
        NodeList deps = pom.getElementsByTagName("dependency");
        for (int i = 0; i < deps.getLength(); i++) {
            out.add(text((Element) deps.item(i), "artifactId"));
        }
        return out;
    }

    private static List<String> children(Element root, String container, String child) {
        List<String> out = new ArrayList<>();
        for (Node n = root.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element e && e.getTagName().equals(container)) {
                for (Node c = e.getFirstChild(); c != null; c = c.getNextSibling()) {
                    if (c instanceof Element ce && ce.getTagName().equals(child)) {
                        out.add(ce.getTextContent().trim());
                    }
                }
            }
        }
        return out;
    }

    private static String text(Element parent, String child) {
        for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element e && e.getTagName().equals(child)) {
                return e.getTextContent().trim();
            }
        }
        return "";
    }
}
