package app.corridor.ui;

import java.util.concurrent.Callable;
import java.util.function.Consumer;

/** Runs background work at once on the calling thread: view models tested without a toolkit. */
public final class InlineBackground implements Background {

    @Override
    public <T> void run(Callable<T> work, Consumer<T> onSuccess, Consumer<Throwable> onFailure) {
        T result;
        try {
            result = work.call();
        } catch (Exception | Error e) {
            onFailure.accept(e);
            return;
        }
        onSuccess.accept(result);
    }

    @Override
    public void shutdown() {
    }
}
