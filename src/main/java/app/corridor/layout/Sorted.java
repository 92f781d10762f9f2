package app.corridor.layout;

/**
 * Binary search over non-decreasing arrays: how a frame finds what is visible without a scan, and
 * how a painter finds the items a band of an exported page reaches.
 */
public final class Sorted {

    private Sorted() {
    }

    /** The first index whose value is greater than {@code key}, or {@code a.length}. */
    public static int firstGreater(double[] a, double key) {
        return firstGreater(a, a.length, key);
    }

    /** The first index whose value is {@code key} or greater, or {@code a.length}. */
    public static int firstAtLeast(double[] a, double key) {
        return firstGreater(a, a.length, Math.nextDown(key));
    }

    /** Like {@link #firstGreater(double[], double)} over the first {@code n} values. */
    static int firstGreater(double[] a, int n, double key) {
        int lo = 0;
        int hi = n;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (a[mid] <= key) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }

    /** Running maximum: {@code out[i] = max(a[0..i])}, so "could anything up to i reach x?" is a search. */
    static double[] runningMax(double[] a) {
        double[] out = new double[a.length];
        double max = Double.NEGATIVE_INFINITY;
        for (int i = 0; i < a.length; i++) {
            max = Math.max(max, a[i]);
            out[i] = max;
        }
        return out;
    }
}
