#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Customer-list benchmarks of issue 3, run by hand (never in CI): a million generated customers,
# generate / import / export timed against the sqlite3 shell's `.import --csv` of the same file
# in the same run, peak memory from /usr/bin/time, and the customer model's open/sort/filter.
#   tests/benchmarks/customers_bench.sh [BUILD_DIR] [COUNT]
set -euo pipefail
build=${1:-build}
count=${2:-1000000}
bin=$build/src/app/portrait-workbench
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
command -v /usr/bin/time >/dev/null || apt-get install -y -qq time >/dev/null

seconds() { # seconds of wall time of a command, peak RSS in MB on stderr file $1
  local log=$1; shift
  /usr/bin/time -f '%e %M' -o "$log" "$@" >/dev/null
  cat "$log"
}

read -r gen_s gen_kb < <(seconds "$work/t1" "$bin" generate --count "$count" --seed 1 -o "$work/c.csv")
read -r sql_s sql_kb < <(seconds "$work/t2" sqlite3 "$work/raw.db" ".import --csv $work/c.csv t")
"$bin" init "$work/w.pwb" >/dev/null
read -r imp_s imp_kb < <(seconds "$work/t3" "$bin" customers import "$work/w.pwb" "$work/c.csv")
read -r exp_s exp_kb < <(seconds "$work/t4" "$bin" customers export "$work/w.pwb" -o "$work/out.csv")

printf 'customers                 %d (%s MB CSV)\n' "$count" "$(( $(stat -c %s "$work/c.csv") / 1048576 ))"
printf 'generate                  %6.2f s   (target <= 5 s)\n' "$gen_s"
printf 'sqlite3 .import --csv     %6.2f s\n' "$sql_s"
printf 'customers import          %6.2f s   ratio %.2f (target <= 1.5)   peak %d MB (target <= 300)\n' \
  "$imp_s" "$(echo "$imp_s / $sql_s" | bc -l)" "$(( imp_kb / 1024 ))"
printf 'customers export          %6.2f s   (target <= 5 s)   ratio to sqlite import %.2f\n' \
  "$exp_s" "$(echo "$exp_s / $sql_s" | bc -l)"
if [ -x "$build/tests/benchmarks/bench_customer_model" ]; then
  QT_QPA_PLATFORM=offscreen "$build/tests/benchmarks/bench_customer_model" "$work/w.pwb"
fi
