package app.corridor.export;

import static org.assertj.core.api.Assertions.assertThat;

import app.corridor.model.Dataset;
import app.corridor.model.Event;
import app.corridor.model.EventDate;
import app.corridor.model.EventKind;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PdfExportTest {

    @TempDir
    Path dir;

    private final Dataset data = MiniData.load();

    private Path export(ExportRequest request, List<Event> events) throws Exception {
        Path file = dir.resolve("out.pdf");
        MiniData.service().export(request, events, MiniData.actors(data), data.sources(), "4 events \u00b7 2020 \u2013 2025",
                file, true, ExportProgress.NONE);
        return file;
    }

    @Test
    void thePdfHoldsTheTitlesAsRealTextInTheEmbeddedBundledFont() throws Exception {
        Path file = export(ExportRequest.of(ExportFormat.PDF, MiniData.RANGE).withTitle("Mini dataset"), data.events());
        try (PDDocument doc = Loader.loadPDF(file.toFile())) {
            assertThat(doc.getNumberOfPages()).isEqualTo(1);
            PDPage page = doc.getPage(0);
            assertThat(page.getMediaBox().getWidth()).isCloseTo(841.89f, org.assertj.core.data.Offset.offset(0.1f));
            assertThat(page.getMediaBox().getHeight()).isCloseTo(595.28f, org.assertj.core.data.Offset.offset(0.1f));
            String text = new PDFTextStripper().getText(doc);
            for (Event e : data.events()) {
                assertThat(text).contains(e.title());
            }
            assertThat(text).contains("Mini dataset", "4 events \u00b7 2020 \u2013 2025", "State visits",
                    "Sources", "[1] A. Speaker, Minister");
            assertThat(doc.getDocumentInformation().getTitle()).isEqualTo("Mini dataset");
            List<PDFont> fonts = new ArrayList<>();
            for (COSName name : page.getResources().getFontNames()) {
                fonts.add(page.getResources().getFont(name));
            }
            assertThat(fonts).isNotEmpty().allSatisfy(f -> {
                assertThat(f).isInstanceOf(PDType0Font.class);
                assertThat(f.isEmbedded()).isTrue();
                assertThat(f.getName()).contains("DejaVuSans");
            });
        }
    }

    @Test
    void thePaperSizeAndOrientationAreThoseAsked() throws Exception {
        Path file = export(ExportRequest.of(ExportFormat.PDF, MiniData.RANGE)
                .withPaper(new Paper(Paper.Size.LETTER, Paper.Orientation.PORTRAIT)), data.events());
        try (PDDocument doc = Loader.loadPDF(file.toFile())) {
            assertThat(doc.getPage(0).getMediaBox().getWidth()).isEqualTo(612f);
            assertThat(doc.getPage(0).getMediaBox().getHeight()).isEqualTo(792f);
        }
    }

    @Test
    void aTallTimelineContinuesOnMoreSheetsWithTheAxisRepeated() throws Exception {
        List<Event> many = new ArrayList<>();
        for (EventKind kind : EventKind.values()) {
            for (int i = 0; i < 4; i++) {
                many.add(new Event(kind.code() + "-" + i, kind.label() + " number " + i, kind,
                        EventDate.parse("2022-0" + (1 + i) + "-10"), null, List.of(), "s", null, List.of()));
            }
        }
        Path file = export(ExportRequest.of(ExportFormat.PDF, MiniData.RANGE), many);
        try (PDDocument doc = Loader.loadPDF(file.toFile())) {
            int pages = doc.getNumberOfPages();
            assertThat(pages).isGreaterThan(1);
            for (int p = 1; p <= pages; p++) {
                PDFTextStripper stripper = new PDFTextStripper();
                stripper.setStartPage(p);
                stripper.setEndPage(p);
                String text = stripper.getText(doc);
                assertThat(text).as("page %d repeats the axis", p).contains("2020", "2022", "2023 \u2013 2025");
                assertThat(text).contains("Page " + p + " of " + pages);
            }
            String all = new PDFTextStripper().getText(doc);
            assertThat(all).contains("Project milestone number 3", "State visit number 0");
        }
    }
}
