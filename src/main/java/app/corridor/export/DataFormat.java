package app.corridor.export;

import app.corridor.i18n.Messages;
import app.corridor.model.Coded;
import java.util.Locale;
import java.util.Optional;

/** The forms the filtered data itself exports to. */
public enum DataFormat implements Coded {
    /** One row per event, for spreadsheets: UTF-8 with a byte-order mark, every field quoted, CRLF. */
    CSV("csv", ".csv"),
    /** A dataset folder in Corridor's own format: events.json and the source files it quotes. */
    JSON("json", ""),
    /** The sources quoted, as CSL-JSON for Zotero, Pandoc and citation processors. */
    CSL_JSON("csl-json", ".csl.json"),
    /** The sources quoted, as BibTeX for LaTeX. */
    BIBTEX("bibtex", ".bib");

    private final String code;
    private final String suffix;

    DataFormat(String code, String suffix) {
        this.code = code;
        this.suffix = suffix;
    }

    /** The name on the command line: csv, json, csl-json, bibtex. */
    @Override
    public String code() {
        return code;
    }

    /** What a menu or dialog calls it, in English: "CSV (spreadsheet)". */
    public String label() {
        return label(Messages.english());
    }

    /** What a menu or dialog calls it in {@code words}' language. */
    public String label(Messages words) {
        return words.get("data.format." + code);
    }

    /** What the default name ends in: ".csv", ".csl.json", ".bib"; "" for the dataset folder. */
    public String suffix() {
        return suffix;
    }

    /** True when the export is a folder rather than a file. */
    public boolean isFolder() {
        return this == JSON;
    }

    /** The format a command-line value names, if any. */
    public static Optional<DataFormat> ofCode(String code) {
        return Coded.fromCode(DataFormat.class, code.strip().toLowerCase(Locale.ROOT));
    }

    /** The file format a name clearly implies (.csv, .csl.json, .bib), if any; plain .json is ambiguous. */
    public static Optional<DataFormat> ofFileName(String name) {
        String n = name.toLowerCase(Locale.ROOT);
        if (n.endsWith(".csv")) {
            return Optional.of(CSV);
        }
        if (n.endsWith(".csl.json")) {
            return Optional.of(CSL_JSON);
        }
        return n.endsWith(".bib") ? Optional.of(BIBTEX) : Optional.empty();
    }
}
