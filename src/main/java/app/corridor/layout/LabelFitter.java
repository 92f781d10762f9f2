package app.corridor.layout;

import app.corridor.model.EntryDiff;
import app.corridor.model.Event;
import java.lang.ref.WeakReference;
import java.util.IdentityHashMap;
import java.util.Map;
import java.util.WeakHashMap;

/**
 * Event titles fitted to label widths. Each event's whole label is measured once and kept by its
 * position in the index of every event (the root its lanes and filter results are cut from): zooming
 * re-packs every frame, and measuring text is the costly part of packing. Kept by position, not by
 * id: a curator's edit keeps an event's id and may change its title, and it makes a new root.
 */
final class LabelFitter {

    /** A label and its width; {@link #NONE} when there is no room for one. */
    record Fitted(String text, double width) {
        static final Fitted NONE = new Fitted("", 0);
    }

    private static final String ELLIPSIS = "\u2026";

    private final TextMeasure measure;
    private final double maxWidth;
    /** The whole labels measured so far, by position in their root index (weak: roots come and go with data). */
    private final Map<EventIndex, Fitted[]> measured = new WeakHashMap<>();
    /** The root measured last: a new one (the data edited) starts with the labels of the events it shares with it. */
    private WeakReference<EventIndex> lastRoot = new WeakReference<>(null);

    LabelFitter(TextMeasure measure, double maxWidth) {
        this.measure = measure;
        this.maxWidth = maxWidth;
    }

    /** The title, cut with an ellipsis at the style's maximum label width. */
    Fitted full(Event e) {
        // Most titles fit: measured once, not once to fit and again for the width.
        String title = e.title();
        double width = measure.width(title, TextStyle.LABEL);
        if (width <= maxWidth) {
            return title.isEmpty() ? Fitted.NONE : new Fitted(title, width);
        }
        String text = measure.fit(title, TextStyle.LABEL, maxWidth);
        return text.isEmpty() ? Fitted.NONE : new Fitted(text, measure.width(text, TextStyle.LABEL));
    }

    /**
     * The whole label of each event of an index, by position, with its width and whether it has
     * text, in arrays: packing reads them for every event without visiting one object per event.
     */
    record Whole(Fitted[] fitted, double[] width, boolean[] hasText) {

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

    /**
     * The whole labels of the events of {@code index}: what a packing of its lane starts from. Only
     * events not measured before, in any index cut from the same root, are measured: an event in
     * several lanes once, and a filter's few without every other event.
     */
    Whole wholeLabels(EventIndex index) {
        int[] at = new int[index.size()];
        for (int i = 0; i < at.length; i++) {
            at[i] = i;
        }
        EventIndex root = index;
        while (root.parent() != null) {
            for (int i = 0; i < at.length; i++) {
                at[i] = root.origin(at[i]);
            }
            root = root.parent();
        }
        Fitted[] known = measuredFor(root);
        Fitted[] fitted = new Fitted[at.length];
        for (int i = 0; i < at.length; i++) {
            Fitted f = known[at[i]];
            if (f == null) {
                f = full(index.get(i));
                known[at[i]] = f;
            }
            fitted[i] = f;
        }
        return Whole.of(fitted);
    }

    /**
     * The labels measured for the events of {@code root}, by position. A root not seen before takes
     * those of the root before it for the very events the two share: each edit in curator mode makes
     * a new root whose events are the last one's but a few, and measuring 100,000 titles again
     * took the UI thread about a tenth of a second per edit. An edited event is another object,
     * and is measured anew.
     */
    private Fitted[] measuredFor(EventIndex root) {
        Fitted[] known = measured.get(root);
        if (known == null) {
            known = new Fitted[root.size()];
            EventIndex previous = lastRoot.get();
            Fitted[] before = previous == null ? null : measured.get(previous);
            if (before != null) {
                carryOver(previous, before, root, known);
            }
            measured.put(root, known);
        }
        if (lastRoot.get() != root) {
            lastRoot = new WeakReference<>(root);
        }
        return known;
    }

    /**
     * Copies into {@code known} the labels {@code before} holds for the events {@code root} shares
     * with {@code previous}. An edit changes a few events and keeps the others' objects in the same
     * order, so the two are matched by a pass of reference comparisons ({@link EntryDiff}); a map of
     * 100,000 events by identity took a tenth of the relayout that follows each edit.
     */
    private static void carryOver(EventIndex previous, Fitted[] before, EventIndex root, Fitted[] known) {
        EntryDiff diff = EntryDiff.between(previous.all(), root.all()).orElse(null);
        if (diff == null) {
            Map<Event, Fitted> byEvent = new IdentityHashMap<>(before.length * 2);
            for (int i = 0; i < before.length; i++) {
                if (before[i] != null) {
                    byEvent.put(previous.get(i), before[i]);
                }
            }
            for (int i = 0; i < known.length; i++) {
                known[i] = byEvent.get(root.get(i));
            }
            return;
        }
        int from = 0;
        int removed = 0;
        int added = 0;
        for (int i = 0; i < known.length; i++) {
            if (added < diff.added().length && diff.added()[added] == i) {
                added++; // a new or edited event: measured when a lane first needs it
                continue;
            }
            while (removed < diff.removed().length && diff.removed()[removed] == from) {
                removed++;
                from++;
            }
            known[i] = before[from++];
        }
    }

    /**
     * The title of {@code e} cut to fit {@code room}, from its whole label {@code whole}. Estimates the
     * cut from the whole label's mean character width, then corrects it with a measurement or two
     * instead of a full binary search.
     */
    Fitted shortened(Event e, Fitted whole, double room) {
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
