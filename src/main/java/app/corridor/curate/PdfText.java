package app.corridor.curate;

import app.corridor.i18n.Phrase;
import java.io.IOException;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.text.PDFTextStripper;

/** The text of a PDF, with PDFBox: in reading order, paragraphs separated by a blank line; its title and author from the document information. */
final class PdfText {

    /** What a PDF gives. */
    record Pdf(String text, ProposedField title, ProposedField author, boolean protectedFromCopying) {
    }

    private PdfText() {
    }

    static Pdf read(byte[] bytes) throws IOException {
        try (PDDocument doc = Loader.loadPDF(bytes)) {
            PDDocumentInformation info = doc.getDocumentInformation();
            ProposedField title = ProposedField.stated(info.getTitle(), Phrase.of("curate.origin.pdf-info"));
            ProposedField author = ProposedField.stated(info.getAuthor(), Phrase.of("curate.origin.pdf-info"));
            if (!doc.getCurrentAccessPermission().canExtractContent()) {
                return new Pdf("", title, author, true);
            }
            PDFTextStripper stripper = new PDFTextStripper();
            stripper.setSortByPosition(true);
            stripper.setLineSeparator("\n");
            stripper.setParagraphEnd("\n");
            stripper.setPageEnd("\n");
            String text = stripper.getText(doc).replace("\r\n", "\n").replaceAll("[ \\t]+\\n", "\n")
                    .replaceAll("\\n{3,}", "\n\n").strip();
            return new Pdf(text.isEmpty() ? "" : text + "\n", title, author, false);
        }
    }
}
