#!/bin/sh
# Creates (or re-creates) Corridor's class-data sharing archive, lib/app/corridor.jsa, for this
# installation. The launcher maps it at start-up (-XX:SharedArchiveFile), so the JDK, JavaFX and
# app classes the desktop app and the command line load come parsed and verified: a faster start.
#
# The package's post-install script runs this; after unpacking the portable .tar.gz, run it once
# yourself: corridor/lib/corridor-cds.sh. It must run again whenever the install moves, since an
# archive is only valid for the class path it was made with (the JVM then ignores it, silently).
# usage: corridor-cds.sh [--remove]
set -eu
lib=$(cd "$(dirname "$0")" && pwd)
app="$lib/app"
java="$lib/runtime/bin/java"
cfg="$app/corridor.cfg"
list="$app/corridor.classlist"
jsa="$app/corridor.jsa"

if [ "${1:-}" = "--remove" ]; then
  rm -f "$jsa" "$jsa.tmp"
  exit 0
fi
for f in "$java" "$cfg" "$list"; do
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

rm -f "$jsa" "$jsa.tmp"
if ! out=$("$java" "$@" -Xshare:dump -XX:SharedClassListFile="$list" -XX:SharedArchiveFile="$jsa.tmp" \
      -cp "$cp" 2>&1); then
  rm -f "$jsa.tmp"
  echo "corridor-cds: could not create the archive (Corridor works without it, starting slower):" >&2
  printf '%s\n' "$out" | tail -n 5 >&2
  exit 1
fi
# Check that the JVM accepts it with the launcher's class path before putting it in place.
if ! "$java" "$@" -Xshare:on -XX:SharedArchiveFile="$jsa.tmp" -cp "$cp" app.corridor.Launcher --version \
    >/dev/null 2>&1; then
  rm -f "$jsa.tmp"
  echo "corridor-cds: the JVM refused the new archive; Corridor works without it, starting slower" >&2
  exit 1
fi
mv -f "$jsa.tmp" "$jsa"
chmod 644 "$jsa"
echo "corridor-cds: wrote $jsa"
