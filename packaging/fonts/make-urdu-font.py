#!/usr/bin/python3
"""Makes the bundled Urdu font, "Corridor Naskh": Noto Naskh Arabic with the Latin letters, digits
and punctuation of Noto Sans and the arrows of Noto Sans Math added.

Why: Urdu text in the window mixes scripts ("CPEC", "Ctrl+F", English titles, "·", "–"), and
JavaFX 21 misplaces right-to-left text drawn from two faces (a fallback face for the characters
the first lacks): the dot of "37 واقعات · 23 فریق" lands beside the wrong number. One face that
has every character keeps the order right. Both fonts are Noto (SIL Open Font License 1.1, no
Reserved Font Name) with the same 1000 units per em; the result is under the same licence, named
anew as the licence asks of a Modified Version.

Run from the repository root:
    apt-get install python3-fonttools fonts-noto-core
    /usr/bin/python3 packaging/fonts/make-urdu-font.py
It writes src/main/resources/app/corridor/render/fonts/CorridorNaskh-Regular.ttf.
"""
import os
import sys
import tempfile

from fontTools import subset
from fontTools.merge import Merger
from fontTools.ttLib import TTFont

NASKH = "/usr/share/fonts/truetype/noto/NotoNaskhArabic-Regular.ttf"
LATIN = "/usr/share/fonts/truetype/noto/NotoSans-Regular.ttf"
ARROWS = "/usr/share/fonts/truetype/noto/NotoSansMath-Regular.ttf"
TARGET = "src/main/resources/app/corridor/render/fonts/CorridorNaskh-Regular.ttf"
FAMILY = "Corridor Naskh"


#: Taken from Noto Sans even where Naskh has them: the dataset's English, with its ".,;" and digits,
#: reads in one Latin face (Naskh's full stop is a low Arabic-style dot); Urdu has its own ۔ ، ؛.
LATIN_ALWAYS = range(0x21, 0x7F)


def naskh_kept(naskh_cmap):
    return [c for c in naskh_cmap if c not in LATIN_ALWAYS]


def latin_wanted(naskh_cmap):
    ranges = [(0x20, 0x7E), (0xA0, 0xFF), (0x2010, 0x2027), (0x2030, 0x203A)]
    return [c for lo, hi in ranges for c in range(lo, hi + 1) if c in LATIN_ALWAYS or c not in naskh_cmap]


def part(path, unicodes, hinting=False):
    """The font at {path} cut to {unicodes}, without hinting unless asked (the merged face keeps Naskh's)."""
    font = TTFont(path)
    options = subset.Options()
    options.layout_features = ["kern", "liga"]
    options.name_IDs = ["*"]
    options.notdef_outline = True
    options.glyph_names = True
    if hinting:
        options.layout_features = ["*"]
        options.hinting = True
    sub = subset.Subsetter(options)
    sub.populate(unicodes=unicodes)
    sub.subset(font)
    if hinting:
        return font
    # Their hinting instructions would need their own fpgm/prep; Naskh's win in a merge.
    for table in ("fpgm", "prep", "cvt ", "gasp"):
        if table in font:
            del font[table]
    for glyph in font["glyf"].glyphs.values():
        if hasattr(glyph, "program"):
            glyph.program.fromBytecode(b"")
    return font


def main():
    naskh_cmap = TTFont(NASKH).getBestCmap()
    with tempfile.TemporaryDirectory() as tmp:
        naskh = os.path.join(tmp, "naskh.ttf")
        part(NASKH, naskh_kept(naskh_cmap), hinting=True).save(naskh)
        paths = [naskh]
        for name, path, unicodes in (("latin", LATIN, latin_wanted(naskh_cmap)),
                                     ("arrows", ARROWS, list(range(0x2190, 0x2194)) + [0x2212])):
            p = os.path.join(tmp, name + ".ttf")
            part(path, unicodes).save(p)
            paths.append(p)
        merged = Merger().merge(paths)
    name = merged["name"]
    for record in list(name.names):
        if record.nameID in (1, 4, 16, 21):
            name.setName(FAMILY if record.nameID != 4 else FAMILY + " Regular", record.nameID,
                         record.platformID, record.platEncID, record.langID)
        elif record.nameID == 6:
            name.setName("CorridorNaskh-Regular", 6, record.platformID, record.platEncID, record.langID)
        elif record.nameID == 3:
            name.setName("Corridor Naskh Regular; Noto Naskh Arabic 2.004 + Noto Sans 2.004", 3,
                         record.platformID, record.platEncID, record.langID)
    merged.save(TARGET)
    print(TARGET, os.path.getsize(TARGET), "bytes,", len(merged.getGlyphOrder()), "glyphs")


if __name__ == "__main__":
    sys.exit(main())
