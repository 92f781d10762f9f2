package app.corridor.layout;

import app.corridor.model.Event;
import java.util.HashMap;
import java.util.Map;

/**
 * Event titles fitted to label widths, measured once per event: zooming re-packs every frame,
 * and measuring text is the costly part of packing.
 */
final class LabelFitter {

    /** A label and its width; {@link #NONE} when there is no room for one. */
    record Fitted(String text, double width) {
        static final Fitted NONE = new Fitted("", 0);
    }

    private static final String ELLIPSIS = "\u2026";

    private final TextMeasure measure;
    private final double maxWidth;
    private final Map<String, Fitted> full = new HashMap<>();

    LabelFitter(TextMeasure measure, double maxWidth) {
        this.measure = measure;
        this.maxWidth = maxWidth;
    }

    /** The title, cut with an ellipsis at the style's maximum label width. */
    Fitted full(Event e) {
        return full.computeIfAbsent(e.id(), id -> {
            // Most titles fit: measured once, not once to fit and again for the width.
            String title = e.title();
            double width = measure.width(title, TextStyle.LABEL);
            if (width <= maxWidth) {
                return title.isEmpty() ? Fitted.NONE : new Fitted(title, width);
            }
            String text = measure.fit(title, TextStyle.LABEL, maxWidth);
            return text.isEmpty() ? Fitted.NONE : new Fitted(text, measure.width(text, TextStyle.LABEL));
        });
    }

    /**
     * The whole label of each event of an index, by position, with its width and whether it has
     * text, in arrays: packing reads them for every event without visiting one object per event.
     */
    record Whole(Fitted[] fitted, double[] width, boolean[] hasText) {

        /** The labels of {@code events}, cut from its parent's (these): no label measured again. */
        Whole subset(EventIndex events) {
            Fitted[] f = new Fitted[events.size()];
            for (int i = 0; i < f.length; i++) {
                f[i] = fitted[events.origin(i)];
            }
            return of(f);
        }

        /** The labels {@code fitted}, with their widths and whether each has text laid out beside them. */
        static Whole of(Fitted[] fitted) {
            double[] width = new double[fitted.length];
            boolean[] hasText = new boolean[fitted.length];
            for (int i = 0; i < fitted.length; i++) {
                width[i] = fitted[i].width();
                hasText[i] = !fitted[i].text().isEmpty();
            }
            return new Whole(fitted, width, hasText);
        }
    }

    /** The whole labels of the events of {@code index}: what a packing of its lane starts from. */
    Whole wholeLabels(EventIndex index) {
        Fitted[] fitted = new Fitted[index.size()];
        for (int i = 0; i < fitted.length; i++) {
            fitted[i] = full(index.get(i));
        }
        return Whole.of(fitted);
    }

    /**
     * The title cut to fit {@code room}. Estimates the cut from the full label's mean character
     * width, then corrects it with a measurement or two instead of a full binary search.
     */
    Fitted shortened(Event e, double room) {
        Fitted whole = full(e);
        if (whole.width() <= room) {
            return whole;
        }
        String title = e.title();
        double perChar = whole.width() / Math.max(1, whole.text().length());
        int chars = Math.min(title.length() - 1, (int) Math.floor(room / perChar) - 1);
        while (chars > 0) {
            String text = title.substring(0, chars).stripTrailing() + ELLIPSIS;
            double width = measure.width(text, TextStyle.LABEL);
            if (width <= room) {
                return new Fitted(text, width);
            }
            chars--;
        }
        return Fitted.NONE;
    }
}
