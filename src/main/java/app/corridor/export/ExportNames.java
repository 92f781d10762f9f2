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
    /** Kept free for the longest extension, ".bib" or ".json" with its dot. */
    private static final int EXTENSION_ROOM = 5;

    private ExportNames() {
    }

    /**
     * A file name that says what the export shows: {@code corridor-2019-2025-xi-jinping-state-visits.svg}.
     * The years are those of the range; then up to two actor ids (else "3-actors"), up to two
     * kinds (else "4-kinds"), and the search words; all as lowercase ASCII with hyphens.
     */
    public static String defaultFileName(ExportFormat format, ExportRange range, EventFilter filter) {
        return defaultFileName(format, ExportLayout.TIMELINE, range, filter);
    }

    /**
     * As {@link #defaultFileName(ExportFormat, ExportRange, EventFilter)}, with "-chronology" before
     * the extension for a chronology.
     */
    public static String defaultFileName(ExportFormat format, ExportLayout layout, ExportRange range,
                                         EventFilter filter) {
        return baseName(range, filter, layout == ExportLayout.CHRONOLOGY ? "-chronology" : "") + "."
                + format.extension();
    }

    /**
     * The name without an extension, for a file or a folder: the range's years, then the filters,
     * then {@code suffix}; at most {@value #MAX_LENGTH} characters less room for an extension.
     */
    public static String baseName(ExportRange range, EventFilter filter, String suffix) {
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
        int room = MAX_LENGTH - EXTENSION_ROOM - suffix.length();
        if (base.length() > room) {
            base = base.substring(0, room).replaceAll("-+$", "");
        }
        return base + suffix;
    }

    /** Lowercase ASCII letters and digits, runs of anything else as one hyphen: "Talks & meetings" → "talks-meetings". */
    static String slug(String text) {
        String ascii = Normalizer.normalize(text, Normalizer.Form.NFKD).replaceAll("\\p{M}+", "");
        return ascii.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-+|-+$", "");
    }
}
