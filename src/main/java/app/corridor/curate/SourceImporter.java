package app.corridor.curate;

import app.corridor.dataset.Hashing;
import app.corridor.i18n.Phrase;
import app.corridor.dataset.canonical.NewDataset;
import app.corridor.dataset.canonical.SafeSave;
import app.corridor.io.FileBytes;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;

/**
 * Imports a source document into a dataset folder in two steps: {@link #propose} reads a
 * {@code .txt}, {@code .html} or {@code .pdf} file and returns its text and proposed metadata for
 * approval, writing nothing; {@link #write} then stores the approved text as UTF-8 under
 * {@code sources/}, never over a different file.
 *
 * <ul>
 *   <li>{@code .txt}: UTF-8 is kept byte for byte; UTF-16 and UTF-32 with a byte-order mark, and
 *       other encodings the detector is confident of, are converted to UTF-8 (the note says from
 *       what); a file whose encoding cannot be told is refused.</li>
 *   <li>{@code .html}, {@code .htm}: the page's text with jsoup, boilerplate left out (see
 *       {@link HtmlText}); title, author, site name, publication day and canonical URL from the
 *       page's own metadata.</li>
 *   <li>{@code .pdf}: the text with PDFBox; title and author from the document information.</li>
 * </ul>
 */
public final class SourceImporter {

    // Every word the user may see: refusals are in the message bundles under these keys; the notes go into
    // the dataset (whose language is its own) and stay English.
    private static final String UNSUPPORTED = "curate.import.unsupported";
    private static final String UNREADABLE = "curate.import.unreadable";
    private static final String UNKNOWN_ENCODING = "curate.import.unknown-encoding";
    private static final String BINARY = "curate.import.binary";
    private static final String NO_TEXT = "curate.import.no-text";
    private static final String NO_TEXT_PDF = "curate.import.no-text-pdf";
    private static final String PROTECTED = "curate.import.protected";
    private static final String NOT_PDF = "curate.import.not-pdf";
    private static final String EXISTS = "%s already exists with other content: choose another file name (nothing "
            + "was written).";
    private static final String OUTSIDE = "%s is not inside sources/: a source file must lie in the sources/ folder.";
    private static final String CONVERTED = "Converted from %s to UTF-8 on import.";
    private static final String BOM_REMOVED = "Its byte-order mark was left out on import.";
    private static final String FROM_HTML = "Text extracted from the HTML page, its navigation, headers, footers, "
            + "scripts and forms left out.";
    private static final String FROM_PDF = "Text extracted from the PDF.";

    private SourceImporter() {
    }

    /**
     * Reads {@code file} and proposes it as a source of the dataset in {@code datasetFolder}, whose
     * sources already use {@code takenIds}. Writes nothing.
     */
    public static ImportProposal propose(Path file, Path datasetFolder, Collection<String> takenIds)
            throws ImportRefusedException {
        String name = file.getFileName().toString();
        String extension = name.contains(".") ? name.substring(name.lastIndexOf('.') + 1).toLowerCase(Locale.ROOT) : "";
        byte[] bytes;
        try {
            bytes = FileBytes.read(file);
        } catch (IOException e) {
            throw new ImportRefusedException(Phrase.of(UNREADABLE, file.toString(), String.valueOf(e.getMessage())));
        }
        Extracted x = switch (extension) {
            case "txt", "text" -> text(name, bytes);
            case "html", "htm", "xhtml" -> html(name, bytes);
            case "pdf" -> pdf(name, bytes);
            default -> throw new ImportRefusedException(Phrase.of(UNSUPPORTED, name));
        };
        if (x.text.isBlank()) {
            throw new ImportRefusedException(Phrase.of(extension.equals("pdf") ? NO_TEXT_PDF : NO_TEXT, name));
        }
        String stem = Ids.slug(x.title.isStated() ? x.title.value() : name.replaceFirst("\\.[^.]*$", ""), "source");
        String fileName = NewDataset.SOURCES + "/" + Ids.unique(stem, existingStems(datasetFolder)) + ".txt";
        String id = Ids.unique(stem, takenIds);
        byte[] stored = x.utf8AsIs ? bytes : x.text.getBytes(StandardCharsets.UTF_8);
        String text = new String(stored, StandardCharsets.UTF_8);
        return new ImportProposal(file, text, Hashing.sha256(stored), fileName, id, x.title, x.author, x.outlet,
                x.published, x.url, x.notes);
    }

    /**
     * Writes the approved text to {@code relativeFile} (under {@code sources/}) in the dataset
     * folder, whole or not at all. A file already there with the same bytes is left as it is.
     */
    public static void write(Path datasetFolder, String relativeFile, ImportProposal proposal) throws IOException {
        if (!relativeFile.startsWith(NewDataset.SOURCES + "/") || relativeFile.contains("..")) {
            throw new IOException(String.format(OUTSIDE, relativeFile));
        }
        Path target = datasetFolder.resolve(relativeFile);
        byte[] bytes = proposal.bytes();
        if (Files.exists(target)) {
            if (Arrays.equals(FileBytes.read(target), bytes)) {
                return;
            }
            throw new IOException(String.format(EXISTS, relativeFile));
        }
        Files.createDirectories(target.getParent());
        SafeSave.writeAtomically(target, bytes);
    }

    /** What one kind of file gave. */
    private record Extracted(String text, boolean utf8AsIs, ProposedField title, ProposedField author,
                             ProposedField outlet, ProposedField published, ProposedField url, List<String> notes) {
    }

    private static Extracted text(String name, byte[] bytes) throws ImportRefusedException {
        TextDecoding.Decoded d = decode(name, bytes);
        List<String> notes = new ArrayList<>();
        if (!d.charset().equals(StandardCharsets.UTF_8)) {
            notes.add(String.format(CONVERTED, d.charset().name()));
        } else if (d.bomRemoved()) {
            notes.add(BOM_REMOVED);
        }
        String firstLine = d.text().strip().lines().findFirst().orElse("");
        // A plain text states no metadata; its first line is offered as the title, marked as such.
        ProposedField title = ProposedField.stated(firstLine.length() <= 200 ? firstLine : null, Phrase.of("curate.origin.text-first-line"));
        ProposedField none = ProposedField.notStated();
        return new Extracted(d.text(), d.isUtf8AsIs(), title, none, none, none, none, notes);
    }

    private static Extracted html(String name, byte[] bytes) throws ImportRefusedException {
        // jsoup reads the charset a page declares; a page that declares none and is not UTF-8 is detected as text is.
        Document doc;
        try {
            doc = declaresCharset(bytes) ? Jsoup.parse(new ByteArrayInputStream(bytes), null, "")
                    : Jsoup.parse(decode(name, bytes).text());
        } catch (IOException e) {
            throw new ImportRefusedException(Phrase.of(UNREADABLE, name, String.valueOf(e.getMessage())));
        }
        HtmlText.Page page = HtmlText.read(doc);
        return new Extracted(page.text(), false, page.title(), page.author(), page.outlet(), page.published(),
                page.url(), List.of(FROM_HTML));
    }

    private static Extracted pdf(String name, byte[] bytes) throws ImportRefusedException {
        PdfText.Pdf pdf;
        try {
            pdf = PdfText.read(bytes);
        } catch (IOException e) {
            throw new ImportRefusedException(Phrase.of(NOT_PDF, name, String.valueOf(e.getMessage())));
        }
        if (pdf.protectedFromCopying()) {
            throw new ImportRefusedException(Phrase.of(PROTECTED, name));
        }
        ProposedField none = ProposedField.notStated();
        return new Extracted(pdf.text(), false, pdf.title(), pdf.author(), none, none, none, List.of(FROM_PDF));
    }

    private static TextDecoding.Decoded decode(String name, byte[] bytes) throws ImportRefusedException {
        TextDecoding.Decoded d = TextDecoding.decode(bytes)
                .orElseThrow(() -> new ImportRefusedException(Phrase.of(UNKNOWN_ENCODING, name)));
        if (TextDecoding.looksBinary(d.text())) {
            throw new ImportRefusedException(Phrase.of(BINARY, name));
        }
        return d;
    }

    private static boolean declaresCharset(byte[] bytes) {
        String head = new String(bytes, 0, Math.min(bytes.length, 4096), StandardCharsets.ISO_8859_1)
                .toLowerCase(Locale.ROOT);
        return head.matches("(?s).*<meta[^>]+charset\\s*=.*");
    }

    private static Collection<String> existingStems(Path datasetFolder) {
        Path sources = datasetFolder.resolve(NewDataset.SOURCES);
        if (!Files.isDirectory(sources)) {
            return List.of();
        }
        try (var files = Files.list(sources)) {
            return files.map(p -> p.getFileName().toString().replaceFirst("\\.txt$", "")).toList();
        } catch (IOException e) {
            return List.of();
        }
    }
}
