package app.corridor.render;

import app.corridor.i18n.Language;
import app.corridor.layout.TextMeasure;
import app.corridor.layout.TextStyle;
import com.ibm.icu.text.CompactDecimalFormat;

/**
 * The count written on a cluster's pill, in as much of it as the pill holds. Zoomed out over
 * 100,000 events a cluster holds thousands: "+1063" was wider than the pill, and the next pill,
 * painted over its end, left "+106" to be read. The pill itself says "more events here", so the
 * count goes without the plus it had: in a 32-pixel pill only two digits had room for it, and a
 * row of "+42" beside "341" read unevenly.
 */
final class ClusterCount {

    private final Language language;
    /** Made the first time a count is too long: most views never need it. */
    private CompactDecimalFormat compact;

    ClusterCount(Language language) {
        this.language = language;
    }

    /**
     * "1063" if at most {@code room} wide, else its short form in the painter's language ("1.1K",
     * "1.2万"), else nothing: the pill's tooltip and a click on it give the count.
     */
    String fit(int count, double room, TextMeasure measure) {
        String exact = Integer.toString(count);
        if (fits(exact, room, measure)) {
            return exact;
        }
        if (compact == null) {
            compact = CompactDecimalFormat.getInstance(language.uLocale(), CompactDecimalFormat.CompactStyle.SHORT);
        }
        String shortForm = compact.format(count);
        return fits(shortForm, room, measure) ? shortForm : "";
    }

    private static boolean fits(String text, double room, TextMeasure measure) {
        return measure.width(text, TextStyle.CLUSTER) <= room;
    }
}
