package app.corridor.export;

import static org.assertj.core.api.Assertions.assertThat;

import app.corridor.dataset.DatasetLoader;
import app.corridor.dataset.DirectoryDatasetFiles;
import app.corridor.i18n.BidiText;
import app.corridor.i18n.Language;
import app.corridor.layout.LaneMode;
import app.corridor.layout.TextStyle;
import app.corridor.model.Actor;
import app.corridor.model.Dataset;
import app.corridor.model.Event;
import app.corridor.render.AwtFonts;
import app.corridor.render.Java2dSurface;
import app.corridor.render.Rgba;
import app.corridor.render.Theme;
import java.awt.Font;
import java.awt.font.FontRenderContext;
import java.awt.font.GlyphVector;
import java.awt.geom.AffineTransform;
import java.awt.image.BufferedImage;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import javax.imageio.ImageIO;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Exports in Chinese and Urdu: the legend, axis, filters line, footnotes and dates in the language,
 * and the bundled fonts in the files (PDF), named with fallbacks (SVG) and drawing every glyph
 * (PNG, checked for tofu).
 */
class LocalizedExportTest {

    private static final Dataset CURATED = new DatasetLoader()
            .load(new DirectoryDatasetFiles(Path.of("data")), DatasetLoader.DATASET_FILE).dataset();
    private static final List<Event> EVENTS = CURATED.events();

    @TempDir
    Path dir;

    private static Function<String, Actor> actors() {
        return id -> CURATED.actor(id).orElse(null);
    }

    private static ExportRequest request(ExportFormat format, Language language) {
        return ExportRequest.of(format, ExportRange.spanning(EVENTS)).withLanes(LaneMode.ACTOR)
                .withLanguage(language);
    }

    private Path export(ExportRequest request, String name) throws Exception {
        Path file = dir.resolve(name);
        String filters = FilterDescription.of(app.corridor.store.EventFilter.all(), actors(), EVENTS.size(),
                request.language());
        MiniData.service().export(request, EVENTS, actors(), CURATED.sources(), filters, file, true,
                ExportProgress.NONE);
        return file;
    }

    @Test
    void aChineseSvgSpeaksChineseAndNamesChineseFontsToFallBackOn() throws Exception {
        Path file = export(request(ExportFormat.SVG, Language.CHINESE), "zh.svg");
        List<String> texts = texts(file);
        assertThat(texts).contains("已知具体日期", "国事访问", "2010年代", "资料来源", "无事件", "38个事件 · 无筛选条件",
                "习近平");
        assertThat(texts).anyMatch(t -> t.contains("2025年2月21日"));
        String svg = Files.readString(file, StandardCharsets.UTF_8);
        assertThat(svg).contains("<tspan class=\"zh\">");
        assertThat(svg).contains("&apos;DejaVu Sans&apos;, &apos;Bitstream Vera Sans&apos;, &apos;Noto Sans CJK SC&apos;");
    }

    @Test
    void anUrduSvgSpeaksUrduRightToLeftInNaskh() throws Exception {
        Path file = export(request(ExportFormat.SVG, Language.URDU), "ur.svg");
        List<String> texts = texts(file).stream().map(BidiText::strip).toList();
        assertThat(texts).contains("ریاستی دورہ", "معلوم دن", "ماخذ", "2010 کی دہائی", "کوئی واقعہ نہیں", "شہباز شریف");
        assertThat(texts).anyMatch(t -> t.contains("21 فروری، 2025"));
        String svg = Files.readString(file, StandardCharsets.UTF_8);
        assertThat(svg).contains("direction=\"rtl\" text-anchor=\"end\"").contains("<tspan class=\"ur\">")
                .contains(".ur{font-family:'Noto Naskh Arabic'");
    }

    @Test
    void aChinesePdfHasChineseTextInTheEmbeddedCjkFont() throws Exception {
        Path pdf = export(request(ExportFormat.PDF, Language.CHINESE), "zh.pdf");
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            String text = new PDFTextStripper().getText(doc);
            // The axis in Chinese words: centuries on an A4 sheet, since the actor lanes (one more for
            // Shah Mahmood Qureshi, issue 14) leave the plot too narrow for decades.
            assertThat(text).contains("资料来源", "国事访问", "已知具体日期", "习近平", "21世纪", "第1页，共");
            assertThat(embeddedFonts(doc)).anyMatch(n -> n.contains("NotoSansCJKsc"))
                    .anyMatch(n -> n.contains("DejaVuSans"));
        }
    }

    @Test
    void anUrduPdfEmbedsNaskhAndKeepsTheWordsAsActualText() throws Exception {
        Path pdf = export(request(ExportFormat.PDF, Language.URDU), "ur.pdf");
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            assertThat(embeddedFonts(doc)).anyMatch(n -> n.contains("CorridorNaskh"));
            List<String> actual = new ArrayList<>();
            for (PDPage page : doc.getPages()) {
                for (COSName name : page.getResources().getPropertiesNames()) {
                    String words = page.getResources().getProperties(name).getCOSObject()
                            .getString(COSName.ACTUAL_TEXT);
                    if (words != null) {
                        actual.add(words);
                    }
                }
            }
            assertThat(actual).contains("ماخذ", "معلوم دن", "شہباز شریف");
        }
        // The chronology too: its year headings, dates and sources heading are Urdu.
        Path chronology = export(request(ExportFormat.PDF, Language.URDU).withLayout(ExportLayout.CHRONOLOGY)
                .withPaper(new Paper(Paper.Size.A4, Paper.Orientation.PORTRAIT)), "ur-chronology.pdf");
        try (PDDocument doc = Loader.loadPDF(chronology.toFile())) {
            assertThat(embeddedFonts(doc)).anyMatch(n -> n.contains("CorridorNaskh"));
        }
    }

    @Test
    void aChineseMarkdownChronologyHasChineseDatesAndHeadings() throws Exception {
        String md = Files.readString(export(request(ExportFormat.MARKDOWN, Language.CHINESE), "zh.md"),
                StandardCharsets.UTF_8);
        assertThat(md).contains("## 2024年", "**2024年", "国事访问", "（东道主）");
    }

    /** Every character every text of the page draws has a glyph in the face chosen for it. */
    @Test
    void pngsInChineseAndUrduDrawEveryCharacterWithARealGlyph() throws Exception {
        for (Language language : List.of(Language.CHINESE, Language.URDU)) {
            ExportRequest request = request(ExportFormat.PNG, language).withWidth(1200).withScale(1);
            AwtFonts fonts = new AwtFonts(request.theme());
            List<String> drawn = new ArrayList<>();
            BufferedImage image = new BufferedImage(1200, 3000, BufferedImage.TYPE_INT_RGB);
            var g = image.createGraphics();
            Java2dSurface recording = new Java2dSurface(g, fonts) {
                @Override
                public void text(String text, double x, double y, TextStyle style, Rgba color) {
                    drawn.add(text);
                    super.text(text, x, y, style, color);
                }
            };
            TimelinePage page = TimelinePage.compose(request, 1200, EVENTS, actors(), CURATED.sources(),
                    FilterDescription.of(app.corridor.store.EventFilter.all(), actors(), EVENTS.size(), language),
                    MiniData.TODAY, fonts.measure(), recording);
            page.paint(new PageSurface(recording, 0, () -> { }));
            g.dispose();
            assertThat(drawn).as("%s texts", language).isNotEmpty();
            for (String text : drawn) {
                assertNoTofu(fonts, text);
            }
            Path png = export(request, language.code() + ".png");
            assertThat(ImageIO.read(png.toFile()).getWidth()).isEqualTo(1200);
        }
    }

    private static void assertNoTofu(AwtFonts fonts, String text) {
        FontRenderContext frc = new FontRenderContext(new AffineTransform(), true, true);
        for (TextStyle style : List.of(TextStyle.LABEL, TextStyle.LANE, TextStyle.HEADING)) {
            for (AwtFonts.Run run : fonts.runs(text, style)) {
                String part = BidiText.strip(text.substring(run.start(), run.end()));
                if (part.isEmpty()) {
                    continue;
                }
                Font font = run.font();
                GlyphVector gv = font.layoutGlyphVector(frc, part.toCharArray(), 0, part.length(), 0);
                for (int i = 0; i < gv.getNumGlyphs(); i++) {
                    assertThat(gv.getGlyphCode(i)).as("glyph %d of \"%s\" in %s", i, part, font.getFontName())
                            .isNotEqualTo(font.getMissingGlyphCode());
                }
            }
        }
    }

    /** The text of each {@code <text>} element of an SVG, its runs joined. */
    private static List<String> texts(Path svg) throws Exception {
        var f = javax.xml.parsers.DocumentBuilderFactory.newInstance();
        f.setNamespaceAware(true);
        var list = f.newDocumentBuilder().parse(svg.toFile()).getElementsByTagNameNS("http://www.w3.org/2000/svg",
                "text");
        List<String> out = new ArrayList<>();
        for (int i = 0; i < list.getLength(); i++) {
            out.add(list.item(i).getTextContent());
        }
        return out;
    }

    private static Set<String> embeddedFonts(PDDocument doc) throws Exception {
        Set<String> names = new HashSet<>();
        for (PDPage page : doc.getPages()) {
            for (COSName name : page.getResources().getFontNames()) {
                PDFont font = page.getResources().getFont(name);
                if (font.isEmbedded()) {
                    names.add(font.getName());
                }
            }
        }
        return names;
    }
}
