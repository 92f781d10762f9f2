package app.corridor.export;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.corridor.dataset.DatasetLoader;
import app.corridor.dataset.DirectoryDatasetFiles;
import app.corridor.layout.Axis;
import app.corridor.layout.SyntheticEvents;
import app.corridor.model.Actor;
import app.corridor.model.Dataset;
import app.corridor.model.Event;
import app.corridor.model.EventKind;
import app.corridor.model.EventDate;
import app.corridor.model.PartialDate;
import app.corridor.render.AwtFonts;
import app.corridor.render.Java2dSurface;
import app.corridor.render.Theme;
import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotation;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationLink;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.destination.PDPageXYZDestination;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/** What the issue asks of an export fit to publish, checked on the curated data and a dense generated set. */
class PublicationExportTest {

    private static final String SVG_NS = "http://www.w3.org/2000/svg";
    private static final Dataset CURATED = new DatasetLoader()
            .load(new DirectoryDatasetFiles(Path.of("data")), DatasetLoader.DATASET_FILE).dataset();

    @TempDir
    Path dir;

    private static Function<String, Actor> actors(Dataset d) {
        return id -> d.actor(id).orElse(null);
    }

    private Path export(ExportRequest request, List<Event> events, Dataset d, String name) throws Exception {
        Path file = dir.resolve(name);
        MiniData.service().export(request, events, actors(d), d.sources(), "filters", file, true, ExportProgress.NONE);
        return file;
    }

    private static Document parse(Path svg) throws Exception {
        DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
        f.setNamespaceAware(true);
        f.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
        return f.newDocumentBuilder().parse(svg.toFile());
    }

    private static List<Element> elements(Document doc, String name) {
        NodeList list = doc.getElementsByTagNameNS(SVG_NS, name);
        List<Element> out = new ArrayList<>();
        for (int i = 0; i < list.getLength(); i++) {
            out.add((Element) list.item(i));
        }
        return out;
    }

    /** The label an event group writes: its text lines joined, footnote marks and the uncertainty mark dropped. */
    private static String labelOf(Element group) {
        List<String> lines = new ArrayList<>();
        NodeList texts = group.getElementsByTagNameNS(SVG_NS, "text");
        for (int i = 0; i < texts.getLength(); i++) {
            String t = texts.item(i).getTextContent();
            if (!t.matches("\\[\\d+\\]")) {
                lines.add(t);
            }
        }
        return String.join(" ", lines).replace(" (?)", "");
    }

    private static void assertEveryEventDrawnWholeWithoutClusters(Document doc, List<Event> events) {
        assertThat(elements(doc, "g")).noneMatch(g -> g.getAttribute("class").equals("cluster"));
        assertThat(doc.getDocumentElement().getTextContent()).doesNotContain("\u2026");
        Set<String> drawn = new HashSet<>();
        for (Element g : elements(doc, "g")) {
            if (g.hasAttribute("data-event-id")) {
                Event e = events.stream().filter(ev -> ev.id().equals(g.getAttribute("data-event-id"))).findFirst()
                        .orElseThrow();
                assertThat(labelOf(g)).as("label of %s", e.id()).isEqualTo(e.title());
                drawn.add(e.id());
            }
        }
        assertThat(drawn).containsExactlyInAnyOrderElementsOf(events.stream().map(Event::id).toList());
    }

    @Test
    void theCuratedDataIsDrawnWithEveryEventTitledWholeAndNoCluster() throws Exception {
        List<Event> events = CURATED.events();
        Path svg = export(ExportRequest.of(ExportFormat.SVG, ExportRange.spanning(events)), events, CURATED, "c.svg");
        assertEveryEventDrawnWholeWithoutClusters(parse(svg), events);
    }

    @Test
    void aDenseGeneratedSetIsRefusedUntilAllowedThenDrawnWholeWithoutClusters() throws Exception {
        List<Event> events = SyntheticEvents.generate(8000, 3);
        Dataset d = new Dataset("Generated", List.of(), SyntheticEvents.ACTORS, events, java.util.Map.of());
        ExportRequest request = ExportRequest.of(ExportFormat.SVG, ExportRange.spanning(events));
        Path target = dir.resolve("dense.svg");
        Density verdict = refusal(request, events, d, target);
        assertThat(verdict.rows()).isGreaterThan(Density.MAX_ROWS);
        assertAdviceHolds(verdict, request, events, d);
        assertThat(target).doesNotExist();
        Path svg = export(request.withAllowDense(true), events, d, "dense.svg");
        assertEveryEventDrawnWholeWithoutClusters(parse(svg), events);
    }

    private Density refusal(ExportRequest request, List<Event> events, Dataset d, Path target) {
        try {
            MiniData.service().export(request, events, actors(d), List.of(), null, target, false, ExportProgress.NONE);
        } catch (TooDenseException e) {
            return e.verdict();
        } catch (Exception e) {
            throw new AssertionError(e);
        }
        throw new AssertionError("drawn, though too dense");
    }

    /** Whatever the refusal advises (a width, a split by time) is drawn when followed, without asking again. */
    private void assertAdviceHolds(Density verdict, ExportRequest request, List<Event> events, Dataset d) throws Exception {
        if (verdict.widerHelps()) {
            export(request.withWidth(verdict.suggestedWidth()), events, d, "wider.svg");
        }
        int n = 0;
        for (Density.Slice slice : verdict.slices()) {
            ExportRange part = ExportRange.of(slice.from(), slice.to(), List.of());
            export(request.withRange(part), events.stream().filter(part::overlaps).toList(), d, "slice-" + n++ + ".svg");
        }
    }

    /** {@code count} day-precise events of one kind, one every {@code everyDays} days from 2020 on. */
    private static List<Event> everyFewDays(int count, int everyDays) {
        List<Event> events = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            LocalDate day = LocalDate.of(2020, 1, 1).plusDays((long) i * everyDays);
            events.add(new Event("talks-" + i, "Talks on the corridor's next projects, round " + i, EventKind.MEETING,
                    EventDate.of(PartialDate.of(day)), null, List.of(), "", null, List.of()));
        }
        return events;
    }

    @Test
    void aWiderImageAndASplitByTimeAreAdvisedOnlyWhenTheyWereFoundToFit() throws Exception {
        // Single days spread evenly: more room (a wider image, a shorter range) means fewer rows.
        List<Event> spread = everyFewDays(500, 2);
        Dataset d = new Dataset("Spread", List.of(), List.of(), spread, java.util.Map.of());
        ExportRequest request = ExportRequest.of(ExportFormat.SVG, ExportRange.spanning(spread));
        Density verdict = refusal(request, spread, d, dir.resolve("spread.svg"));
        assertThat(verdict.widerHelps()).isTrue();
        assertThat(verdict.slices()).hasSizeGreaterThan(1);
        assertAdviceHolds(verdict, request, spread, d);

        // Events known only to the month, all in one month, stack up however wide the image or short
        // the range: neither is offered (the old estimate offered both).
        List<Event> stacked = new ArrayList<>();
        for (int i = 0; i < 90; i++) {
            stacked.add(new Event("m-" + i, "A meeting some time in March, number " + i, EventKind.MEETING,
                    EventDate.of(PartialDate.ofMonth(2024, 3)), null, List.of(), "", null, List.of()));
        }
        Dataset s = new Dataset("Stacked", List.of(), List.of(), stacked, java.util.Map.of());
        Density none = refusal(ExportRequest.of(ExportFormat.SVG, ExportRange.spanning(stacked)), stacked, s,
                dir.resolve("stacked.svg"));
        assertThat(none.rows()).isGreaterThan(Density.MAX_ROWS);
        assertThat(none.widerHelps()).isFalse();
        assertThat(none.slices()).isEmpty();
    }

    @Test
    void theThreeFormatsDrawTheSameRangeEndingWhereTheFilterEnds() throws Exception {
        List<Event> in = CURATED.events().stream()
                .filter(e -> e.date().lastDay().getYear() >= 2019 && e.date().firstDay().getYear() <= 2025).toList();
        ExportRange range = ExportRange.of(PartialDate.ofYear(2019), PartialDate.ofYear(2025), in);
        List<double[]> spans = new ArrayList<>();
        for (ExportFormat f : List.of(ExportFormat.PNG, ExportFormat.SVG, ExportFormat.PDF)) {
            ExportRequest request = ExportRequest.of(f, range);
            double width = f == ExportFormat.PDF ? PdfExporter.layoutWidth(request.paper()) : request.width();
            BufferedImage scratch = new BufferedImage(1, 1, BufferedImage.TYPE_INT_RGB);
            AwtFonts fonts = new AwtFonts(request.theme());
            TimelinePage page = TimelinePage.compose(request, width, in, actors(CURATED), CURATED.sources(), null,
                    LocalDate.of(2026, 11, 29), fonts.measure(), new Java2dSurface(scratch.createGraphics(), fonts));
            Axis axis = page.layout().axis();
            long firstTick = axis.minor().stream().mapToLong(Axis.Tick::epochDay).min().orElseThrow();
            long lastTick = axis.minor().stream().mapToLong(Axis.Tick::epochDay).max().orElseThrow();
            assertThat(firstTick).as(f + " first tick").isGreaterThanOrEqualTo((long) range.startDay());
            assertThat(lastTick).as(f + " last tick").isLessThan((long) range.endDay());
            assertThat(axis.major()).as(f + " names no year after 2025")
                    .noneMatch(t -> t.label().matches("202[6-9].*"));
            assertThat(Double.isNaN(page.layout().todayX())).as(f + ": today (2026) is outside the range").isTrue();
            spans.add(new double[] {page.timeAxis().startDay(), page.timeAxis().endDay()});
        }
        assertThat(spans).allSatisfy(s -> assertThat(s).containsExactly(range.startDay(), range.endDay()));
    }

    @Test
    void theTodayLineIsDrawnInsideTheRangeAndNoTodaySwitchesItOff() throws Exception {
        Dataset mini = MiniData.load();
        ExportRequest request = ExportRequest.of(ExportFormat.SVG, MiniData.RANGE);
        String with = Files.readString(export(request, mini.events(), mini, "t.svg"));
        assertThat(with).contains(">Today</text>");
        String without = Files.readString(export(request.with(ExportRequest.Part.TODAY, false), mini.events(), mini,
                "n.svg"));
        assertThat(without).doesNotContain(">Today</text>");
    }

    @Test
    void theLegendListsExactlyTheEncodingsDrawn() throws Exception {
        List<Event> events = CURATED.events();
        Document doc = parse(export(ExportRequest.of(ExportFormat.SVG, ExportRange.spanning(events)), events, CURATED,
                "l.svg"));
        Set<String> drawn = new HashSet<>();
        for (Element g : elements(doc, "g")) {
            if (!g.hasAttribute("data-event-id")) {
                continue;
            }
            NodeList rects = g.getElementsByTagNameNS(SVG_NS, "rect");
            boolean dashed = false;
            boolean solid = false;
            for (int i = 0; i < rects.getLength(); i++) {
                Element r = (Element) rects.item(i);
                if (r.getAttribute("fill").equals("none")) {
                    dashed |= r.hasAttribute("stroke-dasharray");
                    solid |= !r.hasAttribute("stroke-dasharray");
                }
            }
            drawn.add(dashed ? "span" : solid ? "bar" : "point");
            NodeList polys = g.getElementsByTagNameNS(SVG_NS, "polygon");
            if (((Element) polys.item(0)).getAttribute("fill").equals("#ffffff")
                    && !((Element) polys.item(1)).getAttribute("stroke").equals("#ffffff")) {
                drawn.add("approximate");
            }
            if (g.getTextContent().contains("(?)")) {
                drawn.add("uncertain");
            }
        }
        Set<String> legend = new HashSet<>();
        Set<String> kinds = new HashSet<>();
        for (Element g : elements(doc, "g")) {
            String c = g.getAttribute("class");
            if (c.startsWith("legend legend-")) {
                String what = c.substring("legend legend-".length());
                if (List.of("point", "bar", "span", "approximate", "uncertain").contains(what)) {
                    legend.add(what);
                } else {
                    kinds.add(what);
                }
            }
        }
        assertThat(legend).isEqualTo(drawn).contains("point", "span", "approximate");
        assertThat(kinds).containsExactlyInAnyOrderElementsOf(events.stream().map(e -> e.kind().code())
                .distinct().toList());
    }

    @Test
    void everyFootnoteMarkInTheSvgLinksToAnEntryOfTheNumberedListOfSources() throws Exception {
        List<Event> events = CURATED.events();
        Document doc = parse(export(ExportRequest.of(ExportFormat.SVG, ExportRange.spanning(events)), events, CURATED,
                "f.svg"));
        Set<String> ids = new HashSet<>();
        elements(doc, "g").forEach(g -> ids.add(g.getAttribute("id")));
        List<Element> links = elements(doc, "a");
        assertThat(links).hasSizeGreaterThanOrEqualTo(events.size());
        for (Element a : links) {
            String target = a.getAttribute("href").substring(1);
            assertThat(ids).as("anchor %s exists", target).contains(target);
            Element entry = elements(doc, "g").stream().filter(g -> g.getAttribute("id").equals(target)).findFirst()
                    .orElseThrow();
            String number = target.substring("source-".length());
            assertThat(a.getTextContent().strip()).isEqualTo("[" + number + "]");
            assertThat(entry.getTextContent().strip()).startsWith("[" + number + "]");
        }
        Set<Integer> used = new HashSet<>();
        links.forEach(a -> used.add(Integer.parseInt(a.getAttribute("href").replaceAll("\\D", ""))));
        assertThat(used).as("every source quoted is numbered 1..n").hasSize(CURATED.sources().size());
        Document none = parse(export(ExportRequest.of(ExportFormat.SVG, ExportRange.spanning(events))
                .withFooter(false), events, CURATED, "nf.svg"));
        assertThat(elements(none, "a")).isEmpty();
        assertThat(none.getDocumentElement().getTextContent()).doesNotContain("Sources");
    }

    @Test
    void inThePdfTheSourcesAreRealTextAndEachEventLinksToItsEntry() throws Exception {
        List<Event> events = CURATED.events();
        Path pdf = export(ExportRequest.of(ExportFormat.PDF, ExportRange.spanning(events)), events, CURATED, "f.pdf");
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            String text = new PDFTextStripper().getText(doc);
            assertThat(text).contains("Sources", "[1]", "Song Tao, Minister of the International Department");
            int links = 0;
            for (PDPage page : doc.getPages()) {
                for (PDAnnotation an : page.getAnnotations()) {
                    if (an instanceof PDAnnotationLink link
                            && link.getDestination() instanceof PDPageXYZDestination dest) {
                        links++;
                        int target = doc.getPages().indexOf(dest.getPage());
                        PDFTextStripper onTarget = new PDFTextStripper();
                        onTarget.setStartPage(target + 1);
                        onTarget.setEndPage(target + 1);
                        assertThat(onTarget.getText(doc)).as("link target page holds the list").contains("Sources");
                    }
                }
            }
            assertThat(links).isEqualTo(events.size());
        }
    }

    @Test
    void theChronologyPdfHoldsEveryEventsDateAndTitleOnNumberedPages() throws Exception {
        List<Event> events = CURATED.events();
        ExportRequest request = ExportRequest.of(ExportFormat.PDF, ExportRange.spanning(events))
                .withLayout(ExportLayout.CHRONOLOGY).withTitle("Chronology")
                .withPaper(new Paper(Paper.Size.A4, Paper.Orientation.PORTRAIT));
        Path pdf = export(request, events, CURATED, "c.pdf");
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            String text = new PDFTextStripper().getText(doc).replaceAll("\\s+", " ");
            for (Event e : events) {
                assertThat(text).contains(e.date().label()).contains(e.title());
            }
            int pages = doc.getNumberOfPages();
            assertThat(pages).isGreaterThan(1);
            assertThat(text).contains("Page 1 of " + pages, "Page " + pages + " of " + pages);
        }
    }

    @Test
    void theMarkdownChronologyListsEveryEventWithFootnotesThatResolve() throws Exception {
        List<Event> events = CURATED.events();
        String md = Files.readString(export(ExportRequest.of(ExportFormat.MARKDOWN, ExportRange.spanning(events)),
                events, CURATED, "c.md"));
        for (Event e : events) {
            assertThat(md).contains("**" + ChronologyMarkdown.escape(e.date().label()) + "**: "
                    + ChronologyMarkdown.escape(e.title()));
        }
        java.util.regex.Matcher refs = java.util.regex.Pattern.compile("\\[\\^(\\d+)\\](?!:)").matcher(md);
        while (refs.find()) {
            assertThat(md).contains("\n[^" + refs.group(1) + "]: ");
        }
    }
}
