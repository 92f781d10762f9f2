package app.corridor.curate;

import app.corridor.dataset.Dto.DatasetDto;

/**
 * The field of the document a problem is about, so the problems panel can jump to it: the entry
 * (by section and id) and the path inside it.
 *
 * @param section which part of the dataset
 * @param id      the entry's id, or null for the dataset itself or an entry without one
 * @param index   the entry's place in its section (canonical order), or -1 for the dataset itself
 * @param path    the field inside the entry, as a JSON path: {@code date}, {@code quotes/0/text},
 *                or "" for the whole entry
 */
public record FieldRef(Section section, String id, int index, String path) {

    /** The parts of a dataset. */
    public enum Section {
        DATASET, SOURCE, ACTOR, EVENT
    }

    /** Where {@code pointer} (a JSON Pointer into the canonical file of {@code document}) leads. */
    public static FieldRef of(String pointer, DatasetDto document) {
        String[] parts = pointer.isEmpty() ? new String[0] : pointer.substring(1).split("/", 3);
        if (parts.length < 2 || !parts[1].matches("\\d+")) {
            return new FieldRef(Section.DATASET, null, -1, parts.length == 0 ? "" : String.join("/", parts));
        }
        int index = Integer.parseInt(parts[1]);
        String path = parts.length == 3 ? parts[2] : "";
        return switch (parts[0]) {
            case "sources" -> new FieldRef(Section.SOURCE, idAt(document.sources(), index, s -> s.id()), index, path);
            case "actors" -> new FieldRef(Section.ACTOR, idAt(document.actors(), index, a -> a.id()), index, path);
            case "events" -> new FieldRef(Section.EVENT, idAt(document.events(), index, e -> e.id()), index, path);
            default -> new FieldRef(Section.DATASET, null, -1, pointer.substring(1));
        };
    }

    private static <T> String idAt(java.util.List<T> list, int index, java.util.function.Function<T, String> id) {
        return list != null && index < list.size() ? id.apply(list.get(index)) : null;
    }
}
