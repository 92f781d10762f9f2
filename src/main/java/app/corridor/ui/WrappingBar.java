package app.corridor.ui;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import javafx.geometry.Orientation;
import javafx.scene.Node;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;

/**
 * A tool bar that never squeezes its controls: it holds a few arrangements of the same items, from
 * one row to several, and lays out the first whose rows fit the width. An item that grows
 * ({@link HBox#setHgrow} {@link Priority#ALWAYS}) needs only its minimum width to fit, the others
 * their preferred width, so labels and fields keep their whole text; what a row has to spare goes
 * to its growing items (a spacer pushes what follows it to the right). When even the last
 * arrangement does not fit, its rows shrink items toward their minimum width. An item is left out
 * while it is not managed ({@link Node#setManaged}); the bar draws only the items it places.
 */
class WrappingBar extends Region {

    private final double hgap;
    private final double vgap;
    private final List<List<List<Node>>> arrangements = new ArrayList<>();

    WrappingBar(double hgap, double vgap) {
        this.hgap = hgap;
        this.vgap = vgap;
    }

    /**
     * Adds an arrangement, tried after those added before: its rows, each a list of items from
     * left to right. Every item appears once in each arrangement (a spacer may be used in one only).
     */
    void addArrangement(List<List<Node>> rows) {
        arrangements.add(rows.stream().map(List::copyOf).toList());
        Set<Node> all = new LinkedHashSet<>(getChildren());
        rows.forEach(all::addAll);
        getChildren().setAll(all);
    }

    /** The index of the arrangement in use at {@code width}. */
    int arrangementFor(double width) {
        double available = width - snappedLeftInset() - snappedRightInset();
        for (int i = 0; i < arrangements.size(); i++) {
            if (arrangements.get(i).stream().allMatch(row -> neededWidth(row) <= available)) {
                return i;
            }
        }
        return arrangements.size() - 1;
    }

    /** The rows in use at the current width. */
    List<List<Node>> currentRows() {
        return arrangements.isEmpty() ? List.of() : arrangements.get(arrangementFor(getWidth()));
    }

    private static List<Node> shown(List<Node> row) {
        return row.stream().filter(Node::isManaged).toList();
    }

    private static boolean grows(Node n) {
        return HBox.getHgrow(n) == Priority.ALWAYS;
    }

    /** A growing item's minimum, another's preferred width. */
    private static double comfortable(Node n) {
        return grows(n) ? n.minWidth(-1) : Math.max(n.minWidth(-1), n.prefWidth(-1));
    }

    private double neededWidth(List<Node> row) {
        List<Node> items = shown(row);
        return items.stream().mapToDouble(WrappingBar::comfortable).sum() + hgap * Math.max(0, items.size() - 1);
    }

    private double rowHeight(List<Node> row) {
        return shown(row).stream().mapToDouble(n -> n.prefHeight(-1)).max().orElse(0);
    }

    private double rowsHeight(List<List<Node>> rows) {
        List<List<Node>> nonEmpty = rows.stream().filter(r -> !shown(r).isEmpty()).toList();
        return nonEmpty.stream().mapToDouble(this::rowHeight).sum() + vgap * Math.max(0, nonEmpty.size() - 1);
    }

    @Override
    public Orientation getContentBias() {
        return Orientation.HORIZONTAL;
    }

    @Override
    protected double computePrefWidth(double height) {
        if (arrangements.isEmpty()) {
            return snappedLeftInset() + snappedRightInset();
        }
        List<List<Node>> rows = arrangements.get(0);
        double widest = rows.stream().mapToDouble(row -> shown(row).stream().mapToDouble(n -> n.prefWidth(-1)).sum()
                + hgap * Math.max(0, shown(row).size() - 1)).max().orElse(0);
        return snappedLeftInset() + snappedRightInset() + widest;
    }

    @Override
    protected double computeMinWidth(double height) {
        if (arrangements.isEmpty()) {
            return snappedLeftInset() + snappedRightInset();
        }
        List<List<Node>> last = arrangements.get(arrangements.size() - 1);
        return snappedLeftInset() + snappedRightInset() + last.stream().mapToDouble(this::neededWidth).max().orElse(0);
    }

    @Override
    protected double computePrefHeight(double width) {
        if (arrangements.isEmpty()) {
            return snappedTopInset() + snappedBottomInset();
        }
        double w = width < 0 ? prefWidth(-1) : width;
        return snappedTopInset() + rowsHeight(arrangements.get(arrangementFor(w))) + snappedBottomInset();
    }

    /** Never shorter than its rows: a bar squeezed vertically would cut its controls. */
    @Override
    protected double computeMinHeight(double width) {
        return computePrefHeight(width);
    }

    @Override
    protected void layoutChildren() {
        List<List<Node>> rows = currentRows();
        Set<Node> placed = new LinkedHashSet<>();
        rows.forEach(placed::addAll);
        for (Node n : getChildren()) {
            // Items of other arrangements (a spacer used in one only) and unmanaged ones are not drawn.
            n.setVisible(placed.contains(n) && n.isManaged());
        }
        double left = snappedLeftInset();
        double available = getWidth() - left - snappedRightInset();
        double y = snappedTopInset();
        for (List<Node> row : rows) {
            List<Node> items = shown(row);
            if (items.isEmpty()) {
                continue;
            }
            double height = rowHeight(row);
            double[] widths = widths(items, available - hgap * (items.size() - 1));
            double x = left;
            for (int i = 0; i < items.size(); i++) {
                Node n = items.get(i);
                double h = Math.min(height, Math.max(n.minHeight(widths[i]), n.prefHeight(widths[i])));
                n.resizeRelocate(snapPositionX(x), snapPositionY(y + (height - h) / 2), snapSizeX(widths[i]),
                        snapSizeY(h));
                x += widths[i] + hgap;
            }
            y += height + vgap;
        }
    }

    /** Each item's width: comfortable, then the spare room shared among growing items, or the lack shared out. */
    private static double[] widths(List<Node> items, double available) {
        double[] w = new double[items.size()];
        double used = 0;
        for (int i = 0; i < w.length; i++) {
            w[i] = comfortable(items.get(i));
            used += w[i];
        }
        double spare = available - used;
        if (spare < 0) {
            // Even the last arrangement is too wide: shrink each toward its minimum, in proportion.
            double slack = 0;
            for (int i = 0; i < w.length; i++) {
                slack += w[i] - items.get(i).minWidth(-1);
            }
            for (int i = 0; i < w.length && slack > 0; i++) {
                w[i] -= (w[i] - items.get(i).minWidth(-1)) * Math.min(1, -spare / slack);
            }
            return w;
        }
        // Share the spare room among growing items, each up to its maximum; repeat while some are full.
        List<Integer> growing = new ArrayList<>();
        for (int i = 0; i < w.length; i++) {
            if (grows(items.get(i))) {
                growing.add(i);
            }
        }
        while (spare > 0.5 && !growing.isEmpty()) {
            double share = spare / growing.size();
            List<Integer> full = new ArrayList<>();
            for (int i : growing) {
                double max = items.get(i).maxWidth(-1);
                double add = Math.min(share, max - w[i]);
                w[i] += add;
                spare -= add;
                if (w[i] >= max - 0.5) {
                    full.add(i);
                }
            }
            if (full.isEmpty()) {
                break;
            }
            growing.removeAll(full);
        }
        return w;
    }
}
