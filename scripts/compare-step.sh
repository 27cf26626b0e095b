#!/usr/bin/env bash
# Per-step speed side by side with the C reference (../shared/peers/hw.c), in the same run: the hill-walker and
# momentum descents from Mt Leinster on N52W007 (12,987 and 1,894 steps, the same paths), one thread each.
# The reference is built with gcc -O3 -march=native and timed best of 200 repetitions; ours by BenchmarkDotNet
# (DescentBenchmarks, the whole Descend call: the loop, the path vertices and their ground lengths).
# Prints ns/step for both and the ratio.
set -euo pipefail
cd "$(dirname "$0")/.."
root="$(pwd)"
data="${TERRAIN_DATA:-$root/../shared/data/srtm}"
tile="$data/srtm3/N52W007.hgt"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
gcc -O3 -march=native -o "$work/hw" "$root/../shared/peers/hw.c" -lm

declare -A reference steps
for method in 0 1; do
  line="$("$work/hw" "$tile" 53 -7 52.6175 -6.7797 "$method" 200)"
  name=$([ "$method" = 0 ] && echo hill-walker || echo momentum)
  reference[$name]="$(sed -E 's/.*, ([0-9.]+) ns\/step.*/\1/' <<< "$line")"
  steps[$name]="$(sed -E 's/.* steps ([0-9]+) .*/\1/' <<< "$line")"
done

(dotnet run -c Release --project "$root/tests/TerrainDescent.Benchmarks" -- \
  --filter '*DescentBenchmarks*' --exporters csv --artifacts "$work/bdn" > "$work/bdn.log" 2>&1) \
  || { tail -20 "$work/bdn.log"; exit 1; }
csv="$(ls "$work"/bdn/results/*DescentBenchmarks-report.csv)"
cp "$csv" "${TD_STEP_CSV:-/dev/null}" 2>/dev/null || true

printf '%-12s %8s %12s %12s %8s\n' method steps "C ns/step" "ours ns/step" ratio
for name in hill-walker momentum; do
  # The CSV quotes fields; Mean is in μs or ms with its unit.
  mean="$(/usr/bin/python3 - "$csv" "$name" <<'PY'
import csv, sys
rows = list(csv.DictReader(open(sys.argv[1], encoding="utf-8")))
row = next(r for r in rows if sys.argv[2] in r.values())
column = next(c for c in row if c == "Mean" or c.startswith("Mean "))
units = {"ns": 1e-9, "μs": 1e-6, "us": 1e-6, "ms": 1e-3, "s": 1.0}
text = row[column].replace(",", "").strip()
if " " in text:
    value, unit = text.split()
else:
    value, unit = text, column.split("[")[1].rstrip("]") if "[" in column else "ns"
print(float(value) * units[unit])
PY
)"
  ours="$(awk -v m="$mean" -v s="${steps[$name]}" 'BEGIN { printf "%.1f", m * 1e9 / s }')"
  ratio="$(awk -v o="$ours" -v c="${reference[$name]}" 'BEGIN { printf "%.2f", o / c }')"
  printf '%-12s %8s %12s %12s %8s\n' "$name" "${steps[$name]}" "${reference[$name]}" "$ours" "${ratio}×"
done
