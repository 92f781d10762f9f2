package app.corridor.model;

import java.util.AbstractMap;
import java.util.AbstractSet;
import java.util.Collections;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * The full texts of a dataset's sources, kept as UTF-8: an immutable map from source id to text
 * that decodes a text each time it is asked for. The app holds every source text to show a quote's
 * place and the source itself, yet reads one at a time. Most sources hold a character beyond
 * Latin-1 (a dash, a curly quote, a name in Urdu), which makes a Java string two bytes a character:
 * the 2,500 sources of 100,000 generated events take 28 MB as strings and 17 MB as UTF-8. The store
 * hands over its UTF-8 as it is ({@link #ofUtf8}); decoding a page of text takes microseconds.
 * Each text is a {@link SourceText}, which the dataset's quotes are spans of ({@link #source}).
 */
public final class SourceTexts extends AbstractMap<String, String> {

    private final Map<String, SourceText> texts;

    private SourceTexts(Map<String, SourceText> texts) {
        this.texts = texts;
    }

    /** {@code texts} kept as UTF-8 (itself, when it already is); null ids and texts are refused. */
    public static SourceTexts of(Map<String, String> texts) {
        if (texts instanceof SourceTexts same) {
            return same;
        }
        Map<String, SourceText> encoded = new LinkedHashMap<>();
        texts.forEach((id, text) -> encoded.put(Objects.requireNonNull(id, "source id"),
                SourceText.of(Objects.requireNonNull(text, "source text"))));
        return new SourceTexts(encoded);
    }

    /**
     * Texts given as UTF-8 bytes (as the store holds them), kept without copying: the caller hands
     * the arrays over. Bytes that are not UTF-8 read back with replacement characters.
     */
    public static SourceTexts ofUtf8(Map<String, byte[]> texts) {
        Map<String, SourceText> kept = new LinkedHashMap<>();
        texts.forEach((id, bytes) -> kept.put(Objects.requireNonNull(id, "source id"), SourceText.ofUtf8(bytes)));
        return new SourceTexts(kept);
    }

    /**
     * Texts decoded from the UTF-8 given beside them (each array handed over, as by {@link #ofUtf8}):
     * a loader has both, and the texts' lengths are then known without walking their bytes.
     */
    public static SourceTexts ofDecoded(Map<String, String> texts, Map<String, byte[]> utf8) {
        Map<String, SourceText> kept = new LinkedHashMap<>();
        utf8.forEach((id, bytes) -> kept.put(Objects.requireNonNull(id, "source id"),
                SourceText.of(Objects.requireNonNull(texts.get(id), "source text"), bytes)));
        return new SourceTexts(kept);
    }

    /** The text of source {@code id} as kept, for quotes to be spans of; null when there is none. */
    public SourceText source(String id) {
        return texts.get(id);
    }

    @Override
    public String get(Object id) {
        SourceText text = texts.get(id);
        return text == null ? null : text.text();
    }

    @Override
    public boolean containsKey(Object id) {
        return texts.containsKey(id);
    }

    @Override
    public int size() {
        return texts.size();
    }

    @Override
    public Set<String> keySet() {
        return Collections.unmodifiableSet(texts.keySet());
    }

    /** As maps are equal, without decoding texts that hold the same bytes (see {@link SourceText#sameTextAs}). */
    @Override
    public boolean equals(Object o) {
        if (o == this) {
            return true;
        }
        if (!(o instanceof SourceTexts other)) {
            return super.equals(o);
        }
        if (!texts.keySet().equals(other.texts.keySet())) {
            return false;
        }
        for (Entry<String, SourceText> e : texts.entrySet()) {
            SourceText mine = e.getValue();
            SourceText theirs = other.texts.get(e.getKey());
            if (!mine.sameTextAs(theirs) && !mine.text().equals(theirs.text())) {
                return false;
            }
        }
        return true;
    }

    @Override
    public int hashCode() {
        return super.hashCode();
    }

    @Override
    public Set<Entry<String, String>> entrySet() {
        return new AbstractSet<>() {
            @Override
            public Iterator<Entry<String, String>> iterator() {
                Iterator<Entry<String, SourceText>> each = texts.entrySet().iterator();
                return new Iterator<>() {
                    @Override
                    public boolean hasNext() {
                        return each.hasNext();
                    }

                    @Override
                    public Entry<String, String> next() {
                        Entry<String, SourceText> e = each.next();
                        return new SimpleImmutableEntry<>(e.getKey(), e.getValue().text());
                    }
                };
            }

            @Override
            public int size() {
                return texts.size();
            }
        };
    }
}
