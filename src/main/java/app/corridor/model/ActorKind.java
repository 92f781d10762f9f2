package app.corridor.model;

/** Whether an actor is a person or an organisation. */
public enum ActorKind implements Coded {
    PERSON("person"),
    ORGANISATION("organisation");

    private final String code;

    ActorKind(String code) {
        this.code = code;
    }

    @Override
    public String code() {
        return code;
    }
}
