package app.corridor.dataset;

import java.util.Optional;

/**
 * Finds quotes in one source text, indexed once so that each lookup costs about the quote's length.
 *
 * <p>A quote matches where the source has the same characters, except that any run of whitespace in
 * the quote matches any run of whitespace in the source (a dataset editor may type an ordinary space
 * where the source has U+2002, a no-break space or a line break); the quote's leading and trailing
 * whitespace does not count. The span returned is the source's own text, so what is stored is
 * verbatim. The first place the quote occurs wins.
 *
 * <p>How: the source is cut into words (maximal runs of non-whitespace), each word gets an id, and
 * each id the list of places it occurs. A quote of words {@code t0 t1 … tk} occurs where a source
 * word ends with {@code t0}, the next words are exactly {@code t1 … tk-1}, and the one after starts
 * with {@code tk}. The lookup starts from whichever of these is rarest in the source (an inner word,
 * the words ending with {@code t0}, or the words starting with {@code tk}), so it checks a handful of
 * places. When that would cost more than a small multiple of the quote's length (a one-word quote,
 * or a text so repetitive that every place looks alike), the text is indexed a second time, once,
 * as a {@link SuffixIndex}: O(m log n) per lookup whatever the text. Never a regular expression.
 */
public final class QuoteLocator {

    /** A located quote: {@code sourceText.substring(start, end)}. */
    public record Span(int start, int end) {
    }

    private final String text;
    /**
     * The text's characters: the loops over every character of every source, and the comparisons,
     * read an array. Through {@code String.charAt}, which the quick compiler ({@code corridor
     * validate}'s) calls rather than inlines, indexing took twice as long.
     */
    private final char[] chars;
    /** Source offsets of each word's first character and one past its last. */
    private final int[] wordStart;
    private final int[] wordEnd;
    private final int wordCount;
    /** For id {@code i}, the word indexes where it occurs are {@code places[firstPlace[i] .. firstPlace[i+1])}, ascending. */
    private final int[] firstPlace;
    private final int[] places;
    private final WordTable table;
    /** Word ids in the order of their text, and in the order of their reversed text (for words ending alike). */
    private int[] byText;
    private int[] byReversedText;
    /** {@code placesBefore[r]}: occurrences of the words before rank r in {@link #byText} (and likewise reversed). */
    private int[] placesBeforeText;
    private int[] placesBeforeReversed;
    private String[] words;
    private SuffixIndex suffixIndex;
    /**
     * Characters compared and words checked, for tests that bound the work (single-threaded ones:
     * lookups may run in parallel, and then this count is only roughly right).
     */
    private long steps;
    private long buildSteps;

    private QuoteLocator(String text) {
        this.text = text;
        char[] c = text.toCharArray();
        chars = c;
        int n = c.length;
        // One pass: each word found, hashed and given its id as its characters go by (English runs
        // about six characters a word and its space; the arrays grow when a text has more words).
        table = new WordTable(c, n / 24 + 16);
        int multiplier = table.multiplier;
        int[] starts = new int[n / 6 + 16];
        int[] ends = new int[starts.length];
        int[] wordId = new int[starts.length];
        int count = 0;
        for (int i = 0; ; ) {
            while (i < n && space(c[i])) {
                i++;
            }
            if (i == n) {
                break;
            }
            int start = i;
            int h = 0;
            while (i < n && !space(c[i])) {
                h = multiplier * h + c[i];
                i++;
            }
            if (count == starts.length) {
                starts = java.util.Arrays.copyOf(starts, count * 2);
                ends = java.util.Arrays.copyOf(ends, count * 2);
                wordId = java.util.Arrays.copyOf(wordId, count * 2);
            }
            starts[count] = start;
            ends[count] = i;
            wordId[count++] = table.intern(start, i, WordTable.spread(h, i - start));
        }
        wordStart = starts;
        wordEnd = ends;
        wordCount = count;
        firstPlace = new int[table.size() + 1];
        for (int w = 0; w < count; w++) {
            firstPlace[wordId[w] + 1]++;
        }
        for (int id = 0; id < table.size(); id++) {
            firstPlace[id + 1] += firstPlace[id];
        }
        places = new int[count];
        int[] next = java.util.Arrays.copyOf(firstPlace, table.size());
        for (int w = 0; w < count; w++) {
            places[next[wordId[w]]++] = w;
        }
        buildSteps = n + 4L * count;
    }

    /**
     * Indexes {@code sourceText} for lookups; O(length of the text). The index may be shared by
     * threads looking up quotes at the same time.
     */
    public static QuoteLocator index(String sourceText) {
        return new QuoteLocator(sourceText);
    }

    /** Finds one quote in a text not worth indexing for more. */
    public static Optional<Span> locate(String sourceText, String quote) {
        return index(sourceText).locate(quote);
    }

    /**
     * The longest prefix of {@code quote}, at a word boundary, that the source does contain: tells
     * the editor where a quote stops matching. O(m log n), through the suffix index.
     */
    public static String longestMatchingPrefix(String sourceText, String quote) {
        return index(sourceText).longestMatchingPrefix(quote);
    }

    /** Where {@code quote} first occurs, or empty when it does not (or is blank). */
    public Optional<Span> locate(String quote) {
        Tokens q = new Tokens(quote);
        if (q.count == 0) {
            return Optional.empty();
        }
        if (q.count >= 2) {
            Span found = lookUp(q.chars, q);
            if (found != TOO_COSTLY) {
                return Optional.ofNullable(found);
            }
        }
        return Optional.ofNullable(suffixIndex().locate(q.normalised()));
    }

    /** See {@link #longestMatchingPrefix(String, String)}. */
    public String longestMatchingPrefix(String quote) {
        Tokens q = new Tokens(quote);
        if (q.count == 0) {
            return "";
        }
        String normalised = q.normalised();
        int matched = suffixIndex().longestPrefix(normalised);
        if (matched == normalised.length()) {
            return normalised;
        }
        // Keep whole words: cut before the word the match stopped in (or at the space it stopped on).
        int cut = normalised.charAt(matched) == ' ' ? matched : normalised.lastIndexOf(' ', matched);
        return cut <= 0 ? "" : normalised.substring(0, cut);
    }

    /** Work done by lookups so far: characters and words compared. */
    long steps() {
        return steps + (suffixIndex == null ? 0 : suffixIndex.steps());
    }

    /** Work done building the indexes, once per text: passes over the text, words and vocabulary. */
    long buildSteps() {
        return buildSteps + (suffixIndex == null ? 0 : suffixIndex.buildSteps());
    }

    /** The suffix index, built on first need. */
    private synchronized SuffixIndex suffixIndex() {
        if (suffixIndex == null) {
            suffixIndex = new SuffixIndex(text);
        }
        return suffixIndex;
    }

    /** What {@link #lookUp} returns (compared by identity) when finishing would cost more than the other index. */
    private static final Span TOO_COSTLY = new Span(-1, -1);

    /**
     * Lookup through the word index, for quotes of two words or more: the first span, null when the
     * quote does not occur, or {@link #TOO_COSTLY}.
     */
    private Span lookUp(char[] quote, Tokens q) {
        int last = q.count - 1;
        // The anchor: the rarest of a few of the longest inner words (long words are rare ones); the
        // other words are checked by comparing text at the few places it gives, not looked up.
        int anchor = -1; // by index among the inner words
        int anchorId = -1;
        long fewest = Long.MAX_VALUE;
        int[] tried = new int[Math.min(3, last - 1)];
        for (int t = 0; t < tried.length && fewest > 4; t++) {
            int j = longestInnerWord(q, tried, t);
            tried[t] = j;
            steps += q.end[j + 1] - q.start[j + 1];
            int id = table.find(quote, q.start[j + 1], q.end[j + 1]);
            if (id < 0) {
                return null; // an inner word must occur whole in the source
            }
            int occurrences = firstPlace[id + 1] - firstPlace[id];
            if (occurrences < fewest) {
                anchor = j;
                anchorId = id;
                fewest = occurrences;
            }
        }
        long budget = steps + 8L * q.length + 256;
        if (fewest > 4) {
            // Common inner words (or none): the quote's first or last word may pin it down better.
            sortWords();
            int[] head = range(byReversedText, true, quote, q.start[0], q.end[0]);
            int[] tail = range(byText, false, quote, q.start[last], q.end[last]);
            long headPlaces = placesBeforeReversed[head[1]] - placesBeforeReversed[head[0]];
            long tailPlaces = placesBeforeText[tail[1]] - placesBeforeText[tail[0]];
            if (headPlaces == 0 || tailPlaces == 0) {
                return null;
            }
            if (Math.min(fewest, Math.min(headPlaces, tailPlaces)) > budget - steps) {
                return TOO_COSTLY;
            }
            if (headPlaces < fewest && headPlaces <= tailPlaces) {
                return fromRange(quote, q, byReversedText, head, 0, budget);
            }
            if (tailPlaces < fewest) {
                return fromRange(quote, q, byText, tail, last, budget);
            }
        }
        if (anchor < 0) {
            return TOO_COSTLY;
        }
        // Places of an inner word come in text order: the first that matches is the first occurrence.
        for (int k = firstPlace[anchorId]; k < firstPlace[anchorId + 1]; k++) {
            int first = places[k] - anchor - 1;
            if (first < 0 || first + last >= wordCount) {
                continue;
            }
            if (steps > budget) {
                return TOO_COSTLY;
            }
            if (matchesAt(first, quote, q)) {
                return spanAt(first, q);
            }
        }
        return null;
    }

    /** Tries every place of every word in a rank range (the quote's word number {@code index} there). */
    private Span fromRange(char[] quote, Tokens q, int[] order, int[] range, int index, long budget) {
        int best = -1;
        int last = q.count - 1;
        for (int r = range[0]; r < range[1]; r++) {
            int id = order[r];
            for (int k = firstPlace[id]; k < firstPlace[id + 1]; k++) {
                int first = places[k] - index;
                if (steps++ > budget) {
                    return TOO_COSTLY;
                }
                if (first >= 0 && first + last < wordCount && (best < 0 || first < best)
                        && matchesAt(first, quote, q)) {
                    best = first;
                }
            }
        }
        return best < 0 ? null : spanAt(best, q);
    }

    private Span spanAt(int first, Tokens q) {
        int last = q.count - 1;
        int start = wordEnd[first] - (q.end[0] - q.start[0]);
        int end = wordStart[first + last] + (q.end[last] - q.start[last]);
        return new Span(start, end);
    }

    /**
     * The ranks in {@code order} of the words that start with {@code s[start, end)} (or, when
     * {@code reversed}, end with it): {@code {from, to}}, empty when none.
     */
    private int[] range(int[] order, boolean reversed, char[] s, int start, int end) {
        int lo = 0;
        int hi = order.length;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (compareAffix(order[mid], reversed, s, start, end) < 0) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        int from = lo;
        hi = order.length;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (compareAffix(order[mid], reversed, s, start, end) == 0) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return new int[] {from, lo};
    }

    /** Compares word {@code id} with the affix: 0 when the word starts (or, reversed, ends) with it. */
    private int compareAffix(int id, boolean reversed, char[] s, int start, int end) {
        String word = words[id];
        int length = end - start;
        int n = Math.min(length, word.length());
        for (int i = 0; i < n; i++) {
            char w = reversed ? word.charAt(word.length() - 1 - i) : word.charAt(i);
            char a = reversed ? s[end - 1 - i] : s[start + i];
            steps++;
            if (w != a) {
                return Character.compare(w, a);
            }
        }
        return word.length() >= length ? 0 : -1;
    }

    /** Sorts the vocabulary both ways, on the first lookup that needs it. */
    private synchronized void sortWords() {
        if (words != null) {
            return;
        }
        int v = table.size();
        words = new String[v];
        for (int id = 0; id < v; id++) {
            words[id] = table.word(id);
        }
        String[] reversedWords = new String[v];
        for (int id = 0; id < v; id++) {
            reversedWords[id] = new StringBuilder(words[id]).reverse().toString();
        }
        byText = sortedIds(words);
        byReversedText = sortedIds(reversedWords);
        placesBeforeText = placesBefore(byText);
        placesBeforeReversed = placesBefore(byReversedText);
        long letters = 0;
        for (String w : words) {
            letters += w.length();
        }
        buildSteps += 2 * letters * (1 + (long) (Math.log(v + 1) / Math.log(2)));
    }

    private static int[] sortedIds(String[] keys) {
        return java.util.stream.IntStream.range(0, keys.length).boxed()
                .sorted(java.util.Comparator.comparing(id -> keys[id])).mapToInt(Integer::intValue).toArray();
    }

    private int[] placesBefore(int[] order) {
        int[] before = new int[order.length + 1];
        for (int r = 0; r < order.length; r++) {
            before[r + 1] = before[r] + firstPlace[order[r] + 1] - firstPlace[order[r]];
        }
        return before;
    }

    /** The index of the longest inner word not yet in {@code tried[0 .. t)}. */
    private static int longestInnerWord(Tokens q, int[] tried, int t) {
        int best = -1;
        int bestLength = -1;
        for (int j = 0; j < q.count - 2; j++) {
            int length = q.end[j + 1] - q.start[j + 1];
            if (length > bestLength && !contains(tried, t, j)) {
                best = j;
                bestLength = length;
            }
        }
        return best;
    }

    private static boolean contains(int[] values, int count, int value) {
        for (int i = 0; i < count; i++) {
            if (values[i] == value) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether the quote's words stand at source words {@code first …}: the first word ends with the
     * quote's first, the inner ones are equal, the last starts with the quote's last.
     */
    private boolean matchesAt(int first, char[] quote, Tokens q) {
        int last = q.count - 1;
        for (int j = 1; j < last; j++) {
            int w = first + j;
            int length = q.end[j] - q.start[j];
            steps += length + 1;
            if (wordEnd[w] - wordStart[w] != length || !same(chars, wordStart[w], quote, q.start[j], length)) {
                return false;
            }
        }
        int headLength = q.end[0] - q.start[0];
        steps += headLength;
        if (headLength > wordEnd[first] - wordStart[first]
                || !same(chars, wordEnd[first] - headLength, quote, q.start[0], headLength)) {
            return false;
        }
        int tailLength = q.end[last] - q.start[last];
        int tailWord = first + last;
        steps += tailLength;
        return tailLength <= wordEnd[tailWord] - wordStart[tailWord]
                && same(chars, wordStart[tailWord], quote, q.start[last], tailLength);
    }

    /** Whether {@code a[aFrom, aFrom + length)} and {@code b[bFrom, bFrom + length)} hold the same characters. */
    private static boolean same(char[] a, int aFrom, char[] b, int bFrom, int length) {
        return java.util.Arrays.equals(a, aFrom, aFrom + length, b, bFrom, bFrom + length);
    }

    /**
     * {@link #isSpace}, small enough for the quick compiler to inline into the loops over every
     * character: most characters are ASCII and need one comparison or two.
     */
    static boolean space(char c) {
        return c <= ' ' ? c == ' ' || c >= '\t' && c <= '\r' : c >= '\u00a0' && isSpace(c);
    }

    /**
     * Whitespace for quotes: ASCII whitespace as regular expressions' {@code \s}, and the Unicode
     * space, line and paragraph separators (general categories Zs, Zl, Zp: U+00A0, U+1680,
     * U+2000–U+200A, U+2028, U+2029, U+202F, U+205F, U+3000), listed rather than looked up: this
     * runs for every character of every source.
     */
    static boolean isSpace(char c) {
        if (c < 0x80) {
            return c == ' ' || (c >= '\t' && c <= '\r');
        }
        return c == '\u00a0' || (c >= '\u2000' && (c <= '\u200a' || c == '\u2028' || c == '\u2029' || c == '\u202f'
                || c == '\u205f' || c == '\u3000')) || c == '\u1680';
    }

    /** A quote cut into its words (offsets into the quote). */
    private static final class Tokens {
        /** Quotes up to this many characters are read into a buffer each thread keeps. */
        private static final int KEPT = 4096;
        /**
         * A new array for each of the 150,000 quotes of 100,000 events was a sixth of looking them
         * up: the lookups of one quote are done before the next quote is read on the same thread.
         */
        private static final ThreadLocal<char[]> BUFFER = ThreadLocal.withInitial(() -> new char[KEPT]);

        /** The quote's characters, from 0 to its length: a thread's buffer, longer than the quote. */
        final char[] chars;
        final int length;
        final int[] start;
        final int[] end;
        final int count;

        Tokens(String quote) {
            int n = quote.length();
            char[] q = n <= KEPT ? BUFFER.get() : new char[n];
            quote.getChars(0, n, q, 0);
            // Grown as words come (one pass): arrays for the most words a quote's length allows were
            // most of what the lookups of 100,000 events allocated.
            int[] s = new int[Math.min(n / 2 + 1, 64)];
            int[] e = new int[s.length];
            int c = 0;
            int i = 0;
            while (true) {
                while (i < n && space(q[i])) {
                    i++;
                }
                if (i == n) {
                    break;
                }
                if (c == s.length) {
                    s = java.util.Arrays.copyOf(s, c * 2);
                    e = java.util.Arrays.copyOf(e, c * 2);
                }
                s[c] = i;
                while (i < n && !space(q[i])) {
                    i++;
                }
                e[c++] = i;
            }
            chars = q;
            length = n;
            start = s;
            end = e;
            count = c;
        }

        /** The words joined by single spaces. */
        String normalised() {
            StringBuilder sb = new StringBuilder(end[count - 1] - start[0]);
            for (int j = 0; j < count; j++) {
                if (j > 0) {
                    sb.append(' ');
                }
                sb.append(chars, start[j], end[j] - start[j]);
            }
            return sb.toString();
        }
    }

    /** Words of one text by content, without a String per word: open addressing over offsets into the text. */
    private static final class WordTable {
        private final char[] text;
        /** A random odd multiplier per table: a text crafted so that many words collide cannot be made in advance. */
        final int multiplier = java.util.concurrent.ThreadLocalRandom.current().nextInt() | 1;
        private int[] slots; // id + 1, or 0 for empty
        private int[] idStart = new int[64];
        private int[] idEnd = new int[64];
        private int[] idHash = new int[64];
        private int size;

        WordTable(char[] text, int expected) {
            this.text = text;
            slots = new int[Integer.highestOneBit(Math.max(16, expected * 2)) * 2];
        }

        int size() {
            return size;
        }

        String word(int id) {
            return new String(text, idStart[id], idEnd[id] - idStart[id]);
        }

        /** The id of text[start, end), whose {@link #hash} is {@code hash}, added when new. */
        int intern(int start, int end, int hash) {
            int mask = slots.length - 1;
            for (int s = hash & mask; ; s = (s + 1) & mask) {
                int id = slots[s] - 1;
                if (id < 0) {
                    return add(s, start, end, hash);
                }
                if (idHash[id] == hash && same(id, text, start, end)) {
                    return id;
                }
            }
        }

        /** The id of {@code s[start, end)}, or -1 when the text has no such word. */
        int find(char[] s, int start, int end) {
            int hash = hash(multiplier, s, start, end);
            int mask = slots.length - 1;
            for (int k = hash & mask; ; k = (k + 1) & mask) {
                int id = slots[k] - 1;
                if (id < 0) {
                    return -1;
                }
                if (idHash[id] == hash && same(id, s, start, end)) {
                    return id;
                }
            }
        }

        private boolean same(int id, char[] s, int start, int end) {
            int length = end - start;
            return idEnd[id] - idStart[id] == length && QuoteLocator.same(text, idStart[id], s, start, length);
        }

        private int add(int slot, int start, int end, int hash) {
            if (size == idStart.length) {
                idStart = java.util.Arrays.copyOf(idStart, size * 2);
                idEnd = java.util.Arrays.copyOf(idEnd, size * 2);
                idHash = java.util.Arrays.copyOf(idHash, size * 2);
            }
            idStart[size] = start;
            idEnd[size] = end;
            idHash[size] = hash;
            slots[slot] = ++size;
            if (size * 2 > slots.length) {
                rehash();
            }
            return size - 1;
        }

        private void rehash() {
            int[] bigger = new int[slots.length * 2];
            int mask = bigger.length - 1;
            for (int id = 0; id < size; id++) {
                int s = idHash[id] & mask;
                while (bigger[s] != 0) {
                    s = (s + 1) & mask;
                }
                bigger[s] = id + 1;
            }
            slots = bigger;
        }

        private static int hash(int multiplier, char[] s, int start, int end) {
            int h = 0;
            for (int i = start; i < end; i++) {
                h = multiplier * h + s[i];
            }
            return spread(h, end - start);
        }

        /** The hash of a word from its characters' polynomial {@code h}: open addressing wants low bits that vary. */
        static int spread(int h, int length) {
            h += length * 0x9e3779b9;
            h ^= h >>> 16;
            h *= 0x85ebca6b;
            return h ^ (h >>> 13);
        }
    }
}
