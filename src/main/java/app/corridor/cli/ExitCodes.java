package app.corridor.cli;

/** The exit codes every command shares. */
final class ExitCodes {
    /** Done, nothing wrong. */
    static final int OK = 0;
    /** The input has problems, or the work could not be done; the message says what. */
    static final int PROBLEMS = 1;
    /** The command line itself is wrong (picocli's own code for usage errors). */
    static final int USAGE = 2;

    private ExitCodes() {
    }
}
