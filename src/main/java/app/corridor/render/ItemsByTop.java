package app.corridor.render;

import app.corridor.layout.ItemBox;
import app.corridor.layout.Sorted;
import java.util.Arrays;
import java.util.List;
import java.util.function.ToDoubleFunction;

/**
 * The items of one layout in order of their tops, so the items a band of the page reaches are
 * found by two binary searches: a PDF of 100,000 events has thousands of sheets, and a PNG as
 * many strips, each showing a few dozen of them.
 */
final class ItemsByTop {

    private final int[] order;
    private final double[] tops;
    /** The most any item reaches below its top. */
    private final double tallest;

    /**
     * @param bottomOf how far down an item draws (its box, or a label line below it)
     */
    ItemsByTop(List<ItemBox> items, ToDoubleFunction<ItemBox> bottomOf) {
        int n = items.size();
        Integer[] boxed = new Integer[n];
        double reach = 0;
        for (int i = 0; i < n; i++) {
            boxed[i] = i;
            ItemBox box = items.get(i);
            reach = Math.max(reach, bottomOf.applyAsDouble(box) - box.y());
        }
        Arrays.sort(boxed, (a, b) -> Double.compare(items.get(a).y(), items.get(b).y()));
        order = new int[n];
        tops = new double[n];
        for (int k = 0; k < n; k++) {
            order[k] = boxed[k];
            tops[k] = items.get(boxed[k]).y();
        }
        tallest = reach;
    }

    /**
     * The indexes (rising, as the items are drawn) of the items that may reach between {@code top}
     * and {@code bottom}: those whose top lies from {@code top} less the tallest item's height
     * down to {@code bottom}.
     */
    int[] reaching(double top, double bottom) {
        int from = Sorted.firstAtLeast(tops, top - tallest);
        int to = Sorted.firstGreater(tops, bottom);
        int[] found = Arrays.copyOfRange(order, from, Math.max(from, to));
        Arrays.sort(found);
        return found;
    }
}
