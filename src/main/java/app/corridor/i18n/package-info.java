/**
 * Corridor in English, Chinese and Urdu: the {@link app.corridor.i18n.Language languages}, their
 * {@link app.corridor.i18n.Messages words} (ICU MessageFormat over UTF-8 resource bundles, with
 * plural forms), dates, axis words and vocabularies from CLDR, and actors' names in the reader's
 * script. It knows nothing of JavaFX: the exports and the command line speak through it as the
 * window does.
 */
package app.corridor.i18n;
