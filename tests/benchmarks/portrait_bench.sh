#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Portrait and report benchmarks of issue 5, run by hand (never in CI): a million generated
# customers, classified; a department portrait in-process (bench_portrait) and as a cold
# command-line call; one PDF report; reports for all departments.
#   tests/benchmarks/portrait_bench.sh [BUILD_DIR] [COUNT]
set -euo pipefail
build=${1:-build}
count=${2:-1000000}
bin=$build/src/app/portrait-workbench
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
"$bin" generate --count "$count" --seed 1 -o "$work/g.csv" >/dev/null
"$bin" init "$work/w.pwb" >/dev/null
"$bin" customers import "$work/w.pwb" "$work/g.csv" >/dev/null
"$bin" classify "$work/w.pwb" --data-date 2026-10-31 >/dev/null
# Wall and CPU seconds of a command, and the load average when it ended (the machine is shared).
wall() {
  /usr/bin/time -f '%e %U %S' -o "$work/t" "$@" >/dev/null 2>&1
  awk -v load="$(cut -d' ' -f1 /proc/loadavg)" '{printf "%6s s wall, %5.2f s cpu, load %s", $1, $2 + $3, load}' "$work/t"
}
# The first portrait after the customers changed reads their rows and keeps them in the column
# cache (schema 6); later cold calls read the cache.
printf 'portrait MKT --json, first call  %s   (reads the rows, writes the column cache)\n' "$(wall "$bin" portrait "$work/w.pwb" --department MKT --json)"
for run in 1 2 3; do
  printf 'portrait MKT --json (cold CLI)   %s   (target <= 1 s)\n' "$(wall "$bin" portrait "$work/w.pwb" --department MKT --json)"
done
printf 'report MKT (CLI, incl. load)     %s   (target <= 2 s)\n' "$(wall "$bin" report "$work/w.pwb" --department MKT -o "$work/mkt.pdf")"
printf 'report MKT size                  %6d KB  (target <= 3 MB)\n' "$(( $(stat -c %s "$work/mkt.pdf") / 1024 ))"
printf 'report --all-departments         %s   (target <= 20 s)\n' "$(wall "$bin" report "$work/w.pwb" --all-departments -o "$work/all")"
if [ -x "$build/tests/benchmarks/bench_portrait" ]; then
  QT_QPA_PLATFORM=offscreen "$build/tests/benchmarks/bench_portrait" "$work/w.pwb" "$work/inproc"
fi
echo "load average: $(cut -d' ' -f1-3 /proc/loadavg)"
