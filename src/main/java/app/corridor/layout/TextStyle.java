package app.corridor.layout;

/** The roles text plays on a timeline; a theme gives each a font, a measure gives its widths. */
public enum TextStyle {
    /** An event's title beside its marker. */
    LABEL,
    /** The lower axis row: months, days, years. */
    AXIS_MINOR,
    /** The upper axis row: the enclosing year, decade or month. */
    AXIS_MAJOR,
    /** Lane names in the gutter. */
    LANE,
    /** The count on a cluster. */
    CLUSTER,
    /** Titles, legends and notes on exported images. */
    HEADING
}
