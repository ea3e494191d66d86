#!/usr/bin/env bash
# End-to-end benchmark of `ordinal rank` on the recipe of docs/benchmarks.md: 2,000,000
# synthetic battles over 200 items, tie rate 0.3, seed 7, read from CSV, fitted (Bradley-Terry,
# ties as half a win), with 1,000 bootstrap rounds; and the same with --ci none (read + fit only).
#
# Usage: ordinal-bench/run-end-to-end.sh [DATA_DIR]
#   DATA_DIR  where battles.csv is generated (once) and results go;
#             default ordinal-bench/target/bench-data
#   RUNS      timed runs per command (default 5); one untimed warm-up run precedes them
#   NO_HYPERFINE=1 forces the bash fallback even when hyperfine is installed
#   ORDINAL_JAVA_OPTS is passed through to java by bin/ordinal, as usual.
#
# Uses hyperfine when installed (Debian package `hyperfine`); otherwise times RUNS runs with
# `date +%s.%N` and prints min and median. Before every timed run, `bin/ordinal --version` is run
# untimed, so a rebuild triggered by changed sources never lands inside a measurement.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
ordinal="$root/bin/ordinal"
data_dir="${1:-$root/ordinal-bench/target/bench-data}"
runs="${RUNS:-5}"
csv="$data_dir/battles.csv"
mkdir -p "$data_dir"

echo "== machine"
echo "cores: $(nproc); cpu: $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2- | sed 's/^ *//')"
java -version 2>&1 | head -1
echo "load before: $(cut -d' ' -f1-3 /proc/loadavg) (1, 5, 15 min)"
if awk '{ exit !($1 > 0.5) }' /proc/loadavg; then
  echo "warning: 1-minute load average above 0.5; other work is competing for the 2 cores" >&2
fi

echo "== build (bin/ordinal builds ordinal-cli/target/ordinal.jar when stale)"
"$ordinal" --version

if [ ! -s "$csv" ]; then
  echo "== generate $csv"
  "$ordinal" generate --items 200 --battles 2000000 --tie-rate 0.3 --seed 7 -o "$csv"
fi
echo "data: $csv, $(stat -c %s "$csv") bytes, $(( $(wc -l < "$csv") - 1 )) battles, sha256 $(sha256sum "$csv" | cut -c1-16)…"

full="$ordinal rank -q $csv --format json -o /dev/null"
fit_only="$ordinal rank -q $csv --ci none --format json -o /dev/null"
prepare="$ordinal --version >/dev/null"
jar="$root/ordinal-cli/target/ordinal.jar"
jar_before="$(stat -c %Y "$jar")"

if [ -z "${NO_HYPERFINE:-}" ] && command -v hyperfine >/dev/null; then
  echo "== hyperfine, $runs runs each"
  hyperfine --warmup 1 --runs "$runs" --prepare "$prepare" \
    --export-json "$data_dir/end-to-end.json" --export-markdown "$data_dir/end-to-end.md" \
    -n "rank, 1000 bootstrap rounds" "$full" \
    -n "rank --ci none (read + fit)" "$fit_only"
  # hyperfine prints mean ± σ; the summary below gives min and median, as the fallback does.
  grep -o '"command": *"[^"]*"\|"median": *[0-9.]*\|"min": *[0-9.]*' "$data_dir/end-to-end.json" \
    | awk -F'"' '/"command"/ { name = $4 } /"median"/ { split($0, m, ":"); median = m[2] }
                 /"min"/ { split($0, m, ":"); printf "%-32s min %.3f s  median %.3f s\n", name, m[2], median }'
else
  echo "== bash timing, $runs runs each (hyperfine not installed)"
  time_runs() {
    local name="$1" command="$2" times=() start end
    eval "$prepare"
    eval "$command"  # warm-up: page cache, CDS archive
    for ((k = 0; k < runs; k++)); do
      eval "$prepare"
      start=$(date +%s.%N)
      eval "$command"
      end=$(date +%s.%N)
      times+=("$(awk -v a="$start" -v b="$end" 'BEGIN { printf "%.4f", b - a }')")
    done
    printf '%s\n' "${times[@]}" | sort -g | awk -v name="$name" '
      { t[NR] = $1 }
      END {
        median = NR % 2 ? t[(NR + 1) / 2] : (t[NR / 2] + t[NR / 2 + 1]) / 2
        printf "%-32s min %.3f s  median %.3f s  max %.3f s  (%d runs)\n", name, t[1], median, t[NR], NR
      }'
  }
  time_runs "rank, 1000 bootstrap rounds" "$full"
  time_runs "rank --ci none (read + fit)" "$fit_only"
fi
echo "load after: $(cut -d' ' -f1-3 /proc/loadavg) (includes these runs' own load)"
if [ "$(stat -c %Y "$jar")" != "$jar_before" ]; then
  echo "warning: sources changed and bin/ordinal rebuilt $jar during the measurements; some runs may" \
       "include a build or another version: measure again" >&2
fi
