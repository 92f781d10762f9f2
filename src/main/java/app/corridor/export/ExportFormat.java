package app.corridor.export;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;

/** The file formats a timeline exports to. */
public enum ExportFormat {
    /** A raster image, drawn with Java2D and streamed in strips (any width). */
    PNG("png", "image/png"),
    /** A vector image with real text and one group per event. */
    SVG("svg", "image/svg+xml"),
    /** A vector document on a paper size, with the bundled fonts embedded. */
    PDF("pdf", "application/pdf"),
    /** Plain text with Markdown markup and footnotes: the chronology, for pasting into a paper. */
    MARKDOWN("md", "text/markdown");

    private final String extension;
    private final String mediaType;

    ExportFormat(String extension, String mediaType) {
        this.extension = extension;
        this.mediaType = mediaType;
    }

    /** The file name extension, without the dot: {@code png}. */
    public String extension() {
        return extension;
    }

    public String mediaType() {
        return mediaType;
    }

    /**
     * The width a PNG or SVG is laid out at unless asked otherwise: 1600 CSS pixels (a PNG is
     * drawn at {@link #defaultScale()} so it stays sharp in a slide or on paper).
     */
    public int defaultWidth() {
        return 1600;
    }

    /** Pixels per CSS pixel unless asked otherwise: 2 for PNG, 1 for the vector formats. */
    public int defaultScale() {
        return this == PNG ? 2 : 1;
    }

    /** The format a file name's extension names, if any ({@code out.SVG} → SVG). */
    public static Optional<ExportFormat> ofFileName(Path file) {
        String name = file.getFileName() == null ? "" : file.getFileName().toString();
        int dot = name.lastIndexOf('.');
        return dot < 0 ? Optional.empty() : ofExtension(name.substring(dot + 1));
    }

    /** The format of an extension or name ({@code "svg"}, {@code "PDF"}), if any. */
    public static Optional<ExportFormat> ofExtension(String extension) {
        String e = extension.toLowerCase(Locale.ROOT);
        for (ExportFormat f : values()) {
            if (f.extension.equals(e)) {
                return Optional.of(f);
            }
        }
        return Optional.empty();
    }
}
