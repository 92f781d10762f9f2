package app.corridor.dataset;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a DTO text field whose values many objects share (a reference to an actor or a source, a
 * code): the reader keeps one string per distinct value instead of one per occurrence. At 100,000
 * events that is over 600,000 strings, most of them copies, held until the events are checked.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.RECORD_COMPONENT)
public @interface SharedValue {
}
