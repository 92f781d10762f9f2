package app.corridor.model;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Which entries one version of a list dropped and which the next one added, when the two share the
 * entries they did not change (the same objects, as an edit of an immutable document leaves them).
 * Entries are compared by identity, never with {@code equals}, so a 100,000-entry list with one
 * entry changed costs a pass of reference comparisons instead of a map or a sort. The shortest such
 * difference (Myers' O(ND) algorithm on what is left once the common start and end are set aside);
 * none when it takes more than a given number of entries.
 *
 * @param removed indices into the first list of the entries the second no longer holds, ascending
 * @param added   indices into the second list of the entries the first did not hold, ascending
 */
public record EntryDiff(int[] removed, int[] added) {

    /**
     * How many entries an edit may change for its difference to be found: the callers (ordering an
     * edited document, its journal entry, its undo step, the timeline's labels) fall back to their
     * whole-list way past it. A difference given up costs under half a millisecond at 100,000 entries.
     */
    public static final int FEW = 64;

    /** The shortest difference between {@code before} and {@code after}, if it is at most {@link #FEW} entries. */
    public static Optional<EntryDiff> between(List<?> before, List<?> after) {
        return between(before, after, FEW);
    }

    /** The shortest difference between {@code before} and {@code after}, if it is at most {@code limit} entries. */
    public static Optional<EntryDiff> between(List<?> before, List<?> after, int limit) {
        int n = before.size();
        int m = after.size();
        int start = 0;
        while (start < n && start < m && before.get(start) == after.get(start)) {
            start++;
        }
        int end = 0;
        while (end < n - start && end < m - start && before.get(n - 1 - end) == after.get(m - 1 - end)) {
            end++;
        }
        return new Middle(before.subList(start, n - end), after.subList(start, m - end), start).diff(limit);
    }

    /** What differs between the two lists once their common start and end are set aside. */
    private record Middle(List<?> a, List<?> b, int offset) {

        Optional<EntryDiff> diff(int limit) {
            int n = a.size();
            int m = b.size();
            if (Math.abs(n - m) > limit) {
                return Optional.empty();
            }
            // v[k + shift]: the furthest x reached on diagonal k = x - y; one copy per round, to trace back.
            int shift = limit + 1;
            int[] v = new int[2 * limit + 3];
            List<int[]> rounds = new ArrayList<>();
            for (int d = 0; d <= limit; d++) {
                rounds.add(v.clone());
                for (int k = -d; k <= d; k += 2) {
                    int x = k == -d || k != d && v[k - 1 + shift] < v[k + 1 + shift]
                            ? v[k + 1 + shift] : v[k - 1 + shift] + 1;
                    int y = x - k;
                    while (x < n && y < m && a.get(x) == b.get(y)) {
                        x++;
                        y++;
                    }
                    v[k + shift] = x;
                    if (x >= n && y >= m) {
                        return Optional.of(traceBack(rounds, n, m, shift));
                    }
                }
            }
            return Optional.empty();
        }

        private EntryDiff traceBack(List<int[]> rounds, int n, int m, int shift) {
            List<Integer> removed = new ArrayList<>();
            List<Integer> added = new ArrayList<>();
            int x = n;
            int y = m;
            for (int d = rounds.size() - 1; d > 0; d--) {
                int[] v = rounds.get(d);
                int k = x - y;
                int previousK = k == -d || k != d && v[k - 1 + shift] < v[k + 1 + shift] ? k + 1 : k - 1;
                int previousX = v[previousK + shift];
                int previousY = previousX - previousK;
                while (x > previousX && y > previousY) {
                    x--;
                    y--;
                }
                if (x == previousX) {
                    added.add(offset + previousY);
                } else {
                    removed.add(offset + previousX);
                }
                x = previousX;
                y = previousY;
            }
            return new EntryDiff(ascending(removed), ascending(added));
        }

        private static int[] ascending(List<Integer> backwards) {
            int[] out = new int[backwards.size()];
            for (int i = 0; i < out.length; i++) {
                out[i] = backwards.get(out.length - 1 - i);
            }
            return out;
        }
    }
}
