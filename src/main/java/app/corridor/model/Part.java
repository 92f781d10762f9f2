package app.corridor.model;

/** The part an actor plays in an event. */
public enum Part implements Coded {
    HOST("host", "Host"),
    GUEST("guest", "Guest"),
    PARTICIPANT("participant", "Participant"),
    AUTHOR("author", "Author");

    private final String code;
    private final String label;

    Part(String code, String label) {
        this.code = code;
        this.label = label;
    }

    @Override
    public String code() {
        return code;
    }

    public String label() {
        return label;
    }
}
