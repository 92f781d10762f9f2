package app.corridor.layout;

/**
 * One horizontal band of the timeline.
 *
 * @param key   stable identity (a kind code, a country group, an actor id), for remembering state
 * @param label what the gutter says
 */
public record Lane(String key, String label, EventIndex events) {
}
