package app.corridor.export;

import java.io.IOException;
import java.io.Writer;

/**
 * Writes a {@link Chronology} as Markdown: a heading per year, one list item per event (date in
 * bold, title, footnote references), its details and short quote below, and the sources as
 * Markdown footnotes ({@code [^1]:}), which Pandoc, GitHub and most editors render as a numbered
 * list linked both ways.
 */
final class ChronologyMarkdown {

    private ChronologyMarkdown() {
    }

    /** Writes the document; {@code checkpoint} runs before each entry and throws to stop. */
    static void write(Chronology chronology, String title, String filters, Writer out, Runnable checkpoint)
            throws IOException {
        if (title != null) {
            out.write("# " + escape(title) + "\n\n");
        }
        if (filters != null && !filters.isBlank()) {
            out.write(escape(filters) + "\n\n");
        }
        int year = Integer.MIN_VALUE;
        for (Chronology.Entry e : chronology.entries()) {
            checkpoint.run();
            if (e.year() != year) {
                year = e.year();
                out.write("## " + chronology.yearHeading(year) + "\n\n");
            }
            StringBuilder item = new StringBuilder("- **").append(escape(e.date())).append("**: ")
                    .append(escape(e.title()));
            e.notes().forEach(n -> item.append("[^").append(n).append(']'));
            item.append("  \n  ").append(escape(e.details()));
            if (e.quote() != null) {
                item.append("  \n  *").append(escape(e.quote())).append('*');
            }
            out.write(item.append("\n\n").toString());
        }
        for (Footnotes.Note n : chronology.notes()) {
            out.write("[^" + n.number() + "]: " + escape(n.reference()) + "\n");
        }
    }

    /** Text with Markdown's markup characters escaped, so a title with "*" or "[" reads as written. */
    static String escape(String text) {
        return text.replaceAll("([\\\\`*_\\[\\]<>#|])", "\\\\$1");
    }
}
