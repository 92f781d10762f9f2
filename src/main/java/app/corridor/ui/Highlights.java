package app.corridor.ui;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Splits text into plain and highlighted runs for the words of a search, matching as the store's
 * full-text search does: case- and accent-insensitive, each word as a prefix of a word.
 */
final class Highlights {

    /** A run of text, highlighted or not. */
    record Run(String text, boolean highlighted) {
    }

    private Highlights() {
    }

    static List<String> words(String query) {
        return app.corridor.store.EventFilter.searchWords(query).stream().map(Highlights::fold).toList();
    }

    static List<Run> split(String text, List<String> words) {
        List<Run> runs = new ArrayList<>();
        if (words.isEmpty()) {
            runs.add(new Run(text, false));
            return runs;
        }
        int plainStart = 0;
        int i = 0;
        while (i < text.length()) {
            boolean wordStart = Character.isLetterOrDigit(text.charAt(i))
                    && (i == 0 || !Character.isLetterOrDigit(text.charAt(i - 1)));
            if (!wordStart) {
                i++;
                continue;
            }
            int end = i;
            while (end < text.length() && Character.isLetterOrDigit(text.charAt(end))) {
                end++;
            }
            String word = fold(text.substring(i, end));
            if (words.stream().anyMatch(word::startsWith)) {
                if (i > plainStart) {
                    runs.add(new Run(text.substring(plainStart, i), false));
                }
                runs.add(new Run(text.substring(i, end), true));
                plainStart = end;
            }
            i = end;
        }
        if (plainStart < text.length()) {
            runs.add(new Run(text.substring(plainStart), false));
        }
        return runs;
    }

    private static String fold(String s) {
        return Normalizer.normalize(s, Normalizer.Form.NFD).replaceAll("\\p{M}", "").toLowerCase(Locale.ROOT);
    }
}
