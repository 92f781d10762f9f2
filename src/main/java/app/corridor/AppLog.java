package app.corridor;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.logging.FileHandler;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import java.util.logging.SimpleFormatter;

/**
 * The app's log: rotating files in the user data directory ({@code logs/corridor-0.log} newest, up
 * to {@value #FILES} files of {@value #LIMIT_BYTES} bytes), so what went wrong on a user's machine
 * can be read afterwards and sent with a report.
 */
public final class AppLog {

    static final int LIMIT_BYTES = 1_000_000;
    static final int FILES = 5;
    private static final String FORMAT = "%1$tF %1$tT.%1$tL %4$s %3$s: %5$s%6$s%n";

    private final Path directory;

    private AppLog(Path directory) {
        this.directory = directory;
    }

    /**
     * Sends the app's log records (and those of the libraries it uses) to rotating files in
     * {@code dataDirectory}/logs. When the folder cannot be written, logging stays on the console.
     */
    public static AppLog install(Path dataDirectory) {
        Path dir = dataDirectory.resolve("logs");
        try {
            Files.createDirectories(dir);
            FileHandler files = new FileHandler(dir.resolve("corridor-%g.log").toString(), LIMIT_BYTES, FILES, true);
            files.setEncoding("UTF-8");
            files.setFormatter(new SimpleFormatter() {
                @Override
                public String format(LogRecord r) {
                    return formatWith(r);
                }
            });
            files.setLevel(Level.INFO);
            Logger root = Logger.getLogger("");
            for (Handler h : root.getHandlers()) {
                if (h instanceof FileHandler) {
                    root.removeHandler(h);
                    h.close();
                }
            }
            root.addHandler(files);
        } catch (IOException | SecurityException e) {
            Logger.getLogger(AppLog.class.getName()).log(Level.WARNING, "cannot write the log in " + dir, e);
        }
        return new AppLog(dir);
    }

    /** The file the newest records go to. */
    public Path currentFile() {
        return directory.resolve("corridor-0.log");
    }

    private static String formatWith(LogRecord r) {
        String thrown = "";
        if (r.getThrown() != null) {
            java.io.StringWriter sw = new java.io.StringWriter();
            r.getThrown().printStackTrace(new java.io.PrintWriter(sw));
            thrown = System.lineSeparator() + sw;
        }
        return String.format(FORMAT, new java.util.Date(r.getMillis()), r.getSourceClassName(), r.getLoggerName(),
                r.getLevel().getName(), new SimpleFormatter().formatMessage(r), thrown);
    }
}
