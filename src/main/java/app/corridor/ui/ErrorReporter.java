package app.corridor.ui;

import app.corridor.i18n.Messages;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.logging.Level;
import java.util.logging.Logger;
import javafx.application.Platform;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonType;
import javafx.scene.control.TextArea;
import javafx.stage.Window;

/**
 * The last line of defence: an exception nobody caught, on any thread, is logged and shown in a
 * dialog that says what happened and where the log is, and the app keeps running. One dialog at a
 * time: a failure repeated on every frame must not bury the window under dialogs.
 */
final class ErrorReporter implements Thread.UncaughtExceptionHandler {

    private static final Logger LOG = Logger.getLogger(ErrorReporter.class.getName());

    private final Path logFile;
    private final java.util.function.Supplier<Window> owner;
    private final java.util.function.Supplier<Messages> words;
    private Thread.UncaughtExceptionHandler previousDefault;
    private Thread.UncaughtExceptionHandler previousUi;
    private Alert showing;
    private int repeats;

    ErrorReporter(Path logFile, java.util.function.Supplier<Window> owner) {
        this(logFile, owner, Messages::english);
    }

    /** A reporter that speaks the window's language at the time of the error. */
    ErrorReporter(Path logFile, java.util.function.Supplier<Window> owner, java.util.function.Supplier<Messages> words) {
        this.logFile = logFile;
        this.owner = owner;
        this.words = words;
    }

    /** Makes this the handler of every thread, the UI thread included (call it on the UI thread). */
    void install() {
        previousDefault = Thread.getDefaultUncaughtExceptionHandler();
        previousUi = Thread.currentThread().getUncaughtExceptionHandler();
        Thread.setDefaultUncaughtExceptionHandler(this);
        Thread.currentThread().setUncaughtExceptionHandler(this);
    }

    /** Puts back the handlers {@link #install()} replaced (call it on the UI thread). */
    void uninstall() {
        if (Thread.getDefaultUncaughtExceptionHandler() == this) {
            Thread.setDefaultUncaughtExceptionHandler(previousDefault);
        }
        if (Thread.currentThread().getUncaughtExceptionHandler() == this) {
            Thread.currentThread().setUncaughtExceptionHandler(previousUi);
        }
    }

    @Override
    public void uncaughtException(Thread thread, Throwable error) {
        LOG.log(Level.SEVERE, "uncaught on thread " + thread.getName(), error);
        if (Platform.isFxApplicationThread()) {
            show(thread, error);
        } else {
            Platform.runLater(() -> show(thread, error));
        }
    }

    /** The dialog on screen, or null: for tests. */
    Alert dialog() {
        return showing;
    }

    private void show(Thread thread, Throwable error) {
        if (showing != null) {
            repeats++;
            showing.setHeaderText(words.get().get("error.repeats", headline(error), repeats));
            return;
        }
        repeats = 0;
        Alert alert = new Alert(Alert.AlertType.ERROR, "", UiLanguage.close(words.get()));
        Window w = owner.get();
        if (w != null && w.isShowing()) {
            alert.initOwner(w);
        }
        Messages text = words.get();
        UiLanguage.apply(alert, text.language());
        alert.setTitle(text.get("error.title"));
        alert.setHeaderText(headline(error));
        alert.setContentText(text.get("error.text", logFile.toString()));
        TextArea details = new TextArea(stackTrace(thread, error, text));
        // A stack trace reads left to right whatever the window's language.
        details.setNodeOrientation(javafx.geometry.NodeOrientation.LEFT_TO_RIGHT);
        details.setEditable(false);
        details.setWrapText(false);
        details.setPrefRowCount(14);
        details.setAccessibleText(text.get("error.details"));
        alert.getDialogPane().setExpandableContent(details);
        alert.getDialogPane().setId("error-dialog");
        alert.setResizable(true);
        alert.setOnHidden(e -> showing = null);
        showing = alert;
        alert.show();
    }

    private static String headline(Throwable error) {
        String message = error.getMessage();
        String what = error.getClass().getSimpleName();
        return message == null || message.isBlank() ? what : what + ": " + message;
    }

    private static String stackTrace(Thread thread, Throwable error, Messages text) {
        StringWriter out = new StringWriter();
        out.append(text.get("error.thread", thread.getName())).append('\n');
        error.printStackTrace(new PrintWriter(out));
        return out.toString();
    }
}
