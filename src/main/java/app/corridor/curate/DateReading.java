package app.corridor.curate;

import app.corridor.layout.ItemShape;
import app.corridor.model.EventDate;
import app.corridor.model.Precision;
import java.util.Objects;

/**
 * What {@link DateInput} made of a date as typed: the EDTF to store and how it will be shown and
 * drawn, or why it was refused. A date field's live preview binds to this.
 *
 * @param input          the text as typed
 * @param date           the date understood, or null when refused
 * @param interpretation how an ambiguous form was read ("read as day/month/year: 25 cannot be a
 *                       month"), or null when there was nothing to choose
 * @param refusal        why the text is not a date Corridor can store, or null when understood
 */
public record DateReading(String input, EventDate date, String interpretation, String refusal) {

    public DateReading {
        Objects.requireNonNull(input, "input");
        if ((date == null) == (refusal == null)) {
            throw new IllegalArgumentException("a reading has a date or a refusal, not both");
        }
    }

    static DateReading understood(String input, EventDate date, String interpretation) {
        return new DateReading(input, date, interpretation, null);
    }

    static DateReading refused(String input, String reason) {
        return new DateReading(input, null, null, reason);
    }

    public boolean isUnderstood() {
        return date != null;
    }

    /** The EDTF to store ({@code 2024-06-04/2024-06-08}). */
    public String edtf() {
        return require().toEdtf();
    }

    /** What is known: day, month or year (the coarser end of an interval). */
    public Precision precision() {
        return require().precision();
    }

    /** The words the app shows for it ("4–8 June 2024", "c. 2013"), the model's own label. */
    public String words() {
        return require().label();
    }

    /** How the timeline will draw it: a marker, a bar or a span over the whole period. */
    public ItemShape shape() {
        return ItemShape.of(require());
    }

    private EventDate require() {
        if (date == null) {
            throw new IllegalStateException("refused: " + refusal);
        }
        return date;
    }
}
