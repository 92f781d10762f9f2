package app.corridor.dataset;

/**
 * One thing wrong with a dataset, located so an editor can jump to it.
 *
 * @param file    the file as the user named it ({@code data/events.json}, {@code data/sources/x.txt})
 * @param pointer JSON Pointer of the offending value ({@code /events/12/date}), or "" for the whole file
 * @param line    1-based line in {@code file}, or 0 when not known
 * @param column  1-based column in {@code file}, or 0 when not known
 * @param message what is wrong and, where it helps, what to do
 */
public record Problem(String file, String pointer, int line, int column, String message) {

    /** {@code data/events.json:120:15: /events/12/date: "2024-13" is not …}, the form editors link. */
    public String format() {
        StringBuilder sb = new StringBuilder(file);
        if (line > 0) {
            sb.append(':').append(line).append(':').append(column);
        }
        sb.append(": ");
        if (!pointer.isEmpty()) {
            sb.append(pointer).append(": ");
        }
        return sb.append(message).toString();
    }

    @Override
    public String toString() {
        return format();
    }
}
