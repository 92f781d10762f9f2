package app.corridor.dataset.canonical;

import java.nio.charset.StandardCharsets;
import java.util.Optional;

/**
 * Where a file first departs from its canonical form: what {@code corridor fmt --check} prints.
 *
 * @param line      1-based line of the first difference
 * @param found     that line as the file has it, or null where the file ends first
 * @param canonical that line in the canonical form, or null where the canonical form ends first
 */
public record Difference(int line, String found, String canonical) {

    /** The first line where {@code actual} differs from {@code canonical} (UTF-8); empty when they are the same bytes. */
    public static Optional<Difference> between(byte[] actual, byte[] canonical) {
        if (java.util.Arrays.equals(actual, canonical)) {
            return Optional.empty();
        }
        // Split keeping line ends, so "\r\n" against "\n" or a missing final newline still shows.
        String[] a = new String(actual, StandardCharsets.UTF_8).split("(?<=\n)", -1);
        String[] c = new String(canonical, StandardCharsets.UTF_8).split("(?<=\n)", -1);
        int i = 0;
        while (i < a.length && i < c.length && a[i].equals(c[i])) {
            i++;
        }
        return Optional.of(new Difference(i + 1, i < a.length ? a[i] : null, i < c.length ? c[i] : null));
    }

    /** "line 12: found …, canonical …", line ends shown as \n and \r. */
    public String describe() {
        return "line " + line + ": found " + show(found) + ", canonical form has " + show(canonical);
    }

    private static String show(String line) {
        if (line == null || line.isEmpty()) {
            return "the end of the file";
        }
        String visible = line.replace("\r", "\\r").replace("\n", "\\n");
        return "\"" + (visible.length() > 80 ? visible.substring(0, 77) + "..." : visible) + "\"";
    }
}
