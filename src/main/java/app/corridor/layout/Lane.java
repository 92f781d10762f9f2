package app.corridor.layout;

/**
 * One horizontal band of the timeline.
 *
 * @param key         stable identity (a kind code, a country group, an actor id), for remembering state
 * @param label       what the lane header says
 * @param nativeLabel the name in its own script (an actor's 习近平 or شہباز شریف), or null
 */
public record Lane(String key, String label, String nativeLabel, EventIndex events) {

    /** A lane whose name has no other script. */
    public Lane(String key, String label, EventIndex events) {
        this(key, label, null, events);
    }
}
