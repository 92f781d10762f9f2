package app.corridor.ui.edit;

import app.corridor.curate.EditRefusedException;
import app.corridor.curate.EditSession;
import app.corridor.curate.QuoteAttachment;
import app.corridor.dataset.Dto.QuoteDto;
import java.util.HashMap;
import java.util.Map;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/**
 * A quote typed or pasted by hand, checked as it is typed: located in its source as the validator
 * locates quotes, and where it is not found, where it stops matching (in the typed text and in the
 * source). Also checks the quotes an event already has, which may have been typed into the file.
 */
public final class TypedQuoteModel {

    /**
     * What the check found.
     *
     * @param typed   what was checked
     * @param located the source's span and characters when found, else null
     * @param stopsAt where in {@code typed} it stops matching (-1 when found or nothing matches)
     * @param message what to tell the curator (null when found exactly)
     */
    public record Check(String typed, QuoteAttachment.Selection located, int stopsAt, String message) {
        public boolean found() {
            return located != null;
        }
    }

    private final CuratorModel curator;
    private final ObjectProperty<String> source = new SimpleObjectProperty<>(this, "source");
    private final StringProperty text = new SimpleStringProperty(this, "text", "");
    private final ReadOnlyObjectWrapper<Check> check = new ReadOnlyObjectWrapper<>(this, "check");
    private final Map<String, QuoteAttachment> sources = new HashMap<>();

    public TypedQuoteModel(CuratorModel curator) {
        this.curator = curator;
        source.addListener(o -> recheck());
        text.addListener(o -> recheck());
        curator.sessionProperty().addListener(o -> sources.clear());
    }

    private void recheck() {
        check.set(source.get() == null || text.get().isBlank() ? null : check(new QuoteDto(source.get(), text.get())));
    }

    /** Where {@code quote} stands in its source, or where it stops matching. */
    public Check check(QuoteDto quote) {
        EditSession session = curator.getSession();
        if (session == null || quote.source() == null || quote.text() == null) {
            return new Check(quote.text(), null, -1, null);
        }
        QuoteAttachment in = sources.get(quote.source());
        if (in == null) {
            try {
                in = session.quotesFrom(quote.source());
            } catch (EditRefusedException e) {
                return new Check(quote.text(), null, -1, e.getMessage(curator.words()));
            }
            sources.put(quote.source(), in);
        }
        QuoteAttachment.Typed t = in.locate(quote.text());
        return new Check(quote.text(), t.found(), t.typedStopsAt(), t.message());
    }

    /** The source the typed quote is from (its id). */
    public ObjectProperty<String> sourceProperty() {
        return source;
    }

    /** The words typed or pasted. */
    public StringProperty textProperty() {
        return text;
    }

    /** The check of what is typed; null while no source is chosen or nothing typed. */
    public ReadOnlyObjectProperty<Check> checkProperty() {
        return check.getReadOnlyProperty();
    }

    /** The quote to attach: the source's own characters where spaces differed; null unless found. */
    public QuoteDto quote() {
        Check c = check.get();
        return c == null || !c.found() ? null : c.located().toDto();
    }
}
