#!/usr/bin/env bash
# Builds Corridor's .deb, installs it with its declared dependencies, checks the installed app
# (command on the PATH, version, headless CLI with the bundled runtime, desktop entry and icon,
# CDS archive, the desktop app's window under Xvfb, the store in the user data directory), then
# re-installs and removes it and checks that the user's data survived.
#
# usage: packaging/test-deb.sh [--skip-build]    (as root, on Debian or Ubuntu; CI calls it from .ci/run)
#   --skip-build   test the .deb already in target/installers instead of building it
# Environment: CORRIDOR_TEST_NO_GUI=1 skips the window check; CORRIDOR_TEST_SHOT=FILE.png saves a
# screenshot of the window (needs ImageMagick's import).
set -euo pipefail

root=$(cd "$(dirname "$0")/.." && pwd)
cd "$root"
step() { printf '\n== test-deb: %s\n' "$*"; }
fail() { echo "test-deb: FAILED: $*" >&2; exit 1; }
ok() { echo "test-deb: ok: $*"; passed=$((passed + 1)); }
passed=0
start=$(date +%s)

[ "$(id -u)" = 0 ] || fail "run as root (it installs and removes a package)"
command -v dpkg >/dev/null 2>&1 && command -v apt-get >/dev/null 2>&1 || fail "needs dpkg and apt-get (Debian/Ubuntu)"

skip_build=false
[ "${1:-}" = "--skip-build" ] && skip_build=true

# --- tools this test needs (idempotent) -------------------------------------------------------
step "tools"
have_pkg() { dpkg-query -W -f='${Status}' "$1" 2>/dev/null | grep -q 'install ok installed'; }
need=()
for p in fakeroot dpkg-dev binutils; do have_pkg "$p" || need+=("$p"); done
if [ -z "${CORRIDOR_TEST_NO_GUI:-}" ]; then
  for p in xvfb xauth x11-utils; do have_pkg "$p" || need+=("$p"); done
fi
if [ ${#need[@]} -gt 0 ]; then
  echo "installing ${need[*]}"
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq
  apt-get install -y -qq --no-install-recommends "${need[@]}" >/dev/null
fi

# --- build --------------------------------------------------------------------------------------
if [ "$skip_build" = false ]; then
  step "build the .deb"
  t0=$(date +%s)
  packaging/build.sh --types deb
  echo "build took $(( $(date +%s) - t0 )) s"
fi
version=$(sed -n 's/^version=//p' target/classes/app/corridor/version.properties)
deb=$(ls -t target/installers/corridor_"$version"-*_*.deb 2>/dev/null | head -1 || true)
[ -n "$deb" ] || fail "no target/installers/corridor_${version}-*.deb; build it first"
echo "package: $deb ($(du -h "$deb" | cut -f1))"

# --- install ------------------------------------------------------------------------------------
step "install with apt-get (pulls the declared dependencies)"
if have_pkg corridor; then
  echo "removing an earlier corridor package first"
  dpkg --purge corridor >/dev/null
fi
export DEBIAN_FRONTEND=noninteractive
apt-get update -qq
t0=$(date +%s)
apt-get install -y -qq "$root/$deb" >/dev/null
echo "apt-get install took $(( $(date +%s) - t0 )) s"
have_pkg corridor || fail "corridor is not installed"
ok "installed $(dpkg-query -W -f='${Package} ${Version}' corridor)"

# The app runs as an ordinary user, as it would on a desktop: a throwaway account whose home is
# in a scratch directory (Java takes user.home from the account, not from $HOME), with no JDK on
# the PATH, no JAVA_HOME and no store override.
user=corridor-test
scratch=$(mktemp -d)
chmod 755 "$scratch"
home="$scratch/home"
userdel "$user" >/dev/null 2>&1 || true
useradd --home-dir "$home" --create-home --shell /bin/sh "$user" || fail "cannot create the test user $user"
trap 'userdel "$user" >/dev/null 2>&1 || true; rm -rf "$scratch"' EXIT
mkdir -p "$scratch/cwd" && chown "$user" "$scratch/cwd"
run() { (cd "$scratch/cwd" && runuser -u "$user" -- env -i PATH=/usr/local/bin:/usr/bin:/bin HOME="$home" LANG=C.UTF-8 "$@"); }

step "files"
[ -x /opt/corridor/bin/corridor ] || fail "/opt/corridor/bin/corridor missing"
[ "$(command -v corridor)" = /usr/bin/corridor ] || fail "corridor is not on the PATH as /usr/bin/corridor"
[ "$(readlink -f /usr/bin/corridor)" = /opt/corridor/bin/corridor ] || fail "/usr/bin/corridor does not point to /opt/corridor/bin/corridor"
ok "/usr/bin/corridor -> /opt/corridor/bin/corridor"
desktop=$(ls /usr/share/applications/*corridor*.desktop 2>/dev/null | head -1 || true)
[ -n "$desktop" ] || fail "no desktop entry in /usr/share/applications"
grep -q '^Name=Corridor$' "$desktop" || fail "$desktop: no Name=Corridor"
grep -q '^Categories=Education;Science;$' "$desktop" || fail "$desktop: wrong Categories"
grep -q '^Exec=/opt/corridor/bin/corridor' "$desktop" || fail "$desktop: wrong Exec"
icon=$(sed -n 's/^Icon=//p' "$desktop")
for size in 16 32 48 128 256; do
  f="/usr/share/icons/hicolor/${size}x${size}/apps/$icon.png"
  [ -s "$f" ] || fail "icon $f missing"
done
ok "desktop entry $desktop, icon '$icon' in /usr/share/icons/hicolor"
if command -v desktop-file-validate >/dev/null 2>&1; then
  desktop-file-validate "$desktop" || fail "desktop-file-validate $desktop"
  ok "desktop-file-validate"
fi
[ -x /opt/corridor/lib/runtime/bin/java ] || fail "no bundled runtime"
[ -s /opt/corridor/lib/app/corridor.jsa ] || fail "no CDS archive /opt/corridor/lib/app/corridor.jsa (shipped from JDK 25 on, else the post-install script makes it)"
ok "bundled runtime $(/opt/corridor/lib/runtime/bin/java -version 2>&1 | head -1 | cut -d'"' -f2), CDS archive $(du -h /opt/corridor/lib/app/corridor.jsa | cut -f1)"

# --- the command line, headless -----------------------------------------------------------------
step "command line (no display, no JDK on the PATH)"
out=$(run corridor --version) || fail "corridor --version exited $?"
[ "$out" = "Corridor $version" ] || fail "corridor --version printed '$out', expected 'Corridor $version'"
ok "corridor --version: $out"
out=$(run corridor validate 2>&1) || fail "corridor validate (bundled dataset) exited $?: $out"
echo "$out"
echo "$out" | grep -q 'no problems' || fail "corridor validate did not report a clean bundled dataset"
ok "corridor validate (bundled dataset)"
# Headless export with the bundled runtime: SVG with real text, a 2x PNG of the right size, a PDF.
cwd="$scratch/cwd"
out=$(run corridor export --from 2019 --to 2025 --actor xi-jinping --format svg -o export.svg 2>&1) \
  || fail "corridor export (SVG) exited $?: $out"
grep -q '<svg' "$cwd/export.svg" && grep -q 'state visit to China' "$cwd/export.svg" \
  || fail "the exported SVG lacks the events' titles"
ok "corridor export: SVG with the events' titles as text"
out=$(run corridor export --format png --width 3000 --scale 2 -o export.png 2>&1) \
  || fail "corridor export (PNG) exited $?: $out"
png_width=$(od -An -tu1 -j16 -N4 "$cwd/export.png" | awk '{print $1*16777216 + $2*65536 + $3*256 + $4}')
[ "$(head -c 4 "$cwd/export.png" | od -An -c | tr -d ' ')" = "211PNG" ] && [ "$png_width" = 6000 ] \
  || fail "the exported PNG is not a 6000-pixel-wide PNG (width $png_width)"
ok "corridor export: PNG, 3000 px at 2x = $png_width px wide"
out=$(run corridor export --format pdf -o export.pdf 2>&1) || fail "corridor export (PDF) exited $?: $out"
[ "$(head -c 5 "$cwd/export.pdf")" = "%PDF-" ] || fail "the exported PDF is not a PDF"
ok "corridor export: PDF"
set +e
run corridor export --format pdf -o export.pdf >/dev/null 2>&1; rc=$?
set -e
[ "$rc" = 1 ] || fail "exporting over an existing file without --force exited $rc, expected 1"
ok "corridor export refuses to overwrite without --force (exit 1)"
# The JVM is the bundled one, and it maps the CDS archive (-Xshare:on fails if it cannot).
props=$(run env JAVA_TOOL_OPTIONS="-Xshare:on -Xlog:class+path=info" corridor --version 2>&1) \
  || fail "corridor --version with -Xshare:on failed: $(echo "$props" | tail -3)"
echo "$props" | grep -q 'bootstrap loader class path=/opt/corridor/lib/runtime/lib/modules' \
  || fail "not running on the bundled runtime: $(echo "$props" | head -3)"
ok "runs on /opt/corridor/lib/runtime with the CDS archive mapped"
set +e
run corridor validate --no-such-option >/dev/null 2>&1; rc=$?
set -e
[ "$rc" = 2 ] || fail "a usage error exited $rc, expected 2"
ok "usage error exits 2"

# --- the desktop app ------------------------------------------------------------------------------
store="$home/.local/share/corridor"
if [ -z "${CORRIDOR_TEST_NO_GUI:-}" ] && command -v xvfb-run >/dev/null 2>&1; then
  step "desktop app under Xvfb"
  log="$scratch/gui.log"
  shot=${CORRIDOR_TEST_SHOT:-}
  [ -n "$shot" ] && case "$shot" in /*) ;; *) shot="$root/$shot" ;; esac
  # The window must appear, then the store must be built in the user data directory.
  shot_tmp="$scratch/cwd/shot.png"
  touch "$log" && chown "$user" "$log"
  result=$(run env SHOT="${shot:+$shot_tmp}" xvfb-run -a -s '-screen 0 1280x800x24' bash -c '
      t0=$(date +%s%N)
      corridor >"$0" 2>&1 & pid=$!
      win=""
      for _ in $(seq 1 600); do
        if xwininfo -root -tree 2>/dev/null | grep -qE "0x[0-9a-f]+ \"Corridor( [^\"]*)?\":"; then win=$(( ($(date +%s%N) - t0) / 1000000 )); break; fi
        kill -0 $pid 2>/dev/null || break
        sleep 0.05
      done
      for _ in $(seq 1 100); do [ -s "$HOME/.local/share/corridor/corridor.db" ] && break; sleep 0.2; done
      sleep 2
      if [ -n "$SHOT" ] && command -v import >/dev/null 2>&1; then import -window root "$SHOT" || true; fi
      alive=no; kill -0 $pid 2>/dev/null && alive=yes
      kill $pid 2>/dev/null; wait $pid 2>/dev/null
      echo "window_ms=${win:-none} alive=$alive"' "$log") || true
  echo "$result"
  case "$result" in *window_ms=none*|"") sed -n '1,40p' "$log" >&2; fail "no window named Corridor appeared" ;; esac
  win_ms=$(echo "$result" | sed -n 's/.*window_ms=\([0-9]*\).*/\1/p')
  ok "window 'Corridor' appeared ${win_ms} ms after the start"
  case "$result" in *alive=yes*) ;; *) sed -n '1,40p' "$log" >&2; fail "the app exited on its own" ;; esac
  if grep -E 'IllegalAccessError|InaccessibleObjectException|Exception in thread|UnsatisfiedLinkError|at app\.corridor\.' "$log"; then
    fail "the desktop app logged errors (above; full log $log)"
  fi
  ok "no access or linkage errors in the app's output"
  [ -s "$store/corridor.db" ] || fail "no store at $store/corridor.db"
  ok "store in the user data directory: $store/corridor.db"
  if find /opt/corridor -name '*.db' | grep -q .; then fail "a store was written into /opt/corridor"; fi
  ok "nothing written into the install directory"
  if [ -n "$shot" ] && [ -s "$shot_tmp" ]; then cp "$shot_tmp" "$shot" && echo "screenshot: $shot"; fi

  # Chinese and Urdu names in JavaFX's default font, with the installed runtime and the fonts the
  # package brought (packaging/tools/FontCheck.java tells real glyphs from boxes).
  javac_bin=${JAVA_HOME:+$JAVA_HOME/bin/}javac
  if command -v "$javac_bin" >/dev/null 2>&1 && ls target/packaging/fx/javafx-controls-*.jar >/dev/null 2>&1; then
    mkdir -p "$scratch/fontcheck"
    "$javac_bin" --release 17 --module-path target/packaging/fx --add-modules javafx.controls \
      -d "$scratch/fontcheck" packaging/tools/FontCheck.java
    chmod -R a+rX "$scratch/fontcheck"
    fc_out=$(run xvfb-run -a -s '-screen 0 1000x400x24' /opt/corridor/lib/runtime/bin/java -cp "$scratch/fontcheck" FontCheck 0 2>&1) \
      || { echo "$fc_out" >&2; fail "Chinese or Urdu names are drawn as boxes"; }
    echo "$fc_out" | grep '^FontCheck:'
    ok "Chinese and Urdu names drawn with real glyphs"
  else
    echo "test-deb: no javac or JavaFX jars here: font check skipped"
  fi
else
  step "desktop app: skipped (no xvfb-run or CORRIDOR_TEST_NO_GUI set); making the store with the CLI's environment"
  run mkdir -p "$store" && run sh -c "echo stand-in > '$store/corridor.db'"
fi
sum_before=$(sha256sum "$store/corridor.db" | cut -d' ' -f1)

# --- re-install, remove, purge: the user's data stays -----------------------------------------
step "re-install"
apt-get install -y -qq --reinstall "$root/$deb" >/dev/null
[ -s /opt/corridor/lib/app/corridor.jsa ] || fail "no CDS archive after re-install"
run env JAVA_TOOL_OPTIONS=-Xshare:on corridor --version >/dev/null 2>&1 || fail "the CDS archive is not mapped after re-install"
[ "$(run corridor --version)" = "Corridor $version" ] || fail "corridor --version after re-install"
ok "re-installed; corridor --version works"
[ "$(sha256sum "$store/corridor.db" | cut -d' ' -f1)" = "$sum_before" ] || fail "the store changed on re-install"
ok "store unchanged by the re-install"

step "remove and purge"
dpkg -r corridor >/dev/null
[ ! -e /usr/bin/corridor ] || fail "/usr/bin/corridor left behind"
[ ! -e /opt/corridor ] || { find /opt/corridor | head; fail "/opt/corridor left behind"; }
[ -z "$(ls /usr/share/applications/*corridor*.desktop 2>/dev/null)" ] || fail "desktop entry left behind"
[ -z "$(ls /usr/share/icons/hicolor/*/apps/corridor.png 2>/dev/null)" ] || fail "icons left behind"
ok "removed: no /usr/bin/corridor, /opt/corridor, desktop entry or icon left"
dpkg --purge corridor >/dev/null
have_pkg corridor && fail "still installed after purge"
[ "$(sha256sum "$store/corridor.db" | cut -d' ' -f1)" = "$sum_before" ] || fail "the store did not survive removal"
ok "purged; the user data directory survived ($store)"

echo
echo "test-deb: all checks passed in $(( $(date +%s) - start )) s"
echo "test-deb: $passed passed, 0 failed"
