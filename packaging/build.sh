#!/usr/bin/env bash
# Builds Corridor's installers for the OS this runs on, into target/installers/:
#   Linux    .deb, .rpm (needs rpmbuild) and a portable .tar.gz of the app image
#   macOS    .dmg
#   Windows  .msi (run from Git Bash; needs the WiX Toolset 3 on the PATH)
#
# usage: packaging/build.sh [--skip-build] [--types "deb rpm tar.gz"]
#   --skip-build   reuse target/corridor.jar and target/lib (default: ./mvnw -q -DskipTests package)
#   --types LIST   build only these (Linux: deb, rpm, tar.gz; macOS: dmg; Windows: msi)
#
# Without --types it builds every type this machine has the tools for and says which it skipped
# (e.g. .rpm without rpmbuild); it exits 1 only when a type it tried, or one named in --types, failed.
#
# The JDK that links the runtime is the one in JAVA_HOME, else the one whose javac is on the PATH
# (17 or newer, with jlink and jpackage); the installed app runs on that Java version.
# Steps: Maven build -> jdeps (which modules) -> jlink (a stripped runtime with JavaFX) ->
# jpackage app image (+ this platform's native libraries, the class list for CDS) -> installers.
# jpackage options live in packaging/common/*.jpackage and packaging/<os>/*.jpackage.
set -euo pipefail

die() { echo "build.sh: $*" >&2; exit 1; }
say() { echo "build.sh: $*"; }

root=$(cd "$(dirname "$0")/.." && pwd)
cd "$root"
pk=packaging
skip_build=false
types=""
types_requested=false
while [ $# -gt 0 ]; do
  case "$1" in
    --skip-build) skip_build=true; shift ;;
    --types) [ $# -ge 2 ] || die "--types needs a list"; types=$2; types_requested=true; shift 2 ;;
    -h|--help) sed -n '2,16p' "$0" | sed 's/^# \{0,1\}//'; exit 0 ;;
    *) die "unknown argument: $1 (see --help)" ;;
  esac
done

# --- platform ---------------------------------------------------------------------------------
case "$(uname -s)" in
  Linux) os=linux; default_types="deb rpm tar.gz" ;;
  Darwin) os=macos; default_types="dmg" ;;
  MINGW*|MSYS*|CYGWIN*) os=windows; default_types="msi" ;;
  *) die "unsupported OS: $(uname -s)" ;;
esac
types=${types:-$default_types}
case "$(uname -m)" in
  x86_64|amd64|AMD64) arch=x86_64; arch_label=x64 ;;
  aarch64|arm64) arch=aarch64; arch_label=aarch64 ;;
  *) die "unsupported architecture: $(uname -m)" ;;
esac
exe=""; sep=":"
[ "$os" = windows ] && { exe=.exe; sep=";"; }

# --- JDK ----------------------------------------------------------------------------------------
# JAVA_HOME when set. Otherwise, on Linux, the newest JDK 25 or later under /usr/lib/jvm: its
# ahead-of-time cache, made here and shipped in the package, starts the installed app faster than
# JDK 17's class-data sharing (packaging/README.md, "Start-up"). Otherwise the javac on the PATH.
java_feature() { # $1 = a JDK: its feature version (17, 25, ...), from its release file
  sed -n 's/^JAVA_VERSION="\([0-9]*\).*/\1/p' "$1/release" 2>/dev/null || true
}
newest_aot_jdk() {
  local d f best="" best_f=0
  for d in /usr/lib/jvm/*/; do
    d=${d%/}
    [ -x "$d/bin/jpackage" ] && [ -x "$d/bin/jlink" ] || continue
    f=$(java_feature "$d")
    [ -n "$f" ] && [ "$f" -ge 25 ] && [ "$f" -gt "$best_f" ] && { best=$d; best_f=$f; }
  done
  echo "$best"
}
aot_jdk=""
[ "$os" = linux ] && aot_jdk=$(newest_aot_jdk)
if [ -n "${JAVA_HOME:-}" ]; then
  jdk=$JAVA_HOME
elif [ -n "$aot_jdk" ]; then
  jdk=$aot_jdk
elif command -v javac >/dev/null 2>&1; then
  jdk=$(cd "$(dirname "$(readlink -f "$(command -v javac)")")/.." && pwd)
else
  die "no JDK: set JAVA_HOME or put a JDK 17+ on the PATH"
fi
[ "$os" = windows ] && command -v cygpath >/dev/null 2>&1 && jdk=$(cygpath -u "$jdk")
for tool in java jar jdeps jlink jpackage; do
  [ -x "$jdk/bin/$tool$exe" ] || die "$jdk has no bin/$tool$exe (a full JDK 17+ is needed)"
done
jfeature=$(java_feature "$jdk")
[ -n "$jfeature" ] && [ "$jfeature" -ge 17 ] || die "$jdk is not a JDK 17 or newer"
export JAVA_HOME=$jdk
java="$jdk/bin/java$exe"
say "JDK $jfeature at $jdk; building: $types"

# --- the app ------------------------------------------------------------------------------------
if [ "$skip_build" = false ]; then
  say "./mvnw -q -DskipTests package"
  ./mvnw -q -B -DskipTests package
fi
[ -f target/corridor.jar ] && [ -d target/lib ] || die "target/corridor.jar or target/lib missing; run without --skip-build"
version=$(sed -n 's/^version=//p' target/classes/app/corridor/version.properties | tr -d '\r')
[ -n "$version" ] || die "no version in target/classes/app/corridor/version.properties"
# jpackage refuses a macOS bundle version starting with 0 (CFBundleVersion must be 1 or more):
# there 0.x.y becomes 1.x.y. `corridor --version` and the installers' file names keep the real one.
bundle_version=$version
if [ "$os" = macos ]; then case "$version" in 0.*) bundle_version="1.${version#0.}" ;; esac; fi
say "Corridor $version"

work=target/packaging
dist=target/installers
rm -rf "$work"
mkdir -p "$work/input" "$work/fx" "$work/fxnative" "$work/jdeps" "$dist"

# JavaFX: only the platform jars (javafx-controls-21.0.12-linux.jar); the classifier-less ones are empty.
# Everything else goes on the class path (the app image's lib/app).
for f in target/lib/*.jar; do
  name=$(basename "$f")
  case "$name" in
    javafx-*) [[ "$name" =~ ^javafx-[a-z]+-[0-9][0-9.]*-.+\.jar$ ]] && cp "$f" "$work/fx/" ;;
    *) cp "$f" "$work/input/" ;;
  esac
done
cp target/corridor.jar "$work/input/"
cp "$pk/LICENSE" "$pk/ABOUT.txt" "$work/input/"
ls "$work"/fx/javafx-graphics-*.jar >/dev/null 2>&1 || die "no JavaFX platform jars in target/lib"

# sqlite-jdbc carries native libraries for 20 platforms: keep this one only, and load it from
# lib/app/native (no extraction to /tmp at every start, which also fails where /tmp is noexec).
case "$os" in
  linux) sqlite_native="Linux/$arch/libsqlitejdbc.so" ;;
  macos) sqlite_native="Mac/$arch/libsqlitejdbc.dylib" ;;
  windows) sqlite_native="Windows/$arch/sqlitejdbc.dll" ;;
esac
for f in "$work"/input/sqlite-jdbc-*.jar; do
  [ -e "$f" ] || continue
  "$java" "$pk/tools/SlimJar.java" "$f" "$f.slim" org/sqlite/native/ \
    --keep "org/sqlite/native/$sqlite_native" \
    --extract "org/sqlite/native/$sqlite_native" "$work/input/native/$(basename "$sqlite_native")"
  mv -f "$f.slim" "$f"
done

# --- modules (jdeps) ----------------------------------------------------------------------------
# jdeps reads each jar unpacked and without module-info/versioned classes, so a library compiled
# for a newer Java (or with a module descriptor the JDK cannot read) still gets analysed.
fxpath=$(ls "$work"/fx/*.jar | paste -sd"$sep" -)
for f in "$work"/input/*.jar; do
  d="$work/jdeps/$(basename "$f" .jar)"
  mkdir -p "$d"
  (cd "$d" && "$jdk/bin/jar$exe" xf "$root/$f")
  rm -rf "$d/module-info.class" "$d/META-INF/versions"
done
modules=$("$jdk/bin/jdeps$exe" -q --ignore-missing-deps --print-module-deps --module-path "$fxpath" \
  "$work"/jdeps/*) || die "jdeps failed"
# Always linked: java.desktop (export: Java2D, ImageIO), java.logging (slf4j-jdk14), jdk.unsupported
# (JavaFX), and the JavaFX modules the app uses.
modules="$modules,java.desktop,java.logging,jdk.unsupported,javafx.controls"
modules=$(echo "$modules" | tr ',' '\n' | sed '/^$/d' | sort -u | paste -sd, -)
say "modules: $modules"

# --- runtime (jlink) ----------------------------------------------------------------------------
# The modules file is left uncompressed: every installer format compresses its payload anyway,
# and does it better (xz/gzip over plain class files): .deb 29 MB instead of 43 MB with
# --compress=2, for 31 MB more on disk once installed. CORRIDOR_JLINK_COMPRESS=2 (JDK 17-20) or
# zip-6 (JDK 21+) compresses it all the same, for the smallest installed size.
compress=${CORRIDOR_JLINK_COMPRESS:-none}
compress_arg=(--compress="$compress"); [ "$compress" = none ] && compress_arg=()
jlink_args=(--module-path "$fxpath" --add-modules "$modules"
  --strip-debug --no-man-pages --no-header-files ${compress_arg[@]+"${compress_arg[@]}"} --generate-cds-archive
  --exclude-resources='regex:/javafx\.graphics/[^/]+\.(so|dylib|dll)')
"$jdk/bin/jlink$exe" "${jlink_args[@]}" --output "$work/runtime" >"$work/jlink.log" 2>&1 \
  || { cat "$work/jlink.log" >&2; die "jlink failed"; }
# JavaFX's native libraries go where the JDK's own are (lib/, bin/ on Windows): JavaFX loads them
# from there instead of unpacking copies into ~/.openjfx/cache at the first start.
native_dir=lib; [ "$os" = windows ] && native_dir=bin
graphics_jar=$(ls "$work"/fx/javafx-graphics-*.jar | head -1)
(cd "$work/fxnative" && "$jdk/bin/jar$exe" xf "$root/$graphics_jar")
find "$work/fxnative" -maxdepth 1 -type f \( -name '*.so' -o -name '*.dylib' -o -name '*.dll' \) \
  -exec cp {} "$work/runtime/$native_dir/" \;
runtime_size=$(du -sh "$work/runtime" | cut -f1)
say "runtime image: $runtime_size ($work/runtime)"

# --- app image (jpackage) -----------------------------------------------------------------------
jpackage="$jdk/bin/jpackage$exe"
app_args=(@"$pk/common/app.jpackage" @"$pk/$os/app.jpackage"
  --input "$work/input" --runtime-image "$work/runtime" --dest "$work/image" --app-version "$bundle_version")
# Newer JVMs report a missing -XX:SharedArchiveFile as an error (JDK 17 is silent): the archive
# is made after installing, so it is missing in the app image and the .tar.gz until then.
if [ "$os" = linux ] && [ "$jfeature" -ge 18 ]; then
  app_args+=(--java-options "-Xlog:cds=off" --java-options "-Xlog:cds+dynamic=off")
fi
# JDK 24+ warns about JavaFX's and sqlite-jdbc's native access and Unsafe use unless allowed.
if [ "$jfeature" -ge 24 ]; then
  app_args+=(--java-options "--enable-native-access=ALL-UNNAMED,javafx.graphics"
    --java-options "--sun-misc-unsafe-memory-access=allow")
fi
"$jpackage" --type app-image "${app_args[@]}"
case "$os" in
  linux) image="$work/image/corridor"; appdir="$image/lib/app"; libdir="$image/lib" ;;
  macos) image="$work/image/Corridor.app"; appdir="$image/Contents/app"; libdir="$image/Contents" ;;
  windows) image="$work/image/Corridor"; appdir="$image/app"; libdir="$image" ;;
esac
[ -d "$image" ] || die "jpackage made no app image at $image"

if [ "$os" = linux ]; then
  # The desktop entry and icons the post-install script puts in /usr/share.
  mkdir -p "$libdir/desktop"
  cp "$pk/linux/corridor.desktop" "$libdir/desktop/"
  for size in 16 24 32 48 64 128 256 512; do cp "$pk/icon/corridor-$size.png" "$libdir/desktop/"; done
  # Class-data sharing: a training start records what the desktop app loads (under xvfb-run when
  # present; else `corridor validate`). JDK 17: the package ships that class list, and its
  # post-install script makes the archive there (an archive is only valid for the class path it
  # was made with). JDK 25+: corridor-cds.sh makes an ahead-of-time cache from the recording
  # here, and the package ships the cache itself: it stays valid when the app directory moves, as
  # long as its jars are the same files (same size and time, which packages and tar keep).
  cp "$pk/linux/corridor-cds.sh" "$libdir/corridor-cds.sh"
  chmod 755 "$libdir/corridor-cds.sh"
  lists="$work/classlists"; mkdir -p "$lists"
  cfg="$appdir/corridor.cfg"
  if [ "$jfeature" -ge 25 ]; then
    ext=aotconf; record="-XX:AOTMode=record -XX:AOTConfiguration="
    # The JVM refuses to record with an archive named: the launcher runs without it meanwhile.
    cp "$cfg" "$work/corridor.cfg.full"
    sed -i '/-XX:SharedArchiveFile=/d' "$cfg"
    # The cache holds each jar's time, and the JVM refuses it for jars of another time. jpackage
    # and package managers give installed files the time of the packaging or the install: the
    # jars get one time, written beside them, which corridor-cds.sh gives them again at install.
    stamp=$(date +%s)
    touch -d "@$stamp" "$appdir"/*.jar
    echo "$stamp" > "$appdir/corridor.jartime"
  else
    ext=lst; record="-XX:DumpLoadedClassList="
  fi
  scratch=$(mktemp -d)
  # (validate exits 1 when the bundled dataset has problems: the classes are recorded all the same)
  (cd "$scratch" && CORRIDOR_DATA_DIR="$scratch/store" JAVA_TOOL_OPTIONS="$record$root/$lists/cli.$ext" \
    "$root/$image/bin/corridor" validate >/dev/null 2>&1) || true
  [ -s "$lists/cli.$ext" ] || die "the app image's 'corridor validate' did not start; try: $image/bin/corridor validate"
  if command -v xvfb-run >/dev/null 2>&1 && [ -z "${CORRIDOR_NO_GUI_CLASSLIST:-}" ]; then
    (cd "$scratch" && CORRIDOR_DATA_DIR="$scratch/store" JAVA_TOOL_OPTIONS="$record$root/$lists/gui.$ext" \
      timeout 60 xvfb-run -a -s '-screen 0 1280x800x24' bash -c '
        "$0" >/dev/null 2>&1 & pid=$!
        # until the store is built and the list is shown (the window appears before that)
        for _ in $(seq 1 100); do [ -s "$CORRIDOR_DATA_DIR/corridor.db" ] && break; sleep 0.2; done
        sleep 3; kill $pid; wait $pid || true' "$root/$image/bin/corridor") \
      || say "warning: the GUI training run failed; the archive covers the command line only"
  else
    say "no xvfb-run: the archive covers the command line only"
  fi
  rm -rf "$scratch"
  [ -f "$work/corridor.cfg.full" ] && mv -f "$work/corridor.cfg.full" "$cfg"
  # One recording, not a merge: from JDK 21 on, class list entries carry ids that two runs number
  # differently. The desktop app's start also loads the dataset and store classes the command line uses.
  recorded="$lists/cli.$ext"; [ -s "$lists/gui.$ext" ] && recorded="$lists/gui.$ext"
  if [ "$ext" = lst ]; then
    cp "$recorded" "$appdir/corridor.classlist"
    say "class list: $(wc -l < "$appdir/corridor.classlist") entries"
  else
    cp "$recorded" "$appdir/corridor.aotconf"
    "$libdir/corridor-cds.sh" || die "could not make the ahead-of-time cache (see above)"
    rm -f "$appdir/corridor.aotconf"
    say "ahead-of-time cache: $(du -h "$appdir/corridor.jsa" | cut -f1) ($(basename "$recorded" ".$ext") training start)"
  fi
fi
say "app image: $(du -sh "$image" | cut -f1) ($image)"

# --- installers ---------------------------------------------------------------------------------
# Maintainer scripts: jpackage's own templates (from the JDK in use, so their placeholders match)
# with Corridor's additions spliced in where the desktop-menu commands would go (empty here:
# --linux-shortcut is not used, see packaging/README.md). Sets $res, the --resource-dir.
linux_resources() { # $1 = deb | rpm
  local tpl="$work/templates"
  res="$work/resources-$1"
  rm -rf "$res"; mkdir -p "$res"
  if [ ! -d "$tpl" ]; then
    "$jdk/bin/jimage$exe" extract --include 'regex:/jdk\.jpackage/jdk/jpackage/internal/resources/template\..*' \
      --dir "$tpl" "$jdk/lib/modules" || die "cannot read jpackage's templates from $jdk/lib/modules"
  fi
  local t; t=$(find "$tpl" -type d -name resources | head -1)
  [ -n "$t" ] || die "jpackage templates not found"
  if [ "$1" = deb ]; then
    splice "$t/template.postinst" DESKTOP_COMMANDS_INSTALL "$pk/linux/postinst.snippet" > "$res/postinst"
    splice "$t/template.prerm" DESKTOP_COMMANDS_UNINSTALL "$pk/linux/prerm.snippet" > "$res/prerm"
    # Fonts for Chinese and Urdu names, recommended (apt installs them by default). JavaFX falls
    # back only to TrueType fonts (fontconfig format "TrueType"): Debian's fonts-noto-cjk is CFF
    # and gives boxes in JavaFX; fonts-wqy-microhei is TrueType (and small).
    sed '/^Depends:/a Recommends: fonts-wqy-microhei | fonts-wqy-zenhei, fonts-noto-core' "$t/template.control" > "$res/control"
  else
    # On an upgrade rpm runs the old package's %preun after the new one's %post: so %preun (ours
    # and jpackage's desktop-menu uninstall) runs on the final erase only ($1 = 0).
    local pre; pre=$(mktemp)
    { echo 'if [ "$1" = 0 ]; then'; cat "$pk/linux/prerm.snippet"; } > "$pre"
    splice "$t/template.spec" DESKTOP_COMMANDS_INSTALL "$pk/linux/postinst.snippet" \
      | splice - DESKTOP_COMMANDS_UNINSTALL "$pre" \
      | awk '{ print } index($0, "DESKTOP_COMMANDS_UNINSTALL") && !done { print "fi"; done = 1 }' \
      | sed '/^Autoreq:/a Recommends: google-noto-sans-cjk-fonts\nRecommends: google-noto-naskh-arabic-fonts' \
      > "$res/corridor.spec"
    rm -f "$pre"
  fi
  grep -q 'corridor-cds.sh' "$res"/* || die "splicing the maintainer scripts failed"
}
# splice FILE|- MARKER SNIPPET: FILE with SNIPPET inserted before the line holding MARKER.
splice() {
  awk -v marker="$2" -v snippet="$3" '
    index($0, marker) && !done { while ((getline l < snippet) > 0) print l; done = 1 }
    { print }
    END { if (!done) { print "splice: marker " marker " not found" > "/dev/stderr"; exit 1 } }' "$1"
}

pkg_args=(@"$pk/common/package.jpackage" --app-image "$image" --app-version "$bundle_version" --dest "$dist")
built=()
skipped=()
failed=()
# A missing tool skips a type nobody asked for by name, and fails one that was asked for.
missing() { # $1 = type, $2 = why
  if [ "$types_requested" = true ]; then
    echo "build.sh: cannot build $1: $2" >&2
    failed+=("$1 ($2)")
  else
    say "skipping $1: $2"
    skipped+=("$1 ($2)")
  fi
}
build_type() { # $1 = type; returns non-zero when the build itself failed
  local type=$1 out
  case "$os:$type" in
    linux:deb|linux:rpm)
      linux_resources "$type" || return 1
      rm -f "$dist"/corridor[_-]"$version"*."$type"
      "$jpackage" --type "$type" "${pkg_args[@]}" @"$pk/linux/package.jpackage" @"$pk/linux/$type.jpackage" \
        --resource-dir "$res" || return 1
      built+=("$(ls -t "$dist"/corridor[_-]"$version"*."$type" | head -1)")
      ;;
    linux:tar.gz)
      out="$dist/corridor-$version-linux-$arch_label.tar.gz"
      tar -C "$(dirname "$image")" -czf "$out" "$(basename "$image")" || return 1
      built+=("$out")
      ;;
    macos:dmg)
      rm -f "$dist"/Corridor*.dmg
      "$jpackage" --type dmg "${pkg_args[@]}" @"$pk/macos/dmg.jpackage" || return 1
      out="$dist/Corridor-$version-macos-$arch_label.dmg"
      mv -f "$(ls -t "$dist"/Corridor*.dmg | head -1)" "$out"
      built+=("$out")
      ;;
    windows:msi)
      rm -f "$dist"/Corridor*.msi
      "$jpackage" --type msi "${pkg_args[@]}" @"$pk/windows/msi.jpackage" || return 1
      out="$dist/Corridor-$version-windows-$arch_label.msi"
      mv -f "$(ls -t "$dist"/Corridor*.msi | head -1)" "$out"
      built+=("$out")
      ;;
  esac
}
for type in $types; do
  case "$os:$type" in
    linux:deb|linux:rpm|linux:tar.gz|macos:dmg|windows:msi) ;;
    *) die "cannot build '$type' on $os (choose from: $default_types)" ;;
  esac
  if [ "$type" = rpm ] && ! command -v rpmbuild >/dev/null 2>&1; then
    missing rpm "rpmbuild not found (Debian/Ubuntu: apt-get install rpm)"
    continue
  fi
  if [ "$type" = deb ] && ! { command -v fakeroot >/dev/null 2>&1 && command -v dpkg-deb >/dev/null 2>&1; }; then
    missing deb "needs fakeroot and dpkg-deb (apt-get install fakeroot dpkg-dev)"
    continue
  fi
  # set -e does not apply inside a function called as a condition: build_type returns its failures.
  if ! build_type "$type"; then
    echo "build.sh: building the $type failed (see above)" >&2
    failed+=("$type")
  fi
done

say "runtime image $runtime_size; installers:"
for f in "${built[@]}"; do
  printf '  %-60s %s\n' "$f" "$(du -h "$f" | cut -f1)"
done
for s in "${skipped[@]}"; do
  say "skipped: $s"
done
if [ ${#failed[@]} -gt 0 ]; then
  for f in "${failed[@]}"; do
    echo "build.sh: failed: $f" >&2
  done
  exit 1
fi
