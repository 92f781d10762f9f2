package app.corridor.export;

import app.corridor.model.PartialDate;
import app.corridor.model.Source;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The sources quoted, as citations: CSL-JSON (Zotero, Pandoc, citeproc) and BibTeX (LaTeX). One
 * entry per source, keyed by its id, with the fields the data has: author (as written, never split
 * into family and given names, which for Chinese and Pakistani names would guess wrong), title,
 * outlet, date at its precision, URL, and the dataset's note.
 */
final class Citations {

    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT)
            .disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
    private static final String[] MONTHS = {"jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct",
            "nov", "dec"};

    private Citations() {
    }

    /** An array of CSL-JSON items. */
    static void writeCslJson(List<Source> sources, OutputStream out) throws IOException {
        List<Map<String, Object>> items = new ArrayList<>();
        for (Source s : sources) {
            Map<String, Object> item = new LinkedHashMap<>();
            item.put("id", s.id());
            item.put("type", s.outlet() != null ? "article-newspaper" : "article");
            item.put("title", s.title());
            if (s.author() != null) {
                item.put("author", List.of(Map.of("literal", s.author())));
            }
            if (s.outlet() != null) {
                item.put("container-title", s.outlet());
            }
            if (s.published() != null) {
                item.put("issued", cslDate(s.published()));
            }
            if (s.url() != null) {
                item.put("URL", s.url());
            }
            String note = note(s);
            if (note != null) {
                item.put("note", note);
            }
            items.add(item);
        }
        JSON.writeValue(out, items);
    }

    private static Map<String, Object> cslDate(PartialDate d) {
        List<Integer> parts = new ArrayList<>();
        parts.add(d.year());
        if (d.month() != 0) {
            parts.add(d.month());
        }
        if (d.day() != 0) {
            parts.add(d.day());
        }
        Map<String, Object> date = new LinkedHashMap<>();
        date.put("date-parts", List.of(parts));
        if (d.approximate() || d.uncertain()) {
            date.put("circa", true);
        }
        return date;
    }

    /** BibTeX entries: {@code @article} where the source has an outlet, else {@code @misc}. UTF-8. */
    static void writeBibtex(List<Source> sources, OutputStream out) throws IOException {
        Writer w = new OutputStreamWriter(out, StandardCharsets.UTF_8);
        for (Source s : sources) {
            boolean article = s.outlet() != null;
            w.write("@" + (article ? "article" : "misc") + "{" + s.id() + ",\n");
            if (s.author() != null) {
                // Double braces: a name as written, not split into "family, given".
                field(w, "author", "{" + escape(s.author()) + "}");
            }
            field(w, "title", "{" + escape(s.title()) + "}");
            if (article) {
                field(w, "journal", escape(s.outlet()));
            }
            if (s.published() != null) {
                w.write("  year = {" + s.published().year() + "},\n");
                if (s.published().month() != 0) {
                    w.write("  month = " + MONTHS[s.published().month() - 1] + ",\n");
                }
                if (s.published().day() != 0) {
                    w.write("  day = {" + s.published().day() + "},\n");
                }
            }
            if (s.url() != null) {
                field(w, "url", s.url().replace("{", "%7B").replace("}", "%7D"));
            }
            String note = note(s);
            if (note != null) {
                field(w, "note", escape(note));
            }
            w.write("}\n\n");
        }
        w.flush();
    }

    private static void field(Writer w, String name, String value) throws IOException {
        w.write("  " + name + " = {" + value + "},\n");
    }

    /** The author's role and the dataset's note on the source, where either is known. */
    private static String note(Source s) {
        List<String> parts = new ArrayList<>();
        if (s.authorRole() != null) {
            parts.add(s.authorRole());
        }
        if (s.note() != null) {
            parts.add(s.note());
        }
        return parts.isEmpty() ? null : String.join(". ", parts);
    }

    /** Text safe inside a BibTeX value for LaTeX: its special characters escaped. */
    static String escape(String text) {
        StringBuilder sb = new StringBuilder(text.length());
        for (char c : text.toCharArray()) {
            switch (c) {
                case '\\' -> sb.append("\\textbackslash{}");
                case '{', '}', '%', '&', '#', '$', '_' -> sb.append('\\').append(c);
                case '~' -> sb.append("\\textasciitilde{}");
                case '^' -> sb.append("\\textasciicircum{}");
                default -> sb.append(c);
            }
        }
        return sb.toString();
    }
}
