package fi.hoitomalli.clock;

import static org.assertj.core.api.Assertions.assertThat;

import fi.hoitomalli.common.Language;
import fi.hoitomalli.common.LocalizedText;
import fi.hoitomalli.meeting.Participant;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.Month;
import java.time.Year;
import java.util.ArrayList;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

class ClockRenderingTest {

    private final AnnualClock clock = VantaaFixture.clock2027();

    static Document parse(String svg) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        return factory.newDocumentBuilder().parse(new ByteArrayInputStream(svg.getBytes(StandardCharsets.UTF_8)));
    }

    static List<String> texts(Document doc) {
        NodeList nodes = doc.getElementsByTagNameNS("http://www.w3.org/2000/svg", "text");
        List<String> result = new ArrayList<>();
        for (int i = 0; i < nodes.getLength(); i++) {
            result.add(nodes.item(i).getTextContent());
        }
        return result;
    }

    @Test
    void section7_wheelIsWellFormedSvg11WithTwelveMonthsAndRingLabels() throws Exception {
        String svg = ClockWheel.render(clock, LocalDate.of(2027, 3, 15), Language.FI);
        Document doc = parse(svg);
        Element root = doc.getDocumentElement();
        assertThat(root.getLocalName()).isEqualTo("svg");
        assertThat(root.getNamespaceURI()).isEqualTo("http://www.w3.org/2000/svg");
        assertThat(root.getAttribute("version")).isEqualTo("1.1");
        List<String> texts = texts(doc);
        for (Month month : Month.values()) {
            assertThat(texts).contains(ClockTexts.month(month, Language.FI));
        }
        for (Category category : Category.values()) {
            assertThat(texts).contains(category.label().fi());
        }
        assertThat(texts).contains("tänään 15.3.", "2027");
        int marks = doc.getElementsByTagNameNS("http://www.w3.org/2000/svg", "circle").getLength();
        assertThat(marks).isEqualTo(clock.occurrences().size() + Category.values().length + 2);
    }

    @Test
    void wheelIsDeterministicAndLocalised() {
        String a = ClockWheel.render(clock, LocalDate.of(2027, 3, 15), Language.SV);
        assertThat(ClockWheel.render(VantaaFixture.clock2027(), LocalDate.of(2027, 3, 15), Language.SV)).isEqualTo(a);
        assertThat(a).contains(">januari<").contains(">Kundteam<").doesNotContain("tammikuu");
    }

    @Test
    void todayOutsideTheYearDrawsNoHand() throws Exception {
        String svg = ClockWheel.render(clock, LocalDate.of(2028, 1, 2), Language.EN);
        assertThat(texts(parse(svg))).noneMatch(t -> t.startsWith("today"));
    }

    @Test
    void markupInNamesIsEscaped() throws Exception {
        ActivityTemplate odd = ActivityTemplate.scheduled(new TemplateId("ODD"), "<&>",
                new LocalizedText("a<b & \"c\"", "x\u0001y", "'q'"), LocalizedText.same("S&P"),
                Category.INFO_SESSIONS, Cadence.exactly(1), new Participant("staff:X"));
        AnnualClock one = new ClockPlanner(fi.hoitomalli.calendar.WorkingCalendar.vantaaDefault())
                .generate(Year.of(2027), List.of(odd));
        for (Language language : Language.values()) {
            Document doc = parse(ClockWheel.render(one, LocalDate.of(2027, 6, 1), language));
            assertThat(texts(doc)).contains("<&>");
        }
        assertThat(ClockAgenda.render(one, Language.FI)).contains("S&P: a<b & \"c\"");
    }

    @Test
    void agendaListsEveryOccurrenceUnderItsMonth() {
        String agenda = ClockAgenda.render(clock, Language.FI);
        assertThat(agenda).startsWith("Vuosikello 2027\n").contains("== tammikuu ==").contains("== joulukuu ==");
        long lines = agenda.lines().filter(l -> l.startsWith("  ") && !l.startsWith("  -")).count();
        assertThat(lines).isEqualTo(clock.occurrences().size());
        Occurrence first = clock.occurrencesOf(new TemplateId("AT-SIVI")).get(0);
        String day = " " + first.date().getDayOfMonth() + "." + first.date().getMonthValue() + ". ";
        assertThat(agenda.lines()).anySatisfy(line -> assertThat(line).contains(day)
                .contains(first.start().orElseThrow() + "–")
                .endsWith("Sivistystoimi: asiakkuustiimin kokous  [Asiakkuustiimit]"));
        assertThat(agenda).contains("koko päivä");
    }
}
