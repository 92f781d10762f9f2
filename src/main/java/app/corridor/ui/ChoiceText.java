package app.corridor.ui;

import java.util.function.Function;
import javafx.util.StringConverter;

/** Choice boxes and combo boxes that show their values in words, and are never typed into. */
public final class ChoiceText {

    private ChoiceText() {
    }

    /** A converter showing each value as {@code text} gives it ("" for none). */
    public static <T> StringConverter<T> of(Function<T, String> text) {
        return new StringConverter<>() {
            @Override
            public String toString(T value) {
                return value == null ? "" : text.apply(value);
            }

            @Override
            public T fromString(String string) {
                throw new UnsupportedOperationException("choices are chosen, not typed");
            }
        };
    }
}
