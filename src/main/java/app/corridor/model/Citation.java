package app.corridor.model;

/**
 * A quote with its full reference, as a researcher pastes it into notes or a paper:
 * <pre>
 * “The quoted words.”
 * — Song Tao, Minister of the IDCPC, “Political parties striving for excellence in CPEC
 *   cooperation”, Daily Mail (Pakistan), 2020. Characters 512–700 of the source text.
 *   Cited for: Second JCM conference (20 August 2020).
 * </pre>
 */
public final class Citation {

    private Citation() {
    }

    public static String of(Event event, Quote quote, Source source) {
        StringBuilder sb = new StringBuilder();
        sb.append('\u201c').append(quote.text().strip()).append("\u201d\n\u2014 ");
        if (source.author() != null) {
            sb.append(source.author());
            if (source.authorRole() != null) {
                sb.append(", ").append(source.authorRole());
            }
            sb.append(", ");
        }
        sb.append('\u201c').append(source.title()).append('\u201d');
        if (source.outlet() != null) {
            sb.append(", ").append(source.outlet());
        }
        if (source.published() != null) {
            sb.append(", ").append(source.published().label());
        }
        sb.append('.');
        if (source.url() != null) {
            sb.append(' ').append(source.url());
        }
        sb.append(" Characters ").append(quote.start()).append('\u2013').append(quote.end())
                .append(" of the source text.");
        sb.append("\n  Cited for: ").append(event.title()).append(" (").append(event.date().label()).append(").");
        return sb.toString();
    }
}
