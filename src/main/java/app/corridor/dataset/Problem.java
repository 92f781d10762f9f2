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

    /**
     * {@code data/events.json:120:15: /events/12/date: "2024-13" is not …}, the form editors link.
     * Characters a terminal would act on or hide (control characters, bidirectional overrides, half
     * surrogate pairs), which a damaged file can put in a message, are shown escaped (a backslash, "u" and four hex digits).
     */
    public String format() {
        StringBuilder sb = new StringBuilder(file);
        if (line > 0) {
            sb.append(':').append(line).append(':').append(column);
        }
        sb.append(": ");
        if (!pointer.isEmpty()) {
            sb.append(pointer).append(": ");
        }
        return visible(sb.append(message));
    }

    private static String visible(CharSequence text) {
        StringBuilder sb = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            boolean pair = Character.isHighSurrogate(c) && i + 1 < text.length()
                    && Character.isLowSurrogate(text.charAt(i + 1));
            if (pair) {
                sb.append(c).append(text.charAt(++i));
            } else if (Character.isISOControl(c) || Character.isSurrogate(c) || isBidiControl(c)) {
                sb.append(String.format("\\u%04X", (int) c));
            } else {
                sb.append(c);
            }
        }
        return sb.toString();
    }

    private static boolean isBidiControl(char c) {
        return c == '\u200E' || c == '\u200F' || c == '\u061C' || (c >= '\u202A' && c <= '\u202E')
                || (c >= '\u2066' && c <= '\u2069');
    }

    @Override
    public String toString() {
        return format();
    }
}
