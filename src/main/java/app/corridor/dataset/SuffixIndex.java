package app.corridor.dataset;

/**
 * A source text with every run of whitespace folded to one space, and the suffix array of that
 * folded text: finds the first place of any folded quote in O(m log n) whatever the text holds,
 * and the longest prefix of a quote that occurs anywhere, likewise. {@link QuoteLocator} builds it
 * only for the texts its word index cannot answer cheaply (very repetitive ones), once per text.
 *
 * <p>Built by prefix doubling with radix sorts: O(n log n) time in the worst case (a text of one
 * repeated word), a few rounds for ordinary prose. The first occurrence within a range of the array
 * comes from a table of minima over blocks of 32 entries. Memory: about 24 bytes per character while
 * building, 10 after; sources are at most {@link DatasetLoader#MAX_SOURCE_BYTES}.
 */
final class SuffixIndex {

    private static final int BLOCK = 32;

    /** The folded text. */
    private final char[] text;
    /** For each folded character, the offset in the source of the character it stands for. */
    private final int[] sourceOffset;
    private final int[] suffixes;
    /** {@code minimum[level][b]}: the smallest suffix start among blocks b .. b + 2^level - 1. */
    private final int[][] minimum;
    /** Work counted for tests: building (array passes), and lookups (characters compared). */
    private final long buildSteps;
    private long steps;

    SuffixIndex(String source) {
        int n = source.length();
        char[] folded = new char[n];
        int[] offsets = new int[n];
        int k = 0;
        boolean inSpace = false;
        for (int i = 0; i < n; i++) {
            char c = source.charAt(i);
            if (QuoteLocator.isSpace(c)) {
                if (inSpace) {
                    continue;
                }
                inSpace = true;
                c = ' ';
            } else {
                inSpace = false;
            }
            folded[k] = c;
            offsets[k++] = i;
        }
        text = java.util.Arrays.copyOf(folded, k);
        sourceOffset = java.util.Arrays.copyOf(offsets, k);
        long[] work = {n};
        suffixes = suffixArray(text, work);
        minimum = blockMinima(suffixes);
        buildSteps = work[0] + 2L * k;
    }

    /** Work done by lookups so far: characters compared. */
    long steps() {
        return steps;
    }

    /** Work done building: passes over the text and the arrays, element by element. */
    long buildSteps() {
        return buildSteps;
    }

    /** Where {@code pattern} (folded, starting and ending with a non-space) first occurs, in source offsets. */
    QuoteLocator.Span locate(String pattern) {
        int lo = lowerBound(pattern);
        int hi = upperBound(pattern, lo);
        if (lo >= hi) {
            return null;
        }
        int start = rangeMinimum(lo, hi);
        int last = start + pattern.length() - 1;
        return new QuoteLocator.Span(sourceOffset[start], sourceOffset[last] + 1);
    }

    /** The length of the longest prefix of {@code pattern} that occurs in the folded text. */
    int longestPrefix(String pattern) {
        int at = lowerBound(pattern);
        int best = 0;
        if (at < suffixes.length) {
            best = commonPrefix(pattern, suffixes[at]);
        }
        if (at > 0) {
            best = Math.max(best, commonPrefix(pattern, suffixes[at - 1]));
        }
        return best;
    }

    /** The first index of the array whose suffix is not less than {@code pattern}. */
    private int lowerBound(String pattern) {
        int lo = 0;
        int hi = suffixes.length;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (compare(pattern, suffixes[mid]) > 0) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }

    /** The first index from {@code from} whose suffix does not start with {@code pattern}. */
    private int upperBound(String pattern, int from) {
        int lo = from;
        int hi = suffixes.length;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (commonPrefix(pattern, suffixes[mid]) == pattern.length()) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }

    /** Compares {@code pattern} with the suffix at {@code start}, a prefix counting as equal. */
    private int compare(String pattern, int start) {
        int common = commonPrefix(pattern, start);
        if (common == pattern.length()) {
            return 0;
        }
        if (start + common == text.length) {
            return 1;
        }
        return Character.compare(pattern.charAt(common), text[start + common]);
    }

    private int commonPrefix(String pattern, int start) {
        int max = Math.min(pattern.length(), text.length - start);
        int i = 0;
        while (i < max && pattern.charAt(i) == text[start + i]) {
            i++;
        }
        steps += i + 1;
        return i;
    }

    private int rangeMinimum(int lo, int hi) {
        int best = Integer.MAX_VALUE;
        int firstFull = (lo + BLOCK - 1) / BLOCK;
        int lastFull = hi / BLOCK; // exclusive
        if (firstFull >= lastFull) {
            for (int i = lo; i < hi; i++) {
                best = Math.min(best, suffixes[i]);
            }
            steps += hi - lo;
            return best;
        }
        for (int i = lo; i < firstFull * BLOCK; i++) {
            best = Math.min(best, suffixes[i]);
        }
        for (int i = lastFull * BLOCK; i < hi; i++) {
            best = Math.min(best, suffixes[i]);
        }
        int blocks = lastFull - firstFull;
        int level = 31 - Integer.numberOfLeadingZeros(blocks);
        best = Math.min(best, Math.min(minimum[level][firstFull], minimum[level][lastFull - (1 << level)]));
        steps += 2L * BLOCK;
        return best;
    }

    private static int[][] blockMinima(int[] sa) {
        int blocks = sa.length / BLOCK;
        int levels = blocks == 0 ? 1 : 32 - Integer.numberOfLeadingZeros(blocks);
        int[][] table = new int[levels][];
        table[0] = new int[blocks];
        for (int b = 0; b < blocks; b++) {
            int m = Integer.MAX_VALUE;
            for (int i = b * BLOCK; i < (b + 1) * BLOCK; i++) {
                m = Math.min(m, sa[i]);
            }
            table[0][b] = m;
        }
        for (int level = 1; level < levels; level++) {
            int span = 1 << level;
            int[] previous = table[level - 1];
            int[] current = new int[Math.max(0, blocks - span + 1)];
            for (int b = 0; b < current.length; b++) {
                current[b] = Math.min(previous[b], previous[b + span / 2]);
            }
            table[level] = current;
        }
        return table;
    }

    /**
     * The suffix array of {@code s} by prefix doubling: each round sorts by the rank pairs of the
     * round before with two counting sorts, and stops as soon as all ranks differ.
     */
    static int[] suffixArray(char[] s, long[] work) {
        int n = s.length;
        int[] sa = new int[n];
        int[] rank = new int[n];
        int[] tmp = new int[n];
        if (n == 0) {
            return sa;
        }
        int[] count = new int[Math.max(n, Character.MAX_VALUE + 1) + 1];
        for (char c : s) {
            count[c + 1]++;
        }
        for (int i = 1; i < count.length; i++) {
            count[i] += count[i - 1];
        }
        for (int i = 0; i < n; i++) {
            sa[count[s[i]]++] = i;
        }
        int classes = 0;
        rank[sa[0]] = 0;
        for (int i = 1; i < n; i++) {
            if (s[sa[i]] != s[sa[i - 1]]) {
                classes++;
            }
            rank[sa[i]] = classes;
        }
        classes++;
        work[0] += 4L * n;
        for (int k = 1; classes < n; k <<= 1) {
            work[0] += 6L * n; // the six passes below
            // Order by the second half: suffixes too short to have one come first.
            int t = 0;
            for (int i = n - k; i < n; i++) {
                tmp[t++] = i;
            }
            for (int i = 0; i < n; i++) {
                if (sa[i] >= k) {
                    tmp[t++] = sa[i] - k;
                }
            }
            // Then, stably, by the first half.
            java.util.Arrays.fill(count, 0, classes + 1, 0);
            for (int i = 0; i < n; i++) {
                count[rank[i] + 1]++;
            }
            for (int i = 1; i <= classes; i++) {
                count[i] += count[i - 1];
            }
            for (int i = 0; i < n; i++) {
                sa[count[rank[tmp[i]]]++] = tmp[i];
            }
            tmp[sa[0]] = 0;
            classes = 1;
            for (int i = 1; i < n; i++) {
                int a = sa[i - 1];
                int b = sa[i];
                int a2 = a + k < n ? rank[a + k] : -1;
                int b2 = b + k < n ? rank[b + k] : -1;
                if (rank[a] != rank[b] || a2 != b2) {
                    classes++;
                }
                tmp[b] = classes - 1;
            }
            int[] swap = rank;
            rank = tmp;
            tmp = swap;
        }
        return sa;
    }
}
