package app.corridor.model;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.AbstractMap;
import java.util.AbstractSet;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.zip.DataFormatException;
import java.util.zip.Deflater;
import java.util.zip.Inflater;

/**
 * The full texts of a dataset's sources, kept compressed: an immutable map from source id to text
 * that inflates a text each time it is asked for. The app holds every source text to show a
 * quote's place and the source itself, yet reads one at a time; 2,500 sources of 100,000 events
 * take 28 MB as strings (most hold a character beyond Latin-1, so two bytes each) and about 6 MB
 * deflated. Inflating a page of text takes microseconds, a whole 8 MB source some milliseconds.
 */
public final class SourceTexts extends AbstractMap<String, String> {

    private final Map<String, byte[]> deflated;

    private SourceTexts(Map<String, byte[]> deflated) {
        this.deflated = deflated;
    }

    /** {@code texts} kept compressed (itself, when it already is); null texts are not allowed. */
    public static SourceTexts of(Map<String, String> texts) {
        if (texts instanceof SourceTexts same) {
            return same;
        }
        Map<String, byte[]> deflated = new LinkedHashMap<>();
        Deflater deflater = new Deflater(Deflater.BEST_SPEED);
        try {
            texts.forEach((id, text) -> deflated.put(Objects.requireNonNull(id, "source id"),
                    deflate(deflater, Objects.requireNonNull(text, "source text").getBytes(StandardCharsets.UTF_8))));
        } finally {
            deflater.end();
        }
        return new SourceTexts(deflated);
    }

    private static byte[] deflate(Deflater deflater, byte[] utf8) {
        deflater.reset();
        deflater.setInput(utf8);
        deflater.finish();
        ByteArrayOutputStream out = new ByteArrayOutputStream(utf8.length / 3 + 16);
        byte[] buffer = new byte[8192];
        while (!deflater.finished()) {
            out.write(buffer, 0, deflater.deflate(buffer));
        }
        return out.toByteArray();
    }

    private static String inflate(byte[] compressed) {
        Inflater inflater = new Inflater();
        try {
            inflater.setInput(compressed);
            ByteArrayOutputStream out = new ByteArrayOutputStream(compressed.length * 4);
            byte[] buffer = new byte[8192];
            while (!inflater.finished()) {
                int n = inflater.inflate(buffer);
                if (n == 0 && !inflater.finished() && (inflater.needsInput() || inflater.needsDictionary())) {
                    throw new IllegalStateException("a source text was kept incomplete");
                }
                out.write(buffer, 0, n);
            }
            return out.toString(StandardCharsets.UTF_8);
        } catch (DataFormatException e) {
            throw new IllegalStateException("a source text was kept damaged", e);
        } finally {
            inflater.end();
        }
    }

    @Override
    public String get(Object id) {
        byte[] compressed = deflated.get(id);
        return compressed == null ? null : inflate(compressed);
    }

    @Override
    public boolean containsKey(Object id) {
        return deflated.containsKey(id);
    }

    @Override
    public int size() {
        return deflated.size();
    }

    @Override
    public Set<String> keySet() {
        return java.util.Collections.unmodifiableSet(deflated.keySet());
    }

    @Override
    public Set<Entry<String, String>> entrySet() {
        return new AbstractSet<>() {
            @Override
            public Iterator<Entry<String, String>> iterator() {
                Iterator<Entry<String, byte[]>> each = deflated.entrySet().iterator();
                return new Iterator<>() {
                    @Override
                    public boolean hasNext() {
                        return each.hasNext();
                    }

                    @Override
                    public Entry<String, String> next() {
                        Entry<String, byte[]> e = each.next();
                        return new SimpleImmutableEntry<>(e.getKey(), inflate(e.getValue()));
                    }
                };
            }

            @Override
            public int size() {
                return deflated.size();
            }
        };
    }
}
