package app.corridor.ui.edit;

import app.corridor.curate.DateReading;
import app.corridor.i18n.DateWords;
import app.corridor.i18n.Messages;
import app.corridor.model.EventDate;
import app.corridor.model.PartialDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A date field's live preview in the reader's words: the date at its precision, what is known, and
 * how the timeline will draw it ("4–8 June 2024 · known to the day · drawn as a bar from its first
 * to its last day"), with how an all-number date was read; or why the text is refused.
 */
public final class DatePreview {

    private final Messages words;

    public DatePreview(Messages words) {
        this.words = words;
    }

    /** The preview of {@code reading}; "" for an empty field. */
    public String of(DateReading reading) {
        if (reading.input().isBlank()) {
            return "";
        }
        if (!reading.isUnderstood()) {
            return reading.refusal();
        }
        EventDate date = reading.date();
        List<String> parts = new ArrayList<>();
        parts.add(DateWords.of(words.language()).label(date));
        parts.add(words.get("edit.date.precision." + reading.precision().name().toLowerCase(Locale.ROOT)));
        parts.add(words.get("edit.date.shape." + reading.shape().name().toLowerCase(Locale.ROOT)));
        if (approximate(date.start()) || approximate(date.end())) {
            parts.add(words.get("edit.date.approximate"));
        }
        if (date.start().uncertain() || date.end().uncertain()) {
            parts.add(words.get("edit.date.uncertain"));
        }
        String preview = String.join(words.get("edit.separator"), parts);
        return reading.interpretation() == null ? preview
                : words.get("edit.date.interpretation", preview, reading.interpretation());
    }

    private static boolean approximate(PartialDate d) {
        return d.approximate();
    }
}
