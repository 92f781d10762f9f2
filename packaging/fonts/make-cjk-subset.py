#!/usr/bin/python3
"""Makes the bundled Chinese font: Noto Sans CJK SC Regular cut down to GB2312 and converted to
TrueType outlines.

Why a subset: the whole face is 16 MB; GB2312's 6,763 characters cover about 99.7% of the
characters of modern Simplified Chinese text, so the interface, the dates and nearly any dataset
text print whole. Every Han character of Corridor's Chinese messages and of data/events.json is
added too, GB2312 or not, so the app's own words and the curated names always draw.

Why TrueType outlines (glyf) instead of the original CFF: PDFBox subsets and embeds TrueType
fonts only, and Java2D and JavaFX draw both alike.

Run from the repository root after changing the Chinese messages or names in the data:
    apt-get install python3-fonttools fonts-noto-cjk
    /usr/bin/python3 packaging/fonts/make-cjk-subset.py
It writes src/main/resources/app/corridor/render/fonts/NotoSansCJKsc-Regular-GB2312.ttf.
"""
import json
import os
import sys

from fontTools import subset
from fontTools.pens.cu2quPen import Cu2QuPen
from fontTools.pens.ttGlyphPen import TTGlyphPen
from fontTools.ttLib import TTCollection, newTable

SOURCE = "/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc"
FACE = "Noto Sans CJK SC"
TARGET = "src/main/resources/app/corridor/render/fonts/NotoSansCJKsc-Regular-GB2312.ttf"


def gb2312():
    chars = set()
    for hi in range(0xA1, 0xF8):
        for lo in range(0xA1, 0xFF):
            try:
                chars.add(bytes([hi, lo]).decode("gb2312"))
            except UnicodeDecodeError:
                pass
    return chars


def text_of(path):
    with open(path, encoding="utf-8") as f:
        return f.read()


def wanted():
    chars = gb2312()
    chars.update(chr(c) for c in range(0x20, 0x7F))      # Basic Latin: the font can set a line alone
    chars.update(chr(c) for c in range(0xA0, 0x100))     # Latin-1
    chars.update(chr(c) for c in range(0x2000, 0x2070))  # General punctuation: dashes, quotes, …
    chars.update(chr(c) for c in range(0x3000, 0x3040))  # CJK symbols and punctuation
    chars.update(chr(c) for c in range(0xFF01, 0xFF5F))  # Full-width forms: ，。（）：
    chars.update(chr(c) for c in range(0xFFE0, 0xFFE7))
    own = text_of("src/main/resources/app/corridor/i18n/messages_zh_CN.properties")
    data = json.dumps(json.load(open("data/events.json", encoding="utf-8")), ensure_ascii=False)
    chars.update(c for c in own + data if "\u2e80" <= c <= "\u9fff" or "\uf900" <= c <= "\ufaff")
    return chars


def to_truetype(font):
    """CFF cubic outlines to TrueType quadratic ones (fontTools' otf2ttf recipe)."""
    order = font.getGlyphOrder()
    glyph_set = font.getGlyphSet()
    glyphs = {}
    for name in order:
        pen = TTGlyphPen(glyph_set)
        glyph_set[name].draw(Cu2QuPen(pen, 1.0, reverse_direction=True))
        glyphs[name] = pen.glyph()
    font["loca"] = newTable("loca")
    font["glyf"] = glyf = newTable("glyf")
    glyf.glyphOrder = order
    glyf.glyphs = glyphs
    del font["CFF "]
    if "VORG" in font:
        del font["VORG"]
    glyf.compile(font)
    maxp = newTable("maxp")
    maxp.tableVersion = 0x00010000
    for field in ("maxZones", "maxTwilightPoints", "maxStorage", "maxFunctionDefs", "maxInstructionDefs",
                  "maxStackElements", "maxSizeOfInstructions", "maxComponentElements"):
        setattr(maxp, field, 0)
    maxp.maxZones = 1
    font["maxp"] = maxp
    post = font["post"]
    post.formatType = 3.0
    font.sfntVersion = "\0\1\0\0"


def main():
    collection = TTCollection(SOURCE)
    font = next(f for f in collection.fonts if f["name"].getDebugName(1) == FACE)
    options = subset.Options()
    options.layout_features = ["kern"]  # horizontal text only; no other-locale glyph forms
    options.name_IDs = ["*"]
    options.notdef_outline = True
    options.hinting = False
    options.desubroutinize = True
    sub = subset.Subsetter(options)
    sub.populate(unicodes=[ord(c) for c in wanted()])
    sub.subset(font)
    # Variation sequences (cmap format 14) serve Japanese ideograph variants; PDFBox ignores them.
    font["cmap"].tables = [t for t in font["cmap"].tables if t.format != 14]
    to_truetype(font)
    font.save(TARGET)
    print(TARGET, os.path.getsize(TARGET), "bytes,", len(font.getGlyphOrder()), "glyphs")


if __name__ == "__main__":
    sys.exit(main())
