#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# SPDX-FileCopyrightText: 2026 The Portrait Workbench authors
#
# Classification benchmark (issue 4), run by hand on a quiet machine:
#   1. COUNT customers from `generate` (or, without it, classify_bench_data.sql), imported into a
#      seeded workspace; two identical copies.
#   2. The sqlite3 shell runs the company-wide primary waterfall as one UPDATE … SET … = CASE … END
#      (classify_bench_case.sql) on copy B.
#   3. `classify` runs end to end (open, load, classify every rule group, store) on copy A, twice:
#      the first run writes every result (the results the import stored are deleted before it),
#      the second finds them unchanged. Both read the engine's columns from the column cache the
#      import's classification wrote. A third run with the cache emptied reads the rows and
#      writes the cache again (reported apart).
#   4. Both give the same primary category counts (checked).
#   5. The live count refresh after a condition edit (test_engine "[.bench]").
# Prints the times, the ratio classify ÷ sqlite and the peak memory (/usr/bin/time).
#
# Usage: tests/benchmarks/classify_bench.sh [BUILD_DIR] [COUNT]   (defaults: build 1000000)
set -euo pipefail
here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
build=${1:-build}
count=${2:-1000000}
bin=$build/src/app/portrait-workbench
tests=$build/tests/engine/test_engine
date=2025-06-30
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

echo "== preparing $count customers in $work"
"$bin" init "$work/base.pwb" > /dev/null
if "$bin" --help | grep -q "generate --count"; then
  "$bin" generate --count "$count" --seed 7 -o "$work/customers.csv" > /dev/null
  "$bin" customers import "$work/base.pwb" "$work/customers.csv" --data-date "$date" > /dev/null
  rm -f "$work/customers.csv"
else
  sqlite3 "$work/base.pwb" -cmd ".parameter set :count $count" < "$here/classify_bench_data.sql"
fi
"$bin" info "$work/base.pwb" > /dev/null # migrate to the current schema outside the timings
rm -f "$work"/base.pwb.v*.bak
cp "$work/base.pwb" "$work/a.pwb"
cp "$work/base.pwb" "$work/b.pwb"
# `customers import` ends by classifying: without its results the first run writes every one.
sqlite3 "$work/a.pwb" "DELETE FROM classifications; DELETE FROM classification_profiles;"
# The baseline updates every row: without the workbench's triggers (schemas 6 and 7 keep its column
# cache current row by row), which would double the shell's time and flatter the ratio.
sqlite3 "$work/b.pwb" "$(sqlite3 "$work/b.pwb" "SELECT group_concat('DROP TRIGGER ' || name, '; ') FROM sqlite_schema WHERE type = 'trigger' AND name LIKE 'customers_cache_%'")"
sqlite3 "$work/b.pwb" "SELECT count(*) FROM sqlite_schema WHERE name LIKE 'customers_cache_%'" | grep -qx 0
sync

echo "== sqlite3: waterfall UPDATE … CASE"
/usr/bin/time -f "%e %M %U %S" -o "$work/sql.time" sqlite3 "$work/b.pwb" < "$here/classify_bench_case.sql"
echo "== classify (first run: every result written)"
PORTRAIT_TIMING=1 /usr/bin/time -f "%e %M %U %S" -o "$work/c1.time" \
  "$bin" classify "$work/a.pwb" --data-date "$date" --json > "$work/c1.json" 2> "$work/c1.phases"
echo "== classify (second run: results unchanged)"
PORTRAIT_TIMING=1 /usr/bin/time -f "%e %M %U %S" -o "$work/c2.time" \
  "$bin" classify "$work/a.pwb" --data-date "$date" --json > /dev/null 2> "$work/c2.phases"

echo "== classify (column cache emptied: rows read, blocks written, every result written)"
sqlite3 "$work/a.pwb" "DELETE FROM column_cache; DELETE FROM classifications; DELETE FROM classification_profiles;"
PORTRAIT_TIMING=1 /usr/bin/time -f "%e %M %U %S" -o "$work/c3.time" \
  "$bin" classify "$work/a.pwb" --data-date "$date" --json > /dev/null 2> "$work/c3.phases"

sqlite3 "$work/a.pwb" "SELECT category, count(*) FROM customer_classifications GROUP BY 1 ORDER BY 1" > "$work/a.counts"
sqlite3 "$work/b.pwb" "SELECT bench_category, count(*) FROM customers GROUP BY 1 ORDER BY 1" > "$work/b.counts"
if diff -q "$work/a.counts" "$work/b.counts" > /dev/null; then same=yes; else same=NO; fi

live="(test_engine not built)"
if [ -x "$tests" ]; then
  live=$(PORTRAIT_BENCH_WORKSPACE="$work/a.pwb" "$tests" "[.bench]" | awk '/live_count_refresh_ms/ {print $2 " ms"}')
fi

read -r sql_s sql_kb sql_u sql_k < "$work/sql.time"
read -r c1_s c1_kb c1_u c1_k < "$work/c1.time"
read -r c2_s c2_kb c2_u c2_k < "$work/c2.time"
read -r c3_s c3_kb c3_u c3_k < "$work/c3.time"
cpu() { awk -v u="$1" -v k="$2" 'BEGIN {printf "%.2f", u + k}'; }
echo
echo "customers:                    $count"
echo "sqlite3 UPDATE … CASE:        ${sql_s} s wall, $(cpu "$sql_u" "$sql_k") s cpu"
echo "classify, first run:          ${c1_s} s wall, $(cpu "$c1_u" "$c1_k") s cpu, peak $((c1_kb / 1024)) MB"
echo "                              $(tr '\n' ' ' < "$work/c1.phases")"
echo "classify, second run:         ${c2_s} s wall, $(cpu "$c2_u" "$c2_k") s cpu, peak $((c2_kb / 1024)) MB"
echo "                              $(tr '\n' ' ' < "$work/c2.phases")"
echo "classify, cache emptied:      ${c3_s} s wall, $(cpu "$c3_u" "$c3_k") s cpu, peak $((c3_kb / 1024)) MB"
echo "                              $(tr '\n' ' ' < "$work/c3.phases")"
ratio() { awk -v a="$1" -v b="$sql_s" 'BEGIN {printf "%.2f", a / b}'; }
echo "ratio classify ÷ sqlite:      wall $(ratio "$c1_s") (first run), $(ratio "$c2_s") (second run); target ≤ 0.5"
echo "                              $(ratio "$c3_s") (cache emptied: what the import's classification or the first run after a change to every block pays)"
echo "same primary counts:          $same"
echo "live count refresh:           $live (target ≤ 100 ms)"
echo "load average:                 $(cut -d' ' -f1-3 /proc/loadavg)"
