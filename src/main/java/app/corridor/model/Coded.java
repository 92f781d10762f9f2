package app.corridor.model;

import java.util.Arrays;
import java.util.Optional;
import java.util.stream.Collectors;

/** A closed vocabulary whose members are written in the dataset as a short code ("state-visit"). */
public interface Coded {

    /** The code used in {@code events.json} and in the store. */
    String code();

    /** The member of {@code type} written as {@code code}, if any. */
    static <E extends Enum<E> & Coded> Optional<E> fromCode(Class<E> type, String code) {
        return Optional.ofNullable(CodeTable.lookup(type, code));
    }

    /** Every code of {@code type}, comma-separated: for messages that say what is allowed. */
    static <E extends Enum<E> & Coded> String allCodes(Class<E> type) {
        return Arrays.stream(type.getEnumConstants()).map(Coded::code).collect(Collectors.joining(", "));
    }

    /** Like {@link #fromCode} for data already validated: an unknown code is a bug. */
    static <E extends Enum<E> & Coded> E require(Class<E> type, String code) {
        return fromCode(type, code).orElseThrow(() -> new IllegalArgumentException(
                "unknown " + type.getSimpleName() + " code '" + code + "'"));
    }
}
