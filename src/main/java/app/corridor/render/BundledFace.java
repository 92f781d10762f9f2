package app.corridor.render;

import java.lang.Character.UnicodeScript;

/**
 * The faces bundled for exports, and which of them draws which characters: DejaVu Sans for Latin
 * (and whatever else it has), Noto Sans CJK SC (a GB2312 subset) for Chinese, Corridor Naskh (Noto
 * Naskh Arabic with Noto Sans' Latin and punctuation) for Urdu. Exports embed them, so Chinese and Urdu print on a machine without those fonts.
 */
public enum BundledFace {
    LATIN("DejaVuSans.ttf", "DejaVu Sans"),
    LATIN_BOLD("DejaVuSans-Bold.ttf", "DejaVu Sans"),
    CJK("NotoSansCJKsc-Regular-GB2312.ttf", "Noto Sans CJK SC"),
    ARABIC("CorridorNaskh-Regular.ttf", "Corridor Naskh");

    private static final String DIR = "/app/corridor/render/fonts/";

    private final String file;
    private final String family;

    BundledFace(String file, String family) {
        this.file = file;
        this.family = family;
    }

    /** The class-path resource of the face. */
    public String resource() {
        return DIR + file;
    }

    /** The family name the face declares. */
    public String family() {
        return family;
    }

    /**
     * The face a character asks for by its script: Arabic letters (and Urdu's punctuation) Naskh,
     * Han and CJK punctuation the CJK face, everything else Latin. Marks and neutrals (spaces,
     * digits, punctuation) return null: they stay with the face of the text around them.
     */
    static BundledFace forScript(int codePoint) {
        UnicodeScript script = UnicodeScript.of(codePoint);
        return switch (script) {
            case ARABIC -> ARABIC;
            case HAN, HIRAGANA, KATAKANA, BOPOMOFO -> CJK;
            case COMMON, INHERITED -> isCjkPunctuation(codePoint) ? CJK : null;
            default -> LATIN;
        };
    }

    private static boolean isCjkPunctuation(int cp) {
        return cp >= 0x3000 && cp <= 0x303f || cp >= 0xff00 && cp <= 0xffef;
    }
}
