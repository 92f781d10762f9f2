package app.corridor.model;

/** How much of a date is known. Ordered from finest to coarsest, so a finer date sorts first on ties. */
public enum Precision {
    DAY, MONTH, YEAR
}
