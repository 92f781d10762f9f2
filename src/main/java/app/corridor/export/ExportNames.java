package app.corridor.export;

import app.corridor.model.EventKind;
import app.corridor.store.EventFilter;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** Default names for exported files. */
public final class ExportNames {

    /** Longest default name, extension included: short enough for any file system and a dialog. */
    static final int MAX_LENGTH = 96;

    private ExportNames() {
    }

    /**
     * A file name that says what the export shows: {@code corridor-2019-2025-xi-jinping-state-visits.svg}.
     * The years are those of the range; then up to two actor ids (else "3-actors"), up to two
     * kinds (else "4-kinds"), and the search words; all as lowercase ASCII with hyphens.
     */
    public static String defaultFileName(ExportFormat format, ExportRange range, EventFilter filter) {
        List<String> parts = new ArrayList<>();
        parts.add("corridor");
        int first = range.firstDay().getYear();
        int last = range.lastDay().getYear();
        parts.add(first == last ? Integer.toString(first) : first + "-" + last);
        if (filter != null) {
            List<String> actors = filter.actors().stream().sorted().toList();
            if (actors.size() > 2) {
                parts.add(actors.size() + "-actors");
            } else {
                actors.forEach(a -> parts.add(slug(a)));
            }
            List<EventKind> kinds = filter.kinds().stream().sorted().toList();
            if (kinds.size() > 2) {
                parts.add(kinds.size() + "-kinds");
            } else {
                kinds.forEach(k -> parts.add(slug(k.pluralLabel())));
            }
            if (!filter.text().isEmpty()) {
                parts.add(slug(filter.text()));
            }
        }
        String base = String.join("-", parts.stream().filter(p -> !p.isEmpty()).toList());
        String ext = "." + format.extension();
        if (base.length() + ext.length() > MAX_LENGTH) {
            base = base.substring(0, MAX_LENGTH - ext.length()).replaceAll("-+$", "");
        }
        return base + ext;
    }

    /** Lowercase ASCII letters and digits, runs of anything else as one hyphen: "Talks & meetings" → "talks-meetings". */
    static String slug(String text) {
        String ascii = Normalizer.normalize(text, Normalizer.Form.NFKD).replaceAll("\\p{M}+", "");
        return ascii.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-+|-+$", "");
    }
}
