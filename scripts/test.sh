#!/usr/bin/env bash
# Installs what is missing, builds, and runs every test; ends with the line "N passed, N failed".
set -uo pipefail
cd "$(dirname "$0")/.."
scripts/setup.sh || { echo "0 passed, 1 failed"; exit 1; }

# Every category runs, MultiProcess included (its own redis-server, which setup installs, and three silo processes).
log="$(mktemp)"
dotnet test TerrainDescent.sln -c "${TD_CONFIGURATION:-Release}" --no-build -nologo 2>&1 | tee "$log"
status=${PIPESTATUS[0]}

# Sum the per-assembly summaries ("Passed!  - Failed:     0, Passed:    23, …").
read -r passed failed < <(grep -E '^(Passed|Failed)!' "$log" | sed -E 's/.*Failed: *([0-9]+), Passed: *([0-9]+).*/\2 \1/' |
  awk '{p += $1; f += $2} END {print p + 0, f + 0}')
rm -f "$log"
if [ "$status" -ne 0 ] && [ "$failed" -eq 0 ]; then failed=1; fi

# Code style, as the build enforces it: formatting drift counts as a failure.
if dotnet format TerrainDescent.sln --verify-no-changes --no-restore -v quiet; then
  echo "format: clean"
else
  echo "format: dotnet format --verify-no-changes found drift (run: dotnet format TerrainDescent.sln)"
  failed=$((failed + 1)); status=1
fi
echo "$passed passed, $failed failed"
exit "$status"
