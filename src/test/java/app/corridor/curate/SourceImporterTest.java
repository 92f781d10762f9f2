package app.corridor.curate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.corridor.i18n.Phrase;
import app.corridor.Fixtures;
import app.corridor.dataset.Dto.EventDto;
import app.corridor.dataset.Dto.SourceDto;
import app.corridor.dataset.Hashing;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

public class SourceImporterTest {

    @TempDir
    Path dir;

    private static Path fixture(String name) throws URISyntaxException {
        return Path.of(SourceImporterTest.class.getResource("/import/" + name).toURI());
    }

    @Test
    void aUtf8TextIsKeptByteForByteWithItsChecksumAndNothingIsWrittenUntilApproved() throws Exception {
        Path file = fixture("speech-utf8.txt");
        ImportProposal p = SourceImporter.propose(file, dir, Set.of());
        assertThat(p.bytes()).isEqualTo(Files.readAllBytes(file));
        assertThat(p.sha256()).isEqualTo(Hashing.sha256(Files.readAllBytes(file)));
        assertThat(p.text()).contains("中巴友谊").contains("دوستی زندہ باد");
        assertThat(p.file()).isEqualTo("sources/speech-at-the-friendship-dinner.txt");
        assertThat(p.id()).isEqualTo("speech-at-the-friendship-dinner");
        assertThat(p.title()).isEqualTo(new ProposedField("Speech at the friendship dinner", Phrase.of("curate.origin.text-first-line")));
        assertThat(p.author().isStated()).isFalse();
        assertThat(p.proposedSource().note()).contains("does not state its author, outlet or publication date");
        assertThat(p.proposedSource().author()).isNull();
        try (var files = Files.list(dir)) {
            assertThat(files).as("nothing written before approval").isEmpty();
        }
    }

    @Test
    void otherEncodingsAreConvertedWhereTheyCanBeToldAndTheNoteSaysFromWhat() throws Exception {
        ImportProposal letter = SourceImporter.propose(fixture("letter-cp1252.txt"), dir, Set.of());
        assertThat(letter.text()).contains("“Corridor talks resume”").contains("communiqué").contains("Naïve")
                .contains("delegation’s");
        assertThat(letter.proposedSource().note()).contains("Converted from windows-1252 to UTF-8");
        assertThat(letter.sha256()).isEqualTo(Hashing.sha256(letter.text().getBytes(StandardCharsets.UTF_8)));

        ImportProposal report = SourceImporter.propose(fixture("report-gb18030.txt"), dir, Set.of());
        assertThat(report.text()).startsWith("中国共产党同巴基斯坦朝野十个主要政党");
        assertThat(report.notes()).containsExactly("Converted from GB18030 to UTF-8 on import.");

        ImportProposal note = SourceImporter.propose(fixture("note-utf16.txt"), dir, Set.of());
        assertThat(note.text()).isEqualTo("Note in UTF-16\n\nThe meeting was held in Islamabad on 4 June 2024.\n");
        assertThat(note.notes()).containsExactly("Converted from UTF-16LE to UTF-8 on import.");
    }

    @Test
    void aTextWhoseEncodingCannotBeToldOrThatIsBinaryIsRefused() throws Exception {
        byte[] noise = new byte[400];
        new Random(7).nextBytes(noise);
        Path unknown = Files.write(dir.resolve("mystery.txt"), noise);
        assertThatThrownBy(() -> SourceImporter.propose(unknown, dir, Set.of()))
                .isInstanceOf(ImportRefusedException.class)
                .hasMessage("mystery.txt is not UTF-8 and its encoding cannot be told with confidence. Open it in a "
                        + "text editor, save it as UTF-8, and import it again.");
        Path binary = Files.write(dir.resolve("data.txt"), "abc\0\0\0def".getBytes(StandardCharsets.UTF_8));
        assertThatThrownBy(() -> SourceImporter.propose(binary, dir, Set.of())).hasMessageContaining("binary file");
        Path word = Files.write(dir.resolve("essay.docx"), new byte[] {1, 2});
        assertThatThrownBy(() -> SourceImporter.propose(word, dir, Set.of()))
                .hasMessageContaining("Corridor imports .txt, .html (.htm) and .pdf files");
    }

    @Test
    void anHtmlPageGivesItsArticlesTextInParagraphsWithoutBoilerplateAndItsOwnMetadata() throws Exception {
        ImportProposal p = SourceImporter.propose(fixture("article.html"), dir, Set.of());
        assertThat(p.text()).isEqualTo("""
                Ambassador calls for deeper cooperation

                At the invitation of President Xi Jinping, President Zardari paid a successful state visit to China earlier this month.

                We must aim high and far to deepen high-level strategic cooperation.
                We must keep our feet on the ground.

                Practical cooperation

                Security cooperation
                """);
        assertThat(p.title()).isEqualTo(new ProposedField("Ambassador calls for deeper cooperation | Pakistan Observer",
                Phrase.of("curate.origin.html-title")));
        assertThat(p.title().origin().english()).isEqualTo("the page's <title>");
        assertThat(p.author().value()).isEqualTo("Jiang Zaidong");
        assertThat(p.outlet().value()).isEqualTo("Pakistan Observer");
        assertThat(p.published().value()).isEqualTo("2025-02-21");
        assertThat(p.url().value()).isEqualTo("https://example.org/aim-high-and-far");
        SourceDto record = p.proposedSource();
        assertThat(record.published()).isEqualTo("2025-02-21");
        assertThat(record.note()).doesNotContain("does not state");
    }

    @Test
    void aPdfGivesItsTextAndItsDocumentInformation() throws Exception {
        Path pdf = dir.resolve("statement.pdf");
        writePdf(pdf, "Joint statement", "Ministry of Foreign Affairs",
                List.of("Joint statement on the state visit", "", "The two sides agreed to deepen cooperation.",
                        "They signed 23 agreements."));
        ImportProposal p = SourceImporter.propose(pdf, dir, Set.of("joint-statement"));
        assertThat(p.text()).contains("Joint statement on the state visit").contains("The two sides agreed to deepen "
                + "cooperation.").contains("They signed 23 agreements.").endsWith("\n");
        assertThat(p.title()).isEqualTo(new ProposedField("Joint statement", Phrase.of("curate.origin.pdf-info")));
        assertThat(p.title().origin().in(app.corridor.i18n.Messages.of(app.corridor.i18n.Language.CHINESE)))
                .isEqualTo("PDF 的文档信息");
        assertThat(p.author().value()).isEqualTo("Ministry of Foreign Affairs");
        assertThat(p.id()).as("a free id").isEqualTo("joint-statement-2");
        assertThat(p.proposedSource().note()).contains("Text extracted from the PDF.")
                .contains("does not state its outlet or publication date");
    }

    @Test
    void aPdfWithoutTextIsRefusedWithWhatToDo() throws Exception {
        Path pdf = dir.resolve("scan.pdf");
        writePdf(pdf, null, null, List.of());
        assertThatThrownBy(() -> SourceImporter.propose(pdf, dir, Set.of()))
                .hasMessageContaining("scan.pdf has no text to quote").hasMessageContaining("OCR");
        Path broken = Files.writeString(dir.resolve("broken.pdf"), "not a pdf");
        assertThatThrownBy(() -> SourceImporter.propose(broken, dir, Set.of()))
                .hasMessageContaining("broken.pdf is not a PDF Corridor can read");
    }

    @Test
    void anApprovedSourceIsWrittenUnderSourcesAndQuotedWithoutProblems() throws Exception {
        Path events = Fixtures.mini(dir);
        try (EditSession session = EditSession.open(events)) {
            ImportProposal p = SourceImporter.propose(fixture("article.html"), dir,
                    session.document().sources().stream().map(SourceDto::id).toList());
            SourceDto approved = p.proposedSource();
            session.addImportedSource(p, approved);
            assertThat(Files.readString(dir.resolve(p.file()))).isEqualTo(p.text());
            QuoteAttachment q = session.quotesFrom(p.id());
            int start = p.text().indexOf("We must aim high");
            session.apply(new Edit.PutEvent(null, new EventDto("article-2025", "An article", "speech", "2025-02-21",
                    null, List.of(), "It calls for cooperation.", null,
                    List.of(q.select(start, p.text().indexOf(" cooperation.") + 13).toDto()))));
            assertThat(session.validate().problems()).isEmpty();
            session.undo();
            session.undo();
            assertThat(Files.exists(dir.resolve(p.file()))).as("the text file stays").isTrue();
            session.redo();
            assertThatThrownBy(() -> session.addImportedSource(p, approved)).isInstanceOf(EditRefusedException.class);
        }
    }

    @Test
    void anotherFileIsNeverOverwritten() throws Exception {
        ImportProposal p = SourceImporter.propose(fixture("speech-utf8.txt"), dir, Set.of());
        Files.createDirectories(dir.resolve("sources"));
        Files.writeString(dir.resolve(p.file()), "something else");
        assertThatThrownBy(() -> SourceImporter.write(dir, p.file(), p)).isInstanceOf(IOException.class)
                .hasMessageContaining("already exists with other content");
        assertThat(Files.readString(dir.resolve(p.file()))).isEqualTo("something else");
        assertThat(SourceImporter.propose(fixture("speech-utf8.txt"), dir, Set.of()).file())
                .as("a new proposal picks a free name").isEqualTo("sources/speech-at-the-friendship-dinner-2.txt");
    }

    public static void writePdf(Path file, String title, String author, List<String> lines) throws IOException {
        try (PDDocument doc = new PDDocument()) {
            PDPage page = new PDPage();
            doc.addPage(page);
            PDDocumentInformation info = doc.getDocumentInformation();
            info.setTitle(title);
            info.setAuthor(author);
            if (!lines.isEmpty()) {
                try (PDPageContentStream content = new PDPageContentStream(doc, page)) {
                    content.beginText();
                    content.setFont(new PDType1Font(Standard14Fonts.FontName.HELVETICA), 12);
                    content.newLineAtOffset(72, 700);
                    for (String line : lines) {
                        content.showText(line);
                        content.newLineAtOffset(0, line.isEmpty() ? -30 : -16);
                    }
                    content.endText();
                }
            }
            doc.save(file.toFile());
        }
    }
}
