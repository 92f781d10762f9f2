package app.corridor.model;

import java.util.HashMap;
import java.util.Map;

/**
 * Each {@link Coded} enum's members by code, built once per type: reading a store or a dataset
 * looks up a code for every event, actor and participation.
 */
final class CodeTable {

    private static final ClassValue<Map<String, Object>> BY_CODE = new ClassValue<>() {
        @Override
        protected Map<String, Object> computeValue(Class<?> type) {
            Map<String, Object> members = new HashMap<>();
            for (Object member : type.getEnumConstants()) {
                members.putIfAbsent(((Coded) member).code(), member);
            }
            return Map.copyOf(members);
        }
    };

    private CodeTable() {
    }

    /** The member of the enum {@code type} written as {@code code}, or null. */
    static <E extends Enum<E> & Coded> E lookup(Class<E> type, String code) {
        return code == null ? null : type.cast(BY_CODE.get(type).get(code));
    }
}
