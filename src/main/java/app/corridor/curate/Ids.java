package app.corridor.curate;

import java.text.Normalizer;
import java.util.Collection;
import java.util.Locale;

/** Ids for new entries: slugs made from a title, made unique among those taken. */
public final class Ids {

    private Ids() {
    }

    /**
     * "Xi Jinping's visit to Pakistan, 2015" → {@code xi-jinpings-visit-to-pakistan-2015}: Latin
     * letters without their accents, digits, single hyphens. Text with no Latin letters or digits (a
     * Chinese or Urdu title) gives {@code fallback}.
     */
    public static String slug(String text, String fallback) {
        String plain = Normalizer.normalize(text == null ? "" : text, Normalizer.Form.NFKD)
                .replaceAll("\\p{M}+", "").replace("'", "").replace("\u2019", "").toLowerCase(Locale.ROOT);
        String slug = plain.replaceAll("[^a-z0-9]+", "-").replaceAll("^-+|-+$", "");
        if (slug.length() > 80) {
            slug = slug.substring(0, 80).replaceAll("-[^-]*$", "");
        }
        return slug.isEmpty() ? fallback : slug;
    }

    /** {@code base}, or {@code base-2}, {@code base-3} … whichever is not in {@code taken}. */
    public static String unique(String base, Collection<String> taken) {
        if (!taken.contains(base)) {
            return base;
        }
        for (int n = 2; ; n++) {
            String candidate = base + "-" + n;
            if (!taken.contains(candidate)) {
                return candidate;
            }
        }
    }
}
