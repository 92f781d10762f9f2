package app.corridor.render;

import java.util.Arrays;

/**
 * Marker outlines that tell kinds apart without colour (colour-blind readers, grey print). Each
 * gives a polygon around a centre; the circle is drawn as a many-sided polygon.
 */
public enum MarkerShape {
    CIRCLE, DIAMOND, SQUARE, TRIANGLE_UP, STAR, HEXAGON, TRIANGLE_DOWN, TRIANGLE_RIGHT, PENTAGON, PLUS,
    TRIANGLE_LEFT, OCTAGON, CROSS;

    /** Vertices around {@code (cx, cy)} for a marker of radius {@code r}: {@code [xs, ys]}. */
    public double[][] polygon(double cx, double cy, double r) {
        // Scaled from the outline at radius 1, worked out once: a frame draws thousands of markers,
        // and on the quick compiler the app runs on, each sine and cosine is a call into the C library.
        double[][] unit = Outlines.UNIT[ordinal()];
        double[] xs = new double[unit[0].length];
        double[] ys = new double[xs.length];
        for (int i = 0; i < xs.length; i++) {
            xs[i] = cx + r * unit[0][i];
            ys[i] = cy + r * unit[1][i];
        }
        return new double[][] {xs, ys};
    }

    /** The outlines at radius 1 around (0, 0), by ordinal: apart from the enum, which they are made from. */
    private static final class Outlines {
        static final double[][][] UNIT = Arrays.stream(values()).map(MarkerShape::unitOutline)
                .toArray(double[][][]::new);
    }

    /** This shape around (0, 0) at radius 1. */
    private double[][] unitOutline() {
        return switch (this) {
            case CIRCLE -> regular(1, 20, 0);
            case DIAMOND -> regular(1.2, 4, -90);
            case SQUARE -> regular(1.2, 4, -45);
            case TRIANGLE_UP -> regular(1.25, 3, -90);
            case TRIANGLE_DOWN -> regular(1.25, 3, 90);
            case TRIANGLE_RIGHT -> regular(1.25, 3, 0);
            case TRIANGLE_LEFT -> regular(1.25, 3, 180);
            case PENTAGON -> regular(1.1, 5, -90);
            case HEXAGON -> regular(1.1, 6, 0);
            case OCTAGON -> regular(1.05, 8, 22.5);
            case STAR -> star(1.35, 0.6);
            case PLUS -> plus(1.15, 0.42, 0);
            case CROSS -> plus(1.2, 0.42, 45);
        };
    }

    private static double[][] regular(double r, int sides, double startDegrees) {
        double[] xs = new double[sides];
        double[] ys = new double[sides];
        for (int i = 0; i < sides; i++) {
            double a = Math.toRadians(startDegrees + 360.0 * i / sides);
            xs[i] = r * Math.cos(a);
            ys[i] = r * Math.sin(a);
        }
        return new double[][] {xs, ys};
    }

    private static double[][] star(double outer, double inner) {
        double[] xs = new double[10];
        double[] ys = new double[10];
        for (int i = 0; i < 10; i++) {
            double r = i % 2 == 0 ? outer : inner;
            double a = Math.toRadians(-90 + 36.0 * i);
            xs[i] = r * Math.cos(a);
            ys[i] = r * Math.sin(a);
        }
        return new double[][] {xs, ys};
    }

    /** A plus sign of half-length {@code r} and half-thickness {@code t}, turned by {@code degrees}. */
    private static double[][] plus(double r, double t, double degrees) {
        double[][] base = {
                {t, t, r, r, t, t, -t, -t, -r, -r, -t, -t},
                {-r, -t, -t, t, t, r, r, t, t, -t, -t, -r}};
        double a = Math.toRadians(degrees);
        double cos = Math.cos(a);
        double sin = Math.sin(a);
        double[] xs = new double[12];
        double[] ys = new double[12];
        for (int i = 0; i < 12; i++) {
            xs[i] = base[0][i] * cos - base[1][i] * sin;
            ys[i] = base[0][i] * sin + base[1][i] * cos;
        }
        return new double[][] {xs, ys};
    }
}
