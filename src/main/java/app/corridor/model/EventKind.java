package app.corridor.model;

/** The closed vocabulary of what an event is. */
public enum EventKind implements Coded {
    STATE_VISIT("state-visit", "State visit", "State visits"),
    OFFICIAL_VISIT("official-visit", "Official visit", "Official visits"),
    MEETING("meeting", "Talks / meeting", "Talks & meetings"),
    PARTY_CONFERENCE("party-conference", "Party-to-party conference", "Party conferences"),
    PARTY_PLENUM("party-plenum", "Party plenum / congress", "Plenums & congresses"),
    SUMMIT("summit", "Summit / multilateral meeting", "Multilateral summits"),
    CALL("call", "Call", "Calls"),
    LETTER("letter", "Letter / message", "Letters & messages"),
    SPEECH("speech", "Speech / publication", "Speeches & writings"),
    ELECTION("election", "Election", "Elections"),
    DIPLOMATIC_MILESTONE("diplomatic-milestone", "Diplomatic milestone", "Diplomatic milestones"),
    ANNIVERSARY("anniversary", "Anniversary", "Anniversaries"),
    PROJECT_MILESTONE("project-milestone", "Project milestone", "Project milestones");

    private final String code;
    private final String label;
    private final String pluralLabel;

    EventKind(String code, String label, String pluralLabel) {
        this.code = code;
        this.label = label;
        this.pluralLabel = pluralLabel;
    }

    @Override
    public String code() {
        return code;
    }

    /** Singular, for one event: "State visit". */
    public String label() {
        return label;
    }

    /** Plural and short enough for a lane name: "State visits". */
    public String pluralLabel() {
        return pluralLabel;
    }
}
