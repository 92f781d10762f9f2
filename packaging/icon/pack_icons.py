#!/usr/bin/env python3
"""Packs PNG files into a Windows .ico and a macOS .icns (standard library only).

usage: pack_icons.py DIR   (reads DIR/corridor-<N>.png, writes DIR/corridor.ico and DIR/corridor.icns)

Both containers hold the PNG bytes as they are: ICO entries may be PNG since Windows Vista, and
every ICNS type written here (icp4 … ic14) is PNG-encoded.
"""
import struct
import sys
from pathlib import Path

ICO_SIZES = [16, 24, 32, 48, 64, 128, 256]
# ICNS type -> pixel size (the @2x types hold the doubled size of their point size).
ICNS_TYPES = [("icp4", 16), ("icp5", 32), ("icp6", 64), ("ic07", 128), ("ic08", 256),
              ("ic09", 512), ("ic10", 1024), ("ic11", 32), ("ic12", 64), ("ic13", 256), ("ic14", 512)]


def png(folder: Path, size: int) -> bytes:
    data = (folder / f"corridor-{size}.png").read_bytes()
    if data[:8] != b"\x89PNG\r\n\x1a\n":
        raise SystemExit(f"pack_icons: corridor-{size}.png is not a PNG")
    width, height = struct.unpack(">II", data[16:24])
    if (width, height) != (size, size):
        raise SystemExit(f"pack_icons: corridor-{size}.png is {width}x{height}, expected {size}x{size}")
    return data


def ico(folder: Path) -> bytes:
    images = [png(folder, s) for s in ICO_SIZES]
    header = struct.pack("<HHH", 0, 1, len(images))
    offset = 6 + 16 * len(images)
    entries, blobs = b"", b""
    for size, data in zip(ICO_SIZES, images):
        dim = 0 if size >= 256 else size  # 0 means 256 in an ICO directory entry
        entries += struct.pack("<BBBBHHII", dim, dim, 0, 0, 1, 32, len(data), offset)
        blobs += data
        offset += len(data)
    return header + entries + blobs


def icns(folder: Path) -> bytes:
    body = b""
    for kind, size in ICNS_TYPES:
        data = png(folder, size)
        body += kind.encode("ascii") + struct.pack(">I", 8 + len(data)) + data
    return b"icns" + struct.pack(">I", 8 + len(body)) + body


def main() -> None:
    if len(sys.argv) != 2:
        raise SystemExit("usage: pack_icons.py DIR")
    folder = Path(sys.argv[1])
    (folder / "corridor.ico").write_bytes(ico(folder))
    (folder / "corridor.icns").write_bytes(icns(folder))


if __name__ == "__main__":
    main()
