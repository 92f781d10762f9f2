package app.corridor.export;

import static org.assertj.core.api.Assertions.assertThat;

import app.corridor.layout.LaneMode;
import app.corridor.model.Dataset;
import app.corridor.model.Event;
import app.corridor.model.EventDate;
import app.corridor.model.EventKind;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

class SvgExportTest {

    @TempDir
    Path dir;

    private final Dataset data = MiniData.load();

    private Document export(ExportRequest request, List<Event> events) throws Exception {
        Path file = dir.resolve("out.svg");
        MiniData.service().export(request, events, MiniData.actors(data), data.sources(), "filters & more", file,
                true, ExportProgress.NONE);
        DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
        f.setNamespaceAware(true);
        f.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
        return f.newDocumentBuilder().parse(file.toFile());
    }

    private static List<Element> eventGroups(Document doc) {
        NodeList gs = doc.getElementsByTagNameNS("http://www.w3.org/2000/svg", "g");
        List<Element> out = new ArrayList<>();
        for (int i = 0; i < gs.getLength(); i++) {
            Element g = (Element) gs.item(i);
            if (g.hasAttribute("data-event-id")) {
                out.add(g);
            }
        }
        return out;
    }

    private static String child(Element e, String name) {
        NodeList list = e.getElementsByTagNameNS("http://www.w3.org/2000/svg", name);
        return list.getLength() == 0 ? null : list.item(0).getTextContent();
    }

    @Test
    void everyVisibleEventIsOneGroupWithItsIdTitleAndLabelText() throws Exception {
        Document doc = export(ExportRequest.of(ExportFormat.SVG, MiniData.RANGE).withTitle("Mini"), data.events());
        List<Element> groups = eventGroups(doc);
        Map<String, Element> byId = new HashMap<>();
        groups.forEach(g -> byId.put(g.getAttribute("data-event-id"), g));
        assertThat(groups).hasSize(4);
        assertThat(byId.keySet()).containsExactlyInAnyOrderElementsOf(data.events().stream().map(Event::id).toList());
        for (Event e : data.events()) {
            Element g = byId.get(e.id());
            assertThat(g.getAttribute("id")).isEqualTo("event-" + e.id());
            assertThat(g.getAttribute("class")).isEqualTo("event " + e.kind().code());
            assertThat(child(g, "title")).isEqualTo(e.title());
            assertThat(child(g, "text")).as("label drawn as real text").isEqualTo(e.title());
            assertThat(g.getTextContent()).as("with its footnote mark").containsPattern("\\[\\d+\\]");
        }
        Element root = doc.getDocumentElement();
        assertThat(root.getAttribute("font-family")).startsWith("'DejaVu Sans'").endsWith("sans-serif");
        assertThat(child(root, "title")).isEqualTo("Mini");
        assertThat(child(root, "desc")).isEqualTo("filters & more");
    }

    @Test
    void eventsOutsideTheRangeAreNotDrawn() throws Exception {
        ExportRange only2020 = ExportRange.window(java.time.LocalDate.of(2020, 1, 1), java.time.LocalDate.of(2020, 12, 31));
        Document doc = export(ExportRequest.of(ExportFormat.SVG, only2020), data.events());
        assertThat(eventGroups(doc)).extracting(g -> g.getAttribute("data-event-id"))
                .containsExactlyInAnyOrder("second-conference", "president-b-visit");
    }

    @Test
    void aLabelNearTheEndOfTheRangeIsWrittenWholeInTheRoomMadeForIt() throws Exception {
        ExportRange window = ExportRange.window(java.time.LocalDate.of(2020, 1, 1), java.time.LocalDate.of(2020, 9, 30));
        Document doc = export(ExportRequest.of(ExportFormat.SVG, window).withWidth(1000), data.events());
        Element g = eventGroups(doc).stream().filter(e -> e.getAttribute("data-event-id").equals("second-conference"))
                .findFirst().orElseThrow();
        assertThat(child(g, "text")).isEqualTo("Second conference");
        assertThat(doc.getDocumentElement().getTextContent()).doesNotContain("\u2026");
    }

    @Test
    void withNoEventsThePageSaysSoInsteadOfFailing() throws Exception {
        Document doc = export(ExportRequest.of(ExportFormat.SVG, MiniData.RANGE), List.of());
        assertThat(eventGroups(doc)).isEmpty();
        assertThat(doc.getDocumentElement().getTextContent()).contains("No events match the filters");
    }

    @Test
    void markupInTitlesIsEscaped() throws Exception {
        String title = "Talks & \"agreements\" <CPEC> \u2014 \u4e60\u8fd1\u5e73's letter";
        Event tricky = new Event("tricky-1", title, EventKind.MEETING, EventDate.parse("2022-05-03"), null, List.of(),
                "s", null, List.of());
        List<Event> events = new ArrayList<>(data.events());
        events.add(tricky);
        Document doc = export(ExportRequest.of(ExportFormat.SVG, MiniData.RANGE).withTitle("A < B & C"), events);
        Element g = eventGroups(doc).stream().filter(e -> e.getAttribute("data-event-id").equals("tricky-1"))
                .findFirst().orElseThrow();
        assertThat(child(g, "title")).isEqualTo(title);
        assertThat(child(doc.getDocumentElement(), "title")).isEqualTo("A < B & C");
    }

    @Test
    void anEventInSeveralActorLanesKeepsOneUniqueId() throws Exception {
        Document doc = export(ExportRequest.of(ExportFormat.SVG, MiniData.RANGE).withLanes(LaneMode.ACTOR), data.events());
        List<Element> groups = eventGroups(doc);
        // "Second conference" has two actors, so it is drawn in two lanes.
        assertThat(groups).filteredOn(g -> g.getAttribute("data-event-id").equals("second-conference")).hasSize(2);
        Set<String> ids = new HashSet<>();
        NodeList all = doc.getElementsByTagNameNS("*", "*");
        for (int i = 0; i < all.getLength(); i++) {
            String id = ((Element) all.item(i)).getAttribute("id");
            if (!id.isEmpty()) {
                assertThat(ids.add(id)).as("id %s is unique", id).isTrue();
            }
        }
        assertThat(ids).contains("event-second-conference");
    }
}
