package app.corridor.export;

import app.corridor.i18n.Language;
import app.corridor.i18n.Messages;
import app.corridor.layout.TextStyle;
import app.corridor.render.AwtFonts;
import app.corridor.render.PdfSurface;
import app.corridor.render.Rgba;
import app.corridor.render.Theme;
import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.Calendar;
import java.util.List;
import java.util.Map;
import java.util.function.DoubleConsumer;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationLink;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDBorderStyleDictionary;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.destination.PDPageXYZDestination;
import org.apache.pdfbox.util.Matrix;

/**
 * Draws a page onto PDF sheets. The page is laid out at the sheet's printable width at 96 CSS
 * pixels per inch (12-pixel labels print at 9 points). A page a little too tall for the sheet is
 * shrunk to fit (down to 80%); a taller one continues on more sheets, cut between lanes, with the
 * time axis repeated at the top of each continuation sheet and "page n of m" at the bottom.
 */
final class PdfExporter {

    /** Sheet margin: 1 cm. */
    static final double MARGIN_PT = 72 / 2.54;
    /** Points per CSS pixel (96 px = 72 pt = 1 inch). */
    static final double PT_PER_PX = 0.75;
    /** The least a page is shrunk to fit one sheet before it is split across sheets instead. */
    static final double MIN_SHRINK = 0.8;

    /** One sheet's share of the page: {@code [top, bottom)} in page pixels. */
    record Slice(double top, double bottom, boolean repeatAxis) {
    }

    /** The width, in CSS pixels, to lay a page out at for {@code paper}. */
    static double layoutWidth(Paper paper) {
        return (paper.widthPt() - 2 * MARGIN_PT) / PT_PER_PX;
    }

    /** How {@code page} is split across sheets of {@code paper} at {@code ptPerPx}. */
    static List<Slice> slices(TimelinePage page, Paper paper, double ptPerPx) {
        double capacity = (paper.heightPt() - 2 * MARGIN_PT) / ptPerPx;
        double axis = page.layout().style().axisHeight();
        double plotTop = page.timelineTop() + axis;
        double plotBottom = page.timelineTop() + page.layout().height();
        List<Double> breaks = page.breakPoints();
        List<Slice> slices = new ArrayList<>();
        double top = 0;
        while (top < page.height() - 0.5) {
            boolean repeat = !slices.isEmpty() && top >= plotTop && top < plotBottom;
            double room = capacity - (repeat ? axis : 0);
            double bottom;
            if (page.height() - top <= room) {
                bottom = page.height();
            } else {
                bottom = top + room; // a hard cut if no lane ends on this sheet
                double best = Double.NaN;
                for (double b : breaks) {
                    if (b > top + 1 && b <= top + room) {
                        best = b;
                    }
                }
                if (!Double.isNaN(best)) {
                    bottom = best;
                }
            }
            slices.add(new Slice(top, bottom, repeat));
            top = bottom;
        }
        return slices;
    }

    /** Writes the document; returns the number of sheets. */
    int write(TimelinePage page, Theme theme, AwtFonts fonts, Paper paper, String title, String subject,
               String creator, Calendar created, OutputStream out, Runnable checkpoint, DoubleConsumer progress,
               Language language) throws IOException {
        double contentWidth = paper.widthPt() - 2 * MARGIN_PT;
        double contentHeight = paper.heightPt() - 2 * MARGIN_PT;
        double k = PT_PER_PX;
        List<Slice> slices;
        if (page.height() * k <= contentHeight) {
            slices = List.of(new Slice(0, page.height(), false));
        } else if (page.height() * k * MIN_SHRINK <= contentHeight) {
            k = contentHeight / page.height();
            slices = List.of(new Slice(0, page.height(), false));
        } else {
            slices = slices(page, paper, k);
        }
        double offsetX = MARGIN_PT + (contentWidth - page.width() * k) / 2;
        try (PDDocument doc = new PDDocument(); PdfSurface.Fonts pdfFonts = new PdfSurface.Fonts(doc)) {
            describe(doc, title, subject, creator, created);
            double axis = page.layout().style().axisHeight();
            double[] destTops = new double[slices.size()];
            List<PDPage> sheets = new ArrayList<>(slices.size());
            for (int i = 0; i < slices.size(); i++) {
                checkpoint.run();
                Slice slice = slices.get(i);
                PDPage sheet = newSheet(doc, paper);
                sheets.add(sheet);
                try (PDPageContentStream cs = new PDPageContentStream(doc, sheet)) {
                    PdfSurface surface = new PdfSurface(cs, theme, fonts, pdfFonts);
                    paintBackground(surface, theme, paper);
                    double destTop = paper.heightPt() - MARGIN_PT;
                    if (slice.repeatAxis()) {
                        band(cs, surface, page, checkpoint, k, offsetX, destTop, page.timelineTop(),
                                page.timelineTop() + axis);
                        destTop -= axis * k;
                    }
                    destTops[i] = destTop;
                    band(cs, surface, page, checkpoint, k, offsetX, destTop, slice.top(), slice.bottom());
                    if (slices.size() > 1) {
                        pageNumber(surface, theme, paper, i, slices.size(), language);
                    }
                }
                progress.accept(0.9 * (i + 1) / slices.size());
            }
            addLinks(sheets, page, slices, destTops, k, offsetX);
            checkpoint.run();
            doc.save(out);
            return slices.size();
        }
    }

    /**
     * Makes each event with a footnote a link to its entry in the list of sources: a link
     * annotation over the event (label included) going to the entry's sheet and height.
     */
    private static void addLinks(List<PDPage> sheets, TimelinePage page, List<Slice> slices, double[] destTops,
                                 double k, double offsetX) throws IOException {
        // Looked up once, not per link: thousands of sheets and links made this pass quadratic.
        Map<Integer, Double> noteTops = page.noteTops();
        for (TimelinePage.Link link : page.links()) {
            double noteTop = noteTops.getOrDefault(link.note(), Double.NaN);
            int from = sheetOf(slices, (link.y0() + link.y1()) / 2);
            int to = sheetOf(slices, noteTop);
            if (from < 0 || to < 0) {
                continue;
            }
            double top = destTops[from] + slices.get(from).top() * k;
            link(sheets.get(from), sheets.get(to), offsetX + link.x0() * k, top - link.y1() * k,
                    (link.x1() - link.x0()) * k, (link.y1() - link.y0()) * k, offsetX,
                    destTops[to] + slices.get(to).top() * k - noteTop * k + 4);
        }
    }

    /** The document's title, subject, creator and creation date (title and subject may be null). */
    static void describe(PDDocument doc, String title, String subject, String creator, Calendar created) {
        PDDocumentInformation info = doc.getDocumentInformation();
        if (title != null) {
            info.setTitle(title);
        }
        if (subject != null) {
            info.setSubject(subject);
        }
        info.setCreator(creator);
        info.setCreationDate(created);
    }

    /** A new sheet of {@code paper}, added to {@code doc}. */
    static PDPage newSheet(PDDocument doc, Paper paper) {
        PDPage sheet = new PDPage(new PDRectangle((float) paper.widthPt(), (float) paper.heightPt()));
        doc.addPage(sheet);
        return sheet;
    }

    /** A theme other than white paper colours the whole sheet, margins included. */
    static void paintBackground(PdfSurface surface, Theme theme, Paper paper) {
        if (!theme.background().equals(Rgba.hex("#ffffff"))) {
            surface.fillRect(0, 0, paper.widthPt(), paper.heightPt(), theme.background());
        }
    }

    /** "Page 2 of 5" (in {@code language}) at the bottom right of sheet {@code index} (from 0). */
    static void pageNumber(PdfSurface surface, Theme theme, Paper paper, int index, int count, Language language) {
        String number = Messages.of(language).get("export.page", index + 1, count);
        surface.textAt(number, TextStyle.AXIS_MINOR, 8, paper.widthPt() - MARGIN_PT, MARGIN_PT / 2, theme.mutedText(),
                true);
    }

    /**
     * A link annotation on {@code from} over the rectangle at {@code (x, y)} (points, from the
     * sheet's bottom left), going to the point {@code (destLeft, destTop)} of {@code to}.
     */
    static void link(PDPage from, PDPage to, double x, double y, double w, double h, double destLeft,
                     double destTop) throws IOException {
        PDPageXYZDestination dest = new PDPageXYZDestination();
        dest.setPage(to);
        dest.setLeft((int) Math.round(destLeft));
        dest.setTop((int) Math.round(destTop));
        PDAnnotationLink annotation = new PDAnnotationLink();
        annotation.setRectangle(new PDRectangle((float) x, (float) y, (float) w, (float) h));
        annotation.setDestination(dest);
        PDBorderStyleDictionary noBorder = new PDBorderStyleDictionary();
        noBorder.setWidth(0);
        annotation.setBorderStyle(noBorder);
        from.getAnnotations().add(annotation);
    }

    /** The sheet whose slice holds page row {@code y} (the slices follow each other down the page), or -1. */
    private static int sheetOf(List<Slice> slices, double y) {
        int low = 0;
        int high = slices.size() - 1;
        while (low <= high) {
            int mid = (low + high) >>> 1;
            Slice slice = slices.get(mid);
            if (y < slice.top()) {
                high = mid - 1;
            } else if (y >= slice.bottom()) {
                low = mid + 1;
            } else {
                return mid;
            }
        }
        return -1;
    }

    /** Draws page rows {@code [top, bottom)} with their top at {@code destTop} points from the sheet's bottom. */
    private static void band(PDPageContentStream cs, PdfSurface surface, TimelinePage page, Runnable checkpoint,
                             double k, double offsetX, double destTop, double top, double bottom) throws IOException {
        cs.saveGraphicsState();
        cs.transform(new Matrix((float) k, 0, 0, (float) -k, (float) offsetX, (float) (destTop + top * k)));
        cs.addRect(0, (float) top, (float) page.width(), (float) (bottom - top));
        cs.clip();
        surface.forgetState();
        page.paint(new PageSurface(surface, 0, checkpoint, top, bottom));
        cs.restoreGraphicsState();
        surface.forgetState();
    }
}
