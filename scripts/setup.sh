#!/usr/bin/env bash
# Installs what TerrainDescent needs on Debian 12 with the .NET 10 SDK, idempotently, then builds it.
# Debian packages are installed only when missing; NuGet packages are restored by the build.
set -euo pipefail
cd "$(dirname "$0")/.."

# Debian packages: GDAL's C library for reading rasters, gdal-bin for the tests' fixtures, DejaVu for the text of
# the pictures, Chromium for the map page's browser test, clang and zlib1g-dev to link the natively compiled command
# line, redis-server for the cluster's membership (the
# MultiProcess test and scripts/cluster-local.sh start their own, without persistence), and Node.js with npm to
# bundle the page's scripts (when no node is installed already).
packages=(libgdal32 gdal-bin fonts-dejavu-core chromium clang zlib1g-dev redis-server)
if ! command -v npm >/dev/null 2>&1; then packages+=(nodejs npm); fi
if [ "${TD_SETUP_EXTRA:-}" != "" ]; then
  read -r -a extra <<< "$TD_SETUP_EXTRA"
  packages+=("${extra[@]}")
fi

missing=()
for package in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q "install ok installed" || missing+=("$package")
done

if [ ${#missing[@]} -gt 0 ]; then
  echo "setup: installing ${missing[*]}"
  sudo_cmd=""
  if [ "$(id -u)" != "0" ]; then sudo_cmd="sudo"; fi
  $sudo_cmd apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $sudo_cmd apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
fi

# The map page's npm packages (OpenLayers, uPlot, esbuild), installed from the lock file when it changed, then
# bundled into src/TerrainDescent.Web/wwwroot/lib (the build re-bundles whenever a client source changes).
client=src/TerrainDescent.Web/client
if [ ! -f "$client/node_modules/.package-lock.json" ] || [ "$client/package-lock.json" -nt "$client/node_modules/.package-lock.json" ]; then
  echo "setup: installing the map page's npm packages"
  (cd "$client" && npm ci --no-audit --no-fund --loglevel=error)
fi
(cd "$client" && npm run --silent build)

configuration="${TD_CONFIGURATION:-Release}"
echo "setup: building ($configuration)"
dotnet build TerrainDescent.sln -c "$configuration" -nologo -v quiet -clp:ErrorsOnly

# The published programs, in .build/cli, republished only when the build has changed since:
# - the command line compiled natively (Native AOT: it starts in milliseconds, with no JIT);
# - its JIT-compiled copy (ReadyToRun) in .build/cli/jit, which runs `cluster` (Orleans generates code at run time,
#   which a native program cannot);
# - the map server's program (ReadyToRun; ASP.NET Core's minimal APIs here are not AOT-ready), which
#   `terrain-descent serve` runs.
# What the published programs are made of: the built assemblies, the page's files and the named summits, by content
# (a build that changes nothing leaves the same bytes, so nothing is republished).
stamp=".build/cli/.published"
fingerprint="$(find src/TerrainDescent.*/bin/"$configuration"/net10.0 -maxdepth 1 -name '*.dll' -print0 \
  | cat - <(find src/TerrainDescent.Web/wwwroot data -type f -print0) | sort -z | xargs -0 md5sum | md5sum | cut -d' ' -f1)"
stale=""
if [ ! -f "$stamp" ] || [ "$(cat "$stamp")" != "$fingerprint" ] || [ ! -x .build/cli/terrain-descent ] \
  || [ ! -f .build/cli/jit/terrain-descent.dll ] || [ ! -f .build/cli/terrain-descent-serve.dll ]; then
  stale=yes
fi
if [ -n "$stale" ]; then
  echo "setup: publishing the command line (Native AOT, and ReadyToRun for the cluster) and the map server (ReadyToRun)"
  r2r=(-c "$configuration" -r linux-x64 --self-contained false -p:PublishReadyToRun=true -nologo -v quiet -clp:ErrorsOnly)
  dotnet publish src/TerrainDescent.Cli "${r2r[@]}" -o .build/cli/jit
  # The native publish removes the managed assemblies it finds in its folder, so the map server comes after it.
  dotnet publish src/TerrainDescent.Cli -c "$configuration" -r linux-x64 -p:PublishAot=true -o .build/cli -nologo -v quiet -clp:ErrorsOnly
  dotnet publish src/TerrainDescent.Web "${r2r[@]}" -o .build/cli
  echo "$fingerprint" > "$stamp"
fi
