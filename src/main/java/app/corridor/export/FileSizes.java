package app.corridor.export;

import java.util.Locale;

/** File sizes in words, for what an export says it wrote: "812 bytes", "37 KB", "1.2 MB". */
public final class FileSizes {

    private FileSizes() {
    }

    public static String human(long bytes) {
        if (bytes < 1024) {
            return bytes + " bytes";
        }
        if (bytes < 1024 * 1024) {
            return String.format(Locale.ROOT, "%.0f KB", bytes / 1024.0);
        }
        return String.format(Locale.ROOT, "%.1f MB", bytes / (1024.0 * 1024));
    }
}
