package app.corridor.curate;

import app.corridor.dataset.Dto.SourceDto;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * A source document read and ready to import, shown for approval before anything is written: the
 * text as it will be stored (UTF-8) with its checksum, where it will go, and proposed metadata.
 *
 * @param original   the file chosen
 * @param text       the text to store, the exact characters quotes will be matched against
 * @param sha256     the checksum of {@code text}'s UTF-8 bytes, as the dataset records it
 * @param file       the proposed path, relative to the dataset folder ({@code sources/….txt})
 * @param id         the proposed source id (a slug not yet taken)
 * @param title      the title, where the document states one
 * @param author     the author, where stated (an HTML {@code author} meta tag, the PDF's author)
 * @param outlet     the outlet, where stated (an HTML {@code og:site_name})
 * @param published  the publication date as EDTF, where stated (an HTML {@code article:published_time})
 * @param url        where it was published, where stated (a canonical link)
 * @param notes      what was done on import, in words ("converted from windows-1252"; "left out: navigation …")
 */
public record ImportProposal(Path original, String text, String sha256, String file, String id, ProposedField title,
                             ProposedField author, ProposedField outlet, ProposedField published, ProposedField url,
                             List<String> notes) {

    // Every word the user may see, in one place.
    private static final String NOT_STATED = "The document does not state its %s.";
    private static final String IMPORTED = "Imported from %s.";

    public ImportProposal {
        notes = List.copyOf(notes);
    }

    /** The bytes written to {@link #file}: the text as UTF-8. */
    public byte[] bytes() {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    /**
     * The source record proposed for the dataset: stated fields filled in, the others null, and a
     * note naming what is not stated and how the file was imported. The metadata form starts from
     * it; the author's role is never stated by a file's metadata, so it starts empty.
     */
    public SourceDto proposedSource() {
        List<String> missing = new ArrayList<>();
        if (!author.isStated()) {
            missing.add("author");
        }
        if (!outlet.isStated()) {
            missing.add("outlet");
        }
        if (!published.isStated()) {
            missing.add("publication date");
        }
        StringBuilder note = new StringBuilder(String.format(IMPORTED, original.getFileName()));
        notes.forEach(n -> note.append(' ').append(n));
        if (!missing.isEmpty()) {
            note.append(' ').append(String.format(NOT_STATED, join(missing)));
        }
        return new SourceDto(id, file, sha256, title.isStated() ? title.value() : original.getFileName().toString(),
                author.value(), null, outlet.value(), published.value(), url.value(), note.toString());
    }

    private static String join(List<String> words) {
        if (words.size() == 1) {
            return words.get(0);
        }
        return String.join(", ", words.subList(0, words.size() - 1)) + " or " + words.get(words.size() - 1);
    }
}
