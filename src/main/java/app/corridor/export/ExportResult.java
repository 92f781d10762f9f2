package app.corridor.export;

import java.nio.file.Path;

/**
 * What an export wrote.
 *
 * @param file        the file, now complete
 * @param format      its format
 * @param pixelWidth  width in device pixels (PNG), CSS pixels (SVG) or points (PDF)
 * @param pixelHeight height in the same unit (for a PDF, of one sheet)
 * @param pages       sheets in a PDF; 1 otherwise
 * @param events      events in the range, each counted once (drawn, or counted in a cluster marker)
 * @param bytes       size of the file
 */
public record ExportResult(Path file, ExportFormat format, int pixelWidth, int pixelHeight, int pages, int events,
                           long bytes) {
}
