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
 * with {@code tk}. The lookup starts from the quote's rarest inner word, so it checks a handful of
 * places. Short quotes, and texts so repetitive that the checking would grow, fall back to one
 * Knuth–Morris–Pratt pass over the source with whitespace runs folded: linear in the source and the
 * quote whatever they hold, never a regular expression.
 */
public final class QuoteLocator {

    /** A located quote: {@code sourceText.substring(start, end)}. */
    public record Span(int start, int end) {
    }

    private final String text;
    /** Source offsets of each word's first character and one past its last. */
    private final int[] wordStart;
    private final int[] wordEnd;
    /** The id of each word; equal words have equal ids. */
    private final int[] wordId;
    /** For id {@code i}, the word indexes where it occurs are {@code places[firstPlace[i] .. firstPlace[i+1])}, ascending. */
    private final int[] firstPlace;
    private final int[] places;
    private final WordTable table;
    /** Characters compared and words checked, for tests that bound the work. */
    private long steps;

    private QuoteLocator(String text) {
        this.text = text;
        int n = text.length();
        int[] starts = new int[Math.max(16, n / 6)];
        int[] ends = new int[starts.length];
        int count = 0;
        int i = 0;
        while (i < n) {
            while (i < n && isSpace(text.charAt(i))) {
                i++;
            }
            if (i == n) {
                break;
            }
            int start = i;
            while (i < n && !isSpace(text.charAt(i))) {
                i++;
            }
            if (count == starts.length) {
                starts = java.util.Arrays.copyOf(starts, count * 2);
                ends = java.util.Arrays.copyOf(ends, count * 2);
            }
            starts[count] = start;
            ends[count++] = i;
        }
        wordStart = starts;
        wordEnd = ends;
        table = new WordTable(text, Math.max(16, count / 4));
        wordId = new int[count];
        for (int w = 0; w < count; w++) {
            wordId[w] = table.intern(starts[w], ends[w]);
        }
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
    }

    /** Indexes {@code sourceText} for lookups; O(length of the text). */
    public static QuoteLocator index(String sourceText) {
        return new QuoteLocator(sourceText);
    }

    /** Finds one quote in a text not worth indexing for more. */
    public static Optional<Span> locate(String sourceText, String quote) {
        return index(sourceText).locate(quote);
    }

    /**
     * The longest prefix of {@code quote}, at a word boundary, that the source does contain: tells
     * the editor where a quote stops matching. One pass over the source.
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
        if (q.count >= 3) {
            Span found = lookUp(quote, q);
            if (found != TOO_COSTLY) {
                return Optional.ofNullable(found);
            }
        }
        Scan scan = scan(q.normalised(quote), true);
        return Optional.ofNullable(scan.match);
    }

    /** See {@link #longestMatchingPrefix(String, String)}. */
    public String longestMatchingPrefix(String quote) {
        Tokens q = new Tokens(quote);
        if (q.count == 0) {
            return "";
        }
        String normalised = q.normalised(quote);
        int matched = scan(normalised, false).longest;
        if (matched == normalised.length()) {
            return normalised;
        }
        // Keep whole words: cut before the word the match stopped in (or at the space it stopped on).
        int cut = normalised.charAt(matched) == ' ' ? matched : normalised.lastIndexOf(' ', matched);
        return cut <= 0 ? "" : normalised.substring(0, cut);
    }

    /** Work done by lookups so far: characters and words compared. */
    long steps() {
        return steps;
    }

    /** What {@link #lookUp} returns (compared by identity) when finishing would cost more than a scan. */
    private static final Span TOO_COSTLY = new Span(-1, -1);

    /**
     * Lookup through the index, for quotes with at least one inner word: the first span, null when
     * the quote does not occur, or {@link #TOO_COSTLY}.
     */
    private Span lookUp(String quote, Tokens q) {
        int inner = q.count - 2;
        int[] ids = new int[inner];
        int anchor = 0;
        int anchorCount = Integer.MAX_VALUE;
        for (int j = 0; j < inner; j++) {
            steps += q.end[j + 1] - q.start[j + 1];
            int id = table.find(quote, q.start[j + 1], q.end[j + 1]);
            if (id < 0) {
                return null; // an inner word must occur whole in the source
            }
            ids[j] = id;
            int occurrences = firstPlace[id + 1] - firstPlace[id];
            if (occurrences < anchorCount) {
                anchor = j;
                anchorCount = occurrences;
            }
        }
        long budget = steps + 4L * wordId.length + 4L * quote.length() + 64;
        int last = q.count - 1;
        for (int k = firstPlace[ids[anchor]]; k < firstPlace[ids[anchor] + 1]; k++) {
            int first = places[k] - anchor - 1; // the word the quote's first token ends
            if (first < 0 || first + last >= wordId.length) {
                continue;
            }
            if (steps > budget) {
                return TOO_COSTLY;
            }
            if (matchesAt(first, quote, q, ids)) {
                int start = wordEnd[first] - (q.end[0] - q.start[0]);
                int end = wordStart[first + last] + (q.end[last] - q.start[last]);
                return new Span(start, end);
            }
        }
        return null;
    }

    private boolean matchesAt(int first, String quote, Tokens q, int[] ids) {
        for (int j = 0; j < ids.length; j++) {
            steps++;
            if (wordId[first + 1 + j] != ids[j]) {
                return false;
            }
        }
        int headLength = q.end[0] - q.start[0];
        int wordLength = wordEnd[first] - wordStart[first];
        steps += headLength;
        if (headLength > wordLength || !text.regionMatches(wordEnd[first] - headLength, quote, q.start[0], headLength)) {
            return false;
        }
        int last = q.count - 1;
        int tailLength = q.end[last] - q.start[last];
        int tailWord = first + last;
        steps += tailLength;
        return tailLength <= wordEnd[tailWord] - wordStart[tailWord]
                && text.regionMatches(wordStart[tailWord], quote, q.start[last], tailLength);
    }

    /** The result of a scan: the first match (when asked for), and the longest prefix of the pattern seen. */
    private record Scan(Span match, int longest) {
    }

    /**
     * Knuth–Morris–Pratt over the source with each whitespace run read as one space, for the
     * normalised quote {@code pattern}: at most two steps per source character plus the pattern's length.
     */
    private Scan scan(String pattern, boolean stopAtMatch) {
        int m = pattern.length();
        int[] fail = new int[m];
        for (int i = 1, k = 0; i < m; i++) {
            while (k > 0 && pattern.charAt(i) != pattern.charAt(k)) {
                k = fail[k - 1];
                steps++;
            }
            if (pattern.charAt(i) == pattern.charAt(k)) {
                k++;
            }
            fail[i] = k;
            steps++;
        }
        int[] offsets = new int[m]; // source offset of the last m folded characters, round robin
        int state = 0;
        int longest = 0;
        int emitted = 0;
        boolean inSpace = false;
        for (int i = 0, n = text.length(); i < n; i++) {
            char c = text.charAt(i);
            if (isSpace(c)) {
                if (inSpace) {
                    continue;
                }
                inSpace = true;
                c = ' ';
            } else {
                inSpace = false;
            }
            offsets[emitted++ % m] = i;
            while (state > 0 && pattern.charAt(state) != c) {
                state = fail[state - 1];
                steps++;
            }
            steps++;
            if (pattern.charAt(state) == c) {
                state++;
            }
            longest = Math.max(longest, state);
            if (state == m) {
                if (stopAtMatch) {
                    return new Scan(new Span(offsets[(emitted - m) % m], i + 1), m);
                }
                state = fail[m - 1];
            }
        }
        return new Scan(null, longest);
    }

    /** Whitespace for quotes: ASCII whitespace as regular expressions' {@code \s}, and every Unicode space separator. */
    static boolean isSpace(char c) {
        if (c < 0x80) {
            return c == ' ' || (c >= '\t' && c <= '\r');
        }
        int type = Character.getType(c);
        return type == Character.SPACE_SEPARATOR || type == Character.LINE_SEPARATOR
                || type == Character.PARAGRAPH_SEPARATOR;
    }

    /** A quote cut into its words (offsets into the quote). */
    private static final class Tokens {
        final int[] start;
        final int[] end;
        final int count;

        Tokens(String quote) {
            int n = quote.length();
            int[] s = new int[8];
            int[] e = new int[8];
            int c = 0;
            int i = 0;
            while (i < n) {
                while (i < n && isSpace(quote.charAt(i))) {
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
                while (i < n && !isSpace(quote.charAt(i))) {
                    i++;
                }
                e[c++] = i;
            }
            start = s;
            end = e;
            count = c;
        }

        /** The words joined by single spaces. */
        String normalised(String quote) {
            StringBuilder sb = new StringBuilder(end[count - 1] - start[0]);
            for (int j = 0; j < count; j++) {
                if (j > 0) {
                    sb.append(' ');
                }
                sb.append(quote, start[j], end[j]);
            }
            return sb.toString();
        }
    }

    /** Words of one text by content, without a String per word: open addressing over offsets into the text. */
    private static final class WordTable {
        private final String text;
        /** A random odd multiplier per table: a text crafted so that many words collide cannot be made in advance. */
        private final int multiplier = java.util.concurrent.ThreadLocalRandom.current().nextInt() | 1;
        private int[] slots; // id + 1, or 0 for empty
        private int[] idStart = new int[64];
        private int[] idEnd = new int[64];
        private int[] idHash = new int[64];
        private int size;

        WordTable(String text, int expected) {
            this.text = text;
            slots = new int[Integer.highestOneBit(Math.max(16, expected * 2)) * 2];
        }

        int size() {
            return size;
        }

        /** The id of text[start, end), added when new. */
        int intern(int start, int end) {
            int hash = hash(multiplier, text, start, end);
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
        int find(String s, int start, int end) {
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

        private boolean same(int id, String s, int start, int end) {
            int length = end - start;
            return idEnd[id] - idStart[id] == length && text.regionMatches(idStart[id], s, start, length);
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

        private static int hash(int multiplier, String s, int start, int end) {
            int h = end - start;
            for (int i = start; i < end; i++) {
                h = multiplier * h + s.charAt(i);
            }
            h ^= h >>> 16; // spread: open addressing wants low bits that vary
            h *= 0x85ebca6b;
            return h ^ (h >>> 13);
        }
    }
}
