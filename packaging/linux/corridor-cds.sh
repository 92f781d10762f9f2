#!/bin/sh
# Creates (or re-creates) Corridor's class-data sharing archive, lib/app/corridor.jsa, for this
# installation. The launcher maps it at start-up (-XX:SharedArchiveFile), so the JDK, JavaFX and
# app classes the desktop app and the command line load come parsed and verified: a faster start.
#
# What it is made from depends on the Java the app was packaged with (packaging/README.md):
# - lib/app/corridor.classlist (JDK 17): a static archive for this install path. The package's
#   post-install script runs this; after unpacking the portable .tar.gz, run it once yourself:
#   corridor/lib/corridor-cds.sh. It must run again whenever the install moves, since such an
#   archive is only valid for the class path it was made with (the JVM then ignores it, silently).
# - lib/app/corridor.aotconf (JDK 25+, at build time): an ahead-of-time cache, which the package
#   ships; it stays valid when the install moves, but not when its jars' times change. Given
#   neither file, this gives the jars the time the cache was made with (lib/app/corridor.jartime;
#   package managers give them the time of the install) and checks that the JVM accepts the cache.
# usage: corridor-cds.sh [--remove]   (--remove deletes only an archive made on this machine)
set -eu
lib=$(cd "$(dirname "$0")" && pwd)
app="$lib/app"
java="$lib/runtime/bin/java"
cfg="$app/corridor.cfg"
list="$app/corridor.classlist"
conf="$app/corridor.aotconf"
jsa="$app/corridor.jsa"

if [ "${1:-}" = "--remove" ]; then
  # A cache shipped in the package is the package's to remove.
  [ -e "$list" ] && rm -f "$jsa"
  rm -f "$jsa.tmp"
  exit 0
fi
for f in "$java" "$cfg"; do
  [ -e "$f" ] || { echo "corridor-cds: $f is missing; nothing done" >&2; exit 1; }
done

# The launcher's own class path and JVM options, read from its configuration ($APPDIR is lib/app),
# in the same order: an archive is valid only for the class path it was dumped with.
cp=""
set --
while IFS= read -r line; do
  line=$(printf '%s\n' "$line" | sed "s|\\\$APPDIR|$app|g")
  case "$line" in
    app.classpath=*) cp="$cp${cp:+:}${line#app.classpath=}" ;;
    java-options=-XX:SharedArchiveFile=*) ;;
    java-options=*) set -- "$@" "${line#java-options=}" ;;
  esac
done < "$cfg"

accepted() { # $1 = the archive, then the launcher's options: does the JVM map it with them?
  archive=$1; shift
  "$java" "$@" -Xshare:on -XX:SharedArchiveFile="$archive" -cp "$cp" app.corridor.Launcher --version >/dev/null 2>&1
}
if [ -e "$list" ]; then
  make_archive() { "$java" "$@" -Xshare:dump -XX:SharedClassListFile="$list" -XX:SharedArchiveFile="$jsa.tmp" -cp "$cp"; }
elif [ -e "$conf" ]; then
  make_archive() { "$java" "$@" -XX:AOTMode=create -XX:AOTConfiguration="$conf" -XX:AOTCacheOutput="$jsa.tmp" -cp "$cp"; }
elif [ -e "$jsa" ]; then
  # The package manager gave the jars the time of the install: back to the one the cache was made with.
  if [ -e "$app/corridor.jartime" ] && ! touch -d "@$(cat "$app/corridor.jartime")" "$app"/*.jar; then
    echo "corridor-cds: cannot set the times of the jars in $app (run this as their owner); Corridor works without the archive, starting slower" >&2
    exit 1
  fi
  if ! accepted "$jsa" "$@"; then
    echo "corridor-cds: the JVM refused the archive shipped, $jsa; Corridor works without it, starting slower" >&2
    exit 1
  fi
  echo "corridor-cds: the archive shipped is in use: $jsa"
  exit 0
else
  echo "corridor-cds: neither $list nor $conf is here; nothing done" >&2
  exit 1
fi

rm -f "$jsa" "$jsa.tmp"
if ! out=$(make_archive "$@" 2>&1); then
  rm -f "$jsa.tmp"
  echo "corridor-cds: could not create the archive (Corridor works without it, starting slower):" >&2
  printf '%s\n' "$out" | tail -n 5 >&2
  exit 1
fi
# Check that the JVM accepts it with the launcher's class path before putting it in place.
if ! accepted "$jsa.tmp" "$@"; then
  rm -f "$jsa.tmp"
  echo "corridor-cds: the JVM refused the new archive; Corridor works without it, starting slower" >&2
  exit 1
fi
mv -f "$jsa.tmp" "$jsa"
chmod 644 "$jsa"
echo "corridor-cds: wrote $jsa"
