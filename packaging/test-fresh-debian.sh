#!/usr/bin/env bash
# Installs Corridor's .deb on a fresh, minimal Debian 12 (debootstrap --variant=minbase, in a
# chroot) with only what the package declares (Depends and, as apt does by default, Recommends),
# then checks as an ordinary user: no Java on the system, `corridor --version` and `validate`, the
# desktop app's window under Xvfb, and Chinese and Urdu names drawn with real glyphs (FontCheck);
# saves screenshots to target/fresh-debian/.
#
# usage: packaging/test-fresh-debian.sh [--no-install-recommends]    (as root; needs the Debian archive)
# Builds the .deb first if target/installers has none. The minimal system is bootstrapped once and
# kept as target/fresh-debian/base.tar.gz; each run starts from a new copy of it. About 3-5 minutes.
set -euo pipefail

root=$(cd "$(dirname "$0")/.." && pwd)
cd "$root"
fail() { echo "test-fresh-debian: FAILED: $*" >&2; exit 1; }
say() { printf '\n== test-fresh-debian: %s\n' "$*"; }
[ "$(id -u)" = 0 ] || fail "run as root (debootstrap, chroot)"
apt_opts=()
[ "${1:-}" = "--no-install-recommends" ] && apt_opts=(--no-install-recommends)

work=target/fresh-debian
mkdir -p "$work"
work=$(cd "$work" && pwd)
sys="$work/root"

# --- tools on this machine ------------------------------------------------------------------------
need=()
command -v debootstrap >/dev/null 2>&1 || need+=(debootstrap)
command -v convert >/dev/null 2>&1 && [ -x /usr/bin/convert ] || need+=(imagemagick)
if [ ${#need[@]} -gt 0 ]; then
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${need[@]}" >/dev/null
fi

version=$(sed -n 's/^version=//p' target/classes/app/corridor/version.properties 2>/dev/null || true)
deb=$(ls -t target/installers/corridor_"${version:-x}"-*_*.deb 2>/dev/null | head -1 || true)
if [ -z "$deb" ]; then
  packaging/build.sh --types deb
  version=$(sed -n 's/^version=//p' target/classes/app/corridor/version.properties)
  deb=$(ls -t target/installers/corridor_"$version"-*_*.deb | head -1)
fi
echo "package: $deb"

# FontCheck, compiled here against the JavaFX jars the build used, run there on the installed runtime.
javac_bin=${JAVA_HOME:+$JAVA_HOME/bin/}javac
mkdir -p "$work/fontcheck"
"$javac_bin" --release 17 --module-path target/packaging/fx --add-modules javafx.controls \
  -d "$work/fontcheck" packaging/tools/FontCheck.java || fail "cannot compile FontCheck (build the .deb first)"

# --- a fresh system ------------------------------------------------------------------------------
cleanup() {
  for m in dev/pts dev proc; do mountpoint -q "$sys/$m" 2>/dev/null && umount -l "$sys/$m" || true; done
}
trap cleanup EXIT
cleanup
rm -rf "$sys"
if [ ! -s "$work/base.tar.gz" ]; then
  say "debootstrap --variant=minbase bookworm (once)"
  debootstrap --variant=minbase bookworm "$sys" http://deb.debian.org/debian >"$work/debootstrap.log" 2>&1 \
    || { tail -20 "$work/debootstrap.log" >&2; fail "debootstrap"; }
  tar -C "$sys" -czf "$work/base.tar.gz" .
else
  mkdir -p "$sys" && tar -C "$sys" -xzf "$work/base.tar.gz"
fi
mount -t proc proc "$sys/proc"
mount --bind /dev "$sys/dev"
mount --bind /dev/pts "$sys/dev/pts"
cp /etc/resolv.conf "$sys/etc/resolv.conf" 2>/dev/null || true
in_sys() { chroot "$sys" /usr/bin/env -i PATH=/usr/sbin:/usr/bin:/sbin:/bin LANG=C.UTF-8 DEBIAN_FRONTEND=noninteractive "$@"; }
before=$(in_sys dpkg-query -W -f='${Package}\n' | wc -l)

say "install the .deb with apt-get ${apt_opts[*]:-}"
cp "$deb" "$sys/tmp/corridor.deb"
in_sys apt-get update -qq
t0=$(date +%s)
in_sys apt-get install -y -qq ${apt_opts[@]+"${apt_opts[@]}"} /tmp/corridor.deb >"$work/apt.log" 2>&1 \
  || { tail -30 "$work/apt.log" >&2; fail "apt-get install"; }
after=$(in_sys dpkg-query -W -f='${Package}\n' | wc -l)
echo "installed in $(( $(date +%s) - t0 )) s: $((after - before)) packages added to the $before of the minimal system"
in_sys dpkg-query -W -f='${Package}\n' | grep -E '^fonts-' | tr '\n' ' '; echo "(fonts)"
if in_sys sh -c 'command -v java || ls /usr/lib/jvm' >/dev/null 2>&1; then fail "a Java runtime was installed on the system"; fi
echo "no java on the PATH, no /usr/lib/jvm"

say "command line as a user"
in_sys useradd --create-home --shell /bin/sh tester 2>/dev/null || true
as_user() { in_sys runuser -u tester -- /usr/bin/env -i PATH=/usr/bin:/bin HOME=/home/tester LANG=C.UTF-8 "$@"; }
out=$(as_user sh -c 'cd /tmp && corridor --version') || fail "corridor --version"
[ "$out" = "Corridor $version" ] || fail "corridor --version printed '$out'"
echo "$out"
as_user sh -c 'cd /tmp && corridor validate' || fail "corridor validate"

say "the desktop app and the font check under Xvfb (adds xvfb, xauth, x11-utils, x11-apps)"
in_sys apt-get install -y -qq --no-install-recommends xvfb xauth x11-utils x11-apps >"$work/apt-x.log" 2>&1 \
  || { tail -20 "$work/apt-x.log" >&2; fail "apt-get install xvfb"; }
rm -rf "$sys/tmp/fontcheck" && cp -r "$work/fontcheck" "$sys/tmp/fontcheck" && chmod -R a+rX "$sys/tmp/fontcheck"
rm -f "$sys"/tmp/*.xwd
as_user xvfb-run -a -s '-screen 0 1000x760x24' sh -c '
  cd /tmp
  /opt/corridor/lib/runtime/bin/java -cp /tmp/fontcheck FontCheck 6 > /tmp/fontcheck.log 2>&1 &
  sleep 5; xwd -root -silent > /tmp/fontcheck.xwd; wait $!; echo "FontCheck exit $?" >> /tmp/fontcheck.log
  corridor > /tmp/app.log 2>&1 & pid=$!
  n=0; while [ $n -lt 300 ] && ! xwininfo -root -tree | grep -qE "0x[0-9a-f]+ \"Corridor\":"; do sleep 0.1; n=$((n+1)); done
  if [ $n -lt 300 ]; then echo "window: Corridor after about $((n / 10)) s" >> /tmp/app.log; else echo "window: none" >> /tmp/app.log; fi
  sleep 4; xwd -root -silent > /tmp/app.xwd; kill $pid' || true
cat "$sys/tmp/fontcheck.log"
cp "$sys/tmp/app.log" "$work/app.log"
tail -2 "$work/app.log"
for shot in fontcheck app; do
  [ -s "$sys/tmp/$shot.xwd" ] && /usr/bin/convert "xwd:$sys/tmp/$shot.xwd" "$work/$shot.png" && echo "screenshot: $work/$shot.png"
done
grep -q 'window: Corridor' "$work/app.log" || fail "the desktop app showed no window (see $work/app.log)"
grep -q 'FontCheck exit 0' "$sys/tmp/fontcheck.log" || fail "Chinese or Urdu names are drawn as boxes (see $work/fontcheck.png)"
[ -s "$sys/home/tester/.local/share/corridor/corridor.db" ] || fail "no store in the user's data directory"
echo "store: /home/tester/.local/share/corridor/corridor.db"
echo
echo "test-fresh-debian: passed"
