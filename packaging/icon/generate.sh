#!/usr/bin/env bash
# Regenerates the app icon's PNG, ICO and ICNS files from corridor.svg (run it after editing the SVG,
# then commit the results: building the installers uses the committed files and needs none of these
# tools).
# Needs: rsvg-convert (Debian: librsvg2-bin; installed here when missing and running as root on a
# Debian-like system) and python3 (standard library only).
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)

if ! command -v rsvg-convert >/dev/null 2>&1; then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; then
    echo "generate.sh: installing librsvg2-bin (rsvg-convert)" >&2
    apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends librsvg2-bin >/dev/null
  else
    echo "generate.sh: rsvg-convert not found; install librsvg2-bin (Debian/Ubuntu) or librsvg (Homebrew)" >&2
    exit 1
  fi
fi
command -v python3 >/dev/null 2>&1 || { echo "generate.sh: python3 not found" >&2; exit 1; }

for size in 16 24 32 48 64 128 256 512 1024; do
  rsvg-convert --width "$size" --height "$size" --keep-aspect-ratio \
    "$here/corridor.svg" --output "$here/corridor-$size.png"
done
python3 "$here/pack_icons.py" "$here"
echo "generate.sh: wrote $(cd "$here" && ls corridor-*.png corridor.ico corridor.icns | tr '\n' ' ')"
