package app.corridor.layout;

/** How events are grouped into horizontal lanes. */
public enum LaneMode {
    /** One lane per event kind (the default). */
    KIND("Kind"),
    /**
     * One lane per side: China only, Pakistan only, both (bilateral), with other countries
     * (multilateral), or no actor recorded. Each event appears once.
     */
    COUNTRY("Country"),
    /** One lane per actor; an event with several actors appears in each of their lanes. */
    ACTOR("Actor");

    private final String label;

    LaneMode(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
