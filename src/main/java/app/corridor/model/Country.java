package app.corridor.model;

/** Which side an actor belongs to. */
public enum Country implements Coded {
    CN("CN", "China"),
    PK("PK", "Pakistan"),
    OTHER("other", "Other");

    private final String code;
    private final String label;

    Country(String code, String label) {
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
