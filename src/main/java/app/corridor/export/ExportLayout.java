package app.corridor.export;

import java.util.Locale;
import java.util.Optional;

/** What an export draws: the timeline as a chart, or the chronology, a dated list for a paper's appendix. */
public enum ExportLayout {
    /** Lanes of events along a time axis (PNG, SVG, PDF). */
    TIMELINE,
    /** Each event as a dated entry with its actors, a short quote and its footnote (PDF, Markdown). */
    CHRONOLOGY;

    /** The name used on the command line: "timeline", "chronology". */
    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The layout a command-line value names, if any. */
    public static Optional<ExportLayout> ofCode(String code) {
        for (ExportLayout l : values()) {
            if (l.code().equalsIgnoreCase(code.strip())) {
                return Optional.of(l);
            }
        }
        return Optional.empty();
    }

    /** True when {@code format} can hold this layout: a chart in PNG, SVG, PDF; a chronology in PDF, Markdown. */
    public boolean allows(ExportFormat format) {
        return this == TIMELINE ? format != ExportFormat.MARKDOWN
                : format == ExportFormat.PDF || format == ExportFormat.MARKDOWN;
    }
}
