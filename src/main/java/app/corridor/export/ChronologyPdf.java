package app.corridor.export;

import app.corridor.layout.TextMeasure;
import app.corridor.layout.TextStyle;
import app.corridor.render.AwtFonts;
import app.corridor.render.PdfSurface;
import app.corridor.render.Theme;
import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.Calendar;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.util.Matrix;

/**
 * Writes a {@link Chronology} as a paginated PDF: the dates in a column on the left, each event's
 * title, details and short quote on the right, the numbered sources at the end, "Page n of m" on
 * every sheet. Entries are never split across sheets. Text is real text in the bundled fonts;
 * every footnote mark is a link to its source's entry.
 */
final class ChronologyPdf {

    private static final double DATE_COLUMN = 150;
    private static final double COLUMN_GAP = 14;
    private static final double LINE = 16;
    private static final double SMALL_LINE = 14;
    private static final double ENTRY_GAP = 10;

    /** A line of text in a block, {@code y} its baseline from the block's top. */
    private record Line(String text, double x, double y, TextStyle style, boolean muted) {
    }

    /** A footnote mark's area in a block, linking to note {@code note}. */
    private record Mark(double x0, double y0, double x1, double y1, int note) {
    }

    /** What is kept together on one sheet. */
    private record Block(List<Line> lines, double height, List<Mark> marks, int anchor, boolean keepWithNext) {
    }

    private record Placed(Block block, int sheet, double top) {
    }

    private final TextMeasure measure;
    private final AwtFonts fonts;
    private final double width;

    ChronologyPdf(AwtFonts fonts, double width) {
        this.fonts = fonts;
        this.measure = fonts.measure();
        this.width = width;
    }

    /** Writes the document; returns the number of sheets. */
    int write(Chronology chronology, String title, String filters, Theme theme, Paper paper, String creator,
              Calendar created, OutputStream out, Runnable checkpoint) throws IOException {
        List<Block> blocks = blocks(chronology, title, filters);
        double k = PdfExporter.PT_PER_PX;
        // Room for the page number at the bottom.
        double capacity = (paper.heightPt() - 2 * PdfExporter.MARGIN_PT) / k - 2 * LINE;
        List<Placed> placed = paginate(blocks, capacity);
        int sheets = placed.isEmpty() ? 1 : placed.get(placed.size() - 1).sheet() + 1;
        try (PDDocument doc = new PDDocument(); PdfSurface.Fonts pdfFonts = new PdfSurface.Fonts(doc)) {
            PdfExporter.describe(doc, title, filters, creator, created);
            List<PDPage> pages = new ArrayList<>();
            List<PDPageContentStream> streams = new ArrayList<>();
            List<PdfSurface> surfaces = new ArrayList<>();
            try {
                for (int i = 0; i < sheets; i++) {
                    checkpoint.run();
                    PDPage page = PdfExporter.newSheet(doc, paper);
                    pages.add(page);
                    PDPageContentStream cs = new PDPageContentStream(doc, page);
                    streams.add(cs);
                    PdfSurface surface = new PdfSurface(cs, theme, fonts, pdfFonts);
                    surfaces.add(surface);
                    PdfExporter.paintBackground(surface, theme, paper);
                    PdfExporter.pageNumber(surface, theme, paper, i, sheets, chronology.language());
                    cs.saveGraphicsState();
                    cs.transform(new Matrix((float) k, 0, 0, (float) -k, (float) PdfExporter.MARGIN_PT,
                            (float) (paper.heightPt() - PdfExporter.MARGIN_PT)));
                    surface.forgetState();
                }
                for (Placed p : placed) {
                    PdfSurface s = surfaces.get(p.sheet());
                    for (Line line : p.block().lines()) {
                        s.text(line.text(), line.x(), p.top() + line.y(), line.style(),
                                line.muted() ? theme.mutedText() : theme.text());
                    }
                }
            } finally {
                for (PDPageContentStream cs : streams) {
                    cs.restoreGraphicsState();
                    cs.close();
                }
            }
            addLinks(placed, pages, k, paper);
            checkpoint.run();
            doc.save(out);
            return sheets;
        }
    }

    private List<Block> blocks(Chronology chronology, String title, String filters) {
        List<Block> blocks = new ArrayList<>();
        double textWidth = width - 2 * TimelinePage.INSET;
        List<Line> head = new ArrayList<>();
        double y = 0;
        if (title != null) {
            for (String t : TextWrap.lines(title, TextStyle.HEADING, textWidth, measure)) {
                y += 26;
                head.add(new Line(t, TimelinePage.INSET, y - 6, TextStyle.HEADING, false));
            }
        }
        if (filters != null && !filters.isBlank()) {
            for (String t : TextWrap.lines(filters, TextStyle.LABEL, textWidth, measure)) {
                y += LINE;
                head.add(new Line(t, TimelinePage.INSET, y - 4, TextStyle.LABEL, true));
            }
        }
        if (!head.isEmpty()) {
            blocks.add(new Block(head, y + ENTRY_GAP, List.of(), 0, false));
        }
        int year = Integer.MIN_VALUE;
        double textX = TimelinePage.INSET + DATE_COLUMN + COLUMN_GAP;
        double columnWidth = width - TimelinePage.INSET - textX;
        for (Chronology.Entry e : chronology.entries()) {
            if (e.year() != year) {
                year = e.year();
                blocks.add(new Block(List.of(new Line(chronology.yearHeading(year), TimelinePage.INSET, 22,
                        TextStyle.HEADING, false)), 32, List.of(), 0, true));
            }
            blocks.add(entry(e, textX, columnWidth));
        }
        if (!chronology.notes().isEmpty()) {
            blocks.add(new Block(List.of(new Line(chronology.sourcesHeading(), TimelinePage.INSET, 22, TextStyle.HEADING,
                    false)), 32,
                    List.of(), 0, true));
            double indent = measure.width("[" + chronology.notes().size() + "]  ", TextStyle.LABEL);
            for (Footnotes.Note n : chronology.notes()) {
                List<Line> lines = new ArrayList<>();
                lines.add(new Line("[" + n.number() + "]", TimelinePage.INSET, LINE - 4, TextStyle.LABEL, false));
                double ly = 0;
                for (String t : TextWrap.lines(n.reference(), TextStyle.LABEL, textWidth - indent, measure)) {
                    ly += LINE;
                    lines.add(new Line(t, TimelinePage.INSET + indent, ly - 4, TextStyle.LABEL, false));
                }
                blocks.add(new Block(lines, ly + 4, List.of(), n.number(), false));
            }
        }
        return blocks;
    }

    private Block entry(Chronology.Entry e, double textX, double columnWidth) {
        List<Line> lines = new ArrayList<>();
        List<Mark> marks = new ArrayList<>();
        double dateY = 0;
        for (String t : TextWrap.lines(e.date(), TextStyle.LANE, DATE_COLUMN, measure)) {
            dateY += LINE;
            lines.add(new Line(t, TimelinePage.INSET, dateY - 4, TextStyle.LANE, false));
        }
        StringBuilder markText = new StringBuilder();
        e.notes().forEach(n -> markText.append(" [").append(n).append(']'));
        List<String> titleLines = TextWrap.lines(e.title() + markText, TextStyle.LABEL, columnWidth, measure);
        double y = 0;
        for (String t : titleLines) {
            y += LINE;
            lines.add(new Line(t, textX, y - 4, TextStyle.LABEL, false));
        }
        // Each mark on the title's last line is a link to its source.
        String last = titleLines.get(titleLines.size() - 1);
        for (int n : e.notes()) {
            String mark = "[" + n + "]";
            int at = last.lastIndexOf(mark);
            if (at >= 0) {
                double x0 = textX + measure.width(last.substring(0, at), TextStyle.LABEL);
                marks.add(new Mark(x0, y - LINE, x0 + measure.width(mark, TextStyle.LABEL), y, n));
            }
        }
        for (String t : TextWrap.lines(e.details(), TextStyle.AXIS_MINOR, columnWidth, measure)) {
            y += SMALL_LINE;
            lines.add(new Line(t, textX, y - 3, TextStyle.AXIS_MINOR, true));
        }
        if (e.quote() != null) {
            y += 3;
            for (String t : TextWrap.lines(e.quote(), TextStyle.AXIS_MINOR, columnWidth, measure)) {
                y += SMALL_LINE;
                lines.add(new Line(t, textX, y - 3, TextStyle.AXIS_MINOR, true));
            }
        }
        return new Block(lines, Math.max(y, dateY) + ENTRY_GAP, marks, 0, false);
    }

    /** Blocks onto sheets of {@code capacity} pixels: a block never split, a heading kept with what follows. */
    private static List<Placed> paginate(List<Block> blocks, double capacity) {
        List<Placed> placed = new ArrayList<>();
        int sheet = 0;
        double y = 0;
        for (int i = 0; i < blocks.size(); i++) {
            Block b = blocks.get(i);
            double need = b.height() + (b.keepWithNext() && i + 1 < blocks.size() ? blocks.get(i + 1).height() : 0);
            if (y > 0 && y + Math.min(need, capacity) > capacity) {
                sheet++;
                y = 0;
            }
            placed.add(new Placed(b, sheet, y));
            y += b.height();
        }
        return placed;
    }

    private static void addLinks(List<Placed> placed, List<PDPage> pages, double k, Paper paper) throws IOException {
        Map<Integer, Placed> anchors = new HashMap<>();
        placed.stream().filter(p -> p.block().anchor() > 0).forEach(p -> anchors.put(p.block().anchor(), p));
        double top = paper.heightPt() - PdfExporter.MARGIN_PT;
        for (Placed p : placed) {
            for (Mark m : p.block().marks()) {
                Placed target = anchors.get(m.note());
                if (target != null) {
                    PdfExporter.link(pages.get(p.sheet()), pages.get(target.sheet()),
                            PdfExporter.MARGIN_PT + m.x0() * k, top - (p.top() + m.y1()) * k, (m.x1() - m.x0()) * k,
                            (m.y1() - m.y0()) * k, PdfExporter.MARGIN_PT, top - target.top() * k + 4);
                }
            }
        }
    }
}
