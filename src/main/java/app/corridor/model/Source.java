package app.corridor.model;

import java.util.Objects;

/**
 * One source document the events are drawn from. Fields the text itself does not state are
 * explained in {@code note}.
 *
 * @param file      path of the text, relative to the dataset file's directory ({@code sources/…})
 * @param sha256    checksum of the file's bytes, so a changed source is caught
 * @param published publication date at the precision known, or null
 * @param url       where it was published, or null when not known
 */
public record Source(String id, String file, String sha256, String title, String author, String authorRole,
                     String outlet, PartialDate published, String url, String note) {
    public Source {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(title, "title");
    }

    /** "Song Tao, Minister of the IDCPC · Daily Mail · August 2020": author, outlet and date, for citations. */
    public String byline() {
        return byline(PartialDate::label);
    }

    /** The same with the date in other words: {@code dates} writes it ("2024年9月"). */
    public String byline(java.util.function.Function<PartialDate, String> dates) {
        StringBuilder sb = new StringBuilder();
        if (author != null) {
            sb.append(author);
            if (authorRole != null) {
                sb.append(", ").append(authorRole);
            }
        }
        append(sb, outlet);
        append(sb, published == null ? null : dates.apply(published));
        return sb.toString();
    }

    private static void append(StringBuilder sb, String part) {
        if (part != null) {
            if (!sb.isEmpty()) {
                sb.append(" \u00b7 ");
            }
            sb.append(part);
        }
    }
}
