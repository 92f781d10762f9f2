package app.corridor.layout;

import app.corridor.model.Event;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.IdentityHashMap;
import java.util.Map;
import java.util.List;
import java.util.function.Function;

/**
 * The rows of one lane for an export: every event drawn and titled. Unlike the screen's
 * {@link LanePacking} it never clusters and never shortens a title: a lane takes as many rows as
 * its events need, and a title wider than the style's label width is wrapped onto a second line
 * (the item then takes two rows). Greedy in start order: an item goes to the first run of rows
 * free at its left (its label included).
 */
final class ExportPacking {

    /** Baseline to baseline of a wrapped title's lines. */
    static final double LINE_STEP = 15;

    /** An item placed in the lane; x are relative to the axis's origin. */
    record Placed(Event event, ItemShape shape, double x0, double x1, int row, int rows, List<String> lines,
                  double labelX, double labelWidth, boolean inside, double right, List<Integer> notes) {
    }

    final List<Placed> items = new ArrayList<>();
    final int rowsUsed;

    ExportPacking(EventIndex index, TimeAxis axis, LayoutStyle style, Labels labels) {
        double[] rowEnd = new double[8];
        Arrays.fill(rowEnd, Double.NEGATIVE_INFINITY);
        int maxRow = -1;
        double r = style.markerRadius();
        for (int i = 0; i < index.size(); i++) {
            Event e = index.get(i);
            double s = axis.x(index.start(i));
            double en = axis.x(index.end(i));
            ItemShape shape = LanePacking.shapeOf(e);
            double a = shape == ItemShape.POINT ? (s + en) / 2 - r : s;
            double b = shape == ItemShape.POINT ? a + 2 * r : Math.max(en, s + 2 * r);
            Labels.Label label = labels.of(e, style.maxLabelWidth());
            List<Integer> notes = label.notes();
            double insideInset = 2 * r + 2 * style.labelGap();
            boolean inside = shape != ItemShape.POINT && insideInset + label.oneLine() + style.labelGap() <= b - a;
            List<String> lines = inside ? List.of(label.text()) : label.wrapped();
            double labelWidth = inside ? label.oneLine() : label.wrappedWidth();
            double labelX = inside ? a + insideInset : b + style.labelGap();
            double right = inside ? b : labelX + labelWidth;
            int rows = 1 + (int) Math.ceil((lines.size() - 1) * LINE_STEP / style.rowHeight() - 1e-9);
            int row = 0;
            while (!free(rowEnd, row, rows, a - style.itemGap())) {
                row++;
            }
            if (row + rows > rowEnd.length) {
                int old = rowEnd.length;
                rowEnd = Arrays.copyOf(rowEnd, Math.max(2 * old, row + rows));
                Arrays.fill(rowEnd, old, rowEnd.length, Double.NEGATIVE_INFINITY);
            }
            for (int k = row; k < row + rows; k++) {
                rowEnd[k] = right;
            }
            maxRow = Math.max(maxRow, row + rows - 1);
            items.add(new Placed(e, shape, a, b, row, rows, lines, labelX, labelWidth, inside, right, notes));
        }
        rowsUsed = maxRow + 1;
    }

    private static boolean free(double[] rowEnd, int row, int rows, double left) {
        for (int k = row; k < row + rows; k++) {
            if (k < rowEnd.length && rowEnd[k] > left) {
                return false;
            }
        }
        return true;
    }

    /**
     * What an export writes beside each event, and how wide it is. Each event's label is measured
     * and wrapped once, however many times the lanes are packed (see {@link ExportLayoutEngine}).
     */
    record Labels(TextMeasure measure, Function<Event, String> texts, Function<Event, List<Integer>> noteNumbers,
                  Map<Event, Label> measured) {

        Labels(TextMeasure measure, Function<Event, String> texts, Function<Event, List<Integer>> noteNumbers) {
            this(measure, texts, noteNumbers, new IdentityHashMap<>());
        }

        /**
         * An event's label: its text and footnote numbers, its width on one line with the marks,
         * and its lines wrapped at {@code maxWidth} with the width of the widest.
         */
        record Label(String text, List<Integer> notes, double oneLine, List<String> wrapped, double wrappedWidth) {
        }

        Label of(Event e, double maxWidth) {
            return measured.computeIfAbsent(e, event -> {
                List<Integer> notes = notes(event);
                String text = text(event);
                String marks = marks(notes);
                List<String> lines = wrap(text, marks, maxWidth);
                double widest = 0;
                for (int l = 0; l < lines.size(); l++) {
                    widest = Math.max(widest, width(lines.get(l) + (l == lines.size() - 1 ? marks : "")));
                }
                return new Label(text, notes, width(text + marks), lines, widest);
            });
        }

        String text(Event e) {
            return texts.apply(e);
        }

        List<Integer> notes(Event e) {
            return noteNumbers.apply(e);
        }

        /** " [1] [3]": the footnote marks as drawn after the title, or "". */
        String marks(List<Integer> notes) {
            StringBuilder sb = new StringBuilder();
            notes.forEach(n -> sb.append(' ').append('[').append(n).append(']'));
            return sb.toString();
        }

        double width(String text) {
            return measure.width(text, TextStyle.LABEL);
        }

        /**
         * {@code text} on one line if it fits {@code maxWidth} with its marks, else wrapped at
         * spaces onto two lines (wider than {@code maxWidth} only for a title so long that two
         * lines of that width cannot hold it). Never cut.
         */
        List<String> wrap(String text, String marks, double maxWidth) {
            double whole = width(text + marks);
            if (whole <= maxWidth) {
                return List.of(text);
            }
            String[] words = text.split(" ");
            double widest = 0;
            for (String w : words) {
                widest = Math.max(widest, width(w + " "));
            }
            // Half the whole plus the widest word: greedy filling then always ends within two lines.
            double lineWidth = Math.max(maxWidth, Math.ceil(whole / 2 + widest));
            List<String> lines = new ArrayList<>();
            StringBuilder line = new StringBuilder();
            for (int w = 0; w < words.length; w++) {
                String candidate = line.isEmpty() ? words[w] : line + " " + words[w];
                String tail = w == words.length - 1 ? marks : "";
                if (line.isEmpty() || width(candidate + tail) <= lineWidth) {
                    line.setLength(0);
                    line.append(candidate);
                } else {
                    lines.add(line.toString());
                    line.setLength(0);
                    line.append(words[w]);
                }
            }
            lines.add(line.toString());
            return lines;
        }
    }
}
