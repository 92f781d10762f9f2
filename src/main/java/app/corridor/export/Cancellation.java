package app.corridor.export;

/** How exports stop when their caller cancels: a checkpoint that throws, caught once at the top. */
final class Cancellation {

    private Cancellation() {
    }

    /** A checkpoint to run often while working: throws {@link Cancelled} once {@code progress} is cancelled. */
    static Runnable checkpoint(ExportProgress progress) {
        return () -> {
            if (progress.isCancelled()) {
                throw new Cancelled();
            }
        };
    }

    /** Thrown from a checkpoint; the export turns it into {@link ExportCancelledException}. */
    static final class Cancelled extends RuntimeException {
        private static final long serialVersionUID = 1L;

        Cancelled() {
            super("cancelled", null, false, false);
        }
    }
}
