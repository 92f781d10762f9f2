package app.corridor.ui;

import app.corridor.i18n.BidiText;
import app.corridor.i18n.Messages;
import app.corridor.export.ExportCancelledException;
import app.corridor.export.ExportProgress;
import app.corridor.export.TargetExistsException;
import java.nio.file.Path;
import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;
import java.util.function.Predicate;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

/**
 * One export at a time on the {@link Background} worker, as the export dialogs' view models run
 * it: running, progress and message as read-only properties, cancelling, and the question of
 * replacing a file that exists. No nodes: tests run it with an inline background.
 */
public final class ExportJob {


    /** The work: writes with {@code progress}, returns what it wrote. */
    @FunctionalInterface
    interface Work<T> {
        T run(ExportProgress progress) throws Exception;
    }

    private final Background background;
    private final Executor uiThread;
    private final AtomicBoolean cancelled = new AtomicBoolean();
    private final ReadOnlyBooleanWrapper running = new ReadOnlyBooleanWrapper(this, "running");
    private final ReadOnlyDoubleWrapper progress = new ReadOnlyDoubleWrapper(this, "progress");
    private final Messages words;
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper(this, "message", "");
    private final ReadOnlyObjectWrapper<Path> replaceQuestion = new ReadOnlyObjectWrapper<>(this, "replaceQuestion");

    ExportJob(Background background, Executor uiThread, Messages words) {
        this.background = background;
        this.uiThread = uiThread;
        this.words = words;
    }

    /**
     * Runs {@code work} writing {@code target}. On success {@code onDone} gets the result; a file
     * that exists raises the replace question; a cancel says so; any other failure goes to
     * {@code special} first, then (if it returns false) into the message.
     */
    <T> void start(Path target, Work<T> work, Consumer<T> onDone, Predicate<Throwable> special) {
        if (running.get()) {
            return;
        }
        cancelled.set(false);
        replaceQuestion.set(null);
        message.set("");
        progress.set(0);
        running.set(true);
        ExportProgress watch = new ExportProgress() {
            @Override
            public void update(double fraction, String text) {
                uiThread.execute(() -> {
                    if (running.get()) {
                        progress.set(fraction);
                        message.set(BidiText.strip(text));
                    }
                });
            }

            @Override
            public boolean isCancelled() {
                return cancelled.get();
            }
        };
        background.run(() -> work.run(watch), done -> {
            running.set(false);
            message.set("");
            onDone.accept(done);
        }, failure -> {
            running.set(false);
            message.set("");
            if (failure instanceof TargetExistsException) {
                replaceQuestion.set(target);
            } else if (failure instanceof ExportCancelledException) {
                message.set(words.get("export.cancelled"));
            } else if (!special.test(failure)) {
                message.set(failure.getMessage() == null ? null : BidiText.strip(failure.getMessage()));
            }
        });
    }

    /** Says {@code text} (a problem found before starting). */
    void say(String text) {
        message.set(text);
    }

    void cancel() {
        cancelled.set(true);
    }

    /** The replace question is answered. */
    void answered() {
        replaceQuestion.set(null);
    }

    public ReadOnlyBooleanProperty runningProperty() {
        return running.getReadOnlyProperty();
    }

    public ReadOnlyDoubleProperty progressProperty() {
        return progress.getReadOnlyProperty();
    }

    /** What is happening, or what went wrong ("" when nothing to say). */
    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }

    /** The file that exists and would be replaced, while the user is asked; else null. */
    public ReadOnlyObjectProperty<Path> replaceQuestionProperty() {
        return replaceQuestion.getReadOnlyProperty();
    }
}
