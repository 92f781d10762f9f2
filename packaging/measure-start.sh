#!/usr/bin/env bash
# Measures how long Corridor takes from the start of its process to its window ("Corridor") being
# on screen, under a virtual display (Xvfb), over several runs.
#
# usage: packaging/measure-start.sh [-n RUNS] [COMMAND...]     (default: 5 runs of `corridor`)
# The first start also builds the store; it is reported apart ("first start"), and the runs after it
# reuse that store, as every later start of the app does. The store goes to a scratch directory.
# Needs: xvfb (Xvfb), x11-utils (xwininfo).
set -euo pipefail
runs=5
if [ "${1:-}" = "-n" ]; then runs=$2; shift 2; fi
[ $# -gt 0 ] || set -- corridor
command -v Xvfb >/dev/null 2>&1 && command -v xwininfo >/dev/null 2>&1 \
  || { echo "measure-start: needs Xvfb and xwininfo (apt-get install xvfb x11-utils)" >&2; exit 1; }

scratch=$(mktemp -d)
display=:$(( 90 + RANDOM % 100 ))
Xvfb "$display" -screen 0 1280x800x24 -nolisten tcp >/dev/null 2>&1 & xvfb=$!
trap 'kill $xvfb 2>/dev/null || true; rm -rf "$scratch"' EXIT
export DISPLAY=$display
for _ in $(seq 1 50); do xwininfo -root >/dev/null 2>&1 && break; sleep 0.1; done
export CORRIDOR_DATA_DIR="$scratch/store"

once() { # prints milliseconds to the window, or "none"
  local t0 pid ms=none
  t0=$(date +%s%N)
  "$@" >"$scratch/app.log" 2>&1 & pid=$!
  for _ in $(seq 1 1200); do
    if xwininfo -root -tree 2>/dev/null | grep -qE '0x[0-9a-f]+ "Corridor( [^"]*)?":'; then ms=$(( ($(date +%s%N) - t0) / 1000000 )); break; fi
    kill -0 $pid 2>/dev/null || break
    sleep 0.02
  done
  sleep 1.5   # let it finish loading before it is stopped
  kill $pid 2>/dev/null || true; wait $pid 2>/dev/null || true
  echo "$ms"
}

first=$(once "$@")
echo "first start (builds the store): ${first} ms"
all=()
for i in $(seq 1 "$runs"); do
  ms=$(once "$@")
  [ "$ms" = none ] && { echo "run $i: no window; log:" >&2; cat "$scratch/app.log" >&2; exit 1; }
  all+=("$ms")
  echo "run $i: $ms ms"
done
printf '%s\n' "${all[@]}" | sort -n | awk '{ v[NR] = $1; s += $1 } END {
  printf "start to window over %d runs: median %d ms, mean %d ms, min %d ms, max %d ms\n",
    NR, (NR % 2 ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2), s / NR, v[1], v[NR] }'
