#!/usr/bin/env bash
# Installs what TerrainDescent needs on Debian 12 with the .NET 10 SDK, idempotently, then builds it.
# Debian packages are installed only when missing; NuGet packages are restored by the build.
set -euo pipefail
cd "$(dirname "$0")/.."

# Debian packages: GDAL's C library for reading rasters, gdal-bin for the tests' fixtures, DejaVu for the text of
# the pictures, Chromium for the map page's browser test, redis-server for the cluster's membership (the
# MultiProcess test and scripts/cluster-local.sh start their own, without persistence), and Node.js with npm to
# bundle the page's scripts (when no node is installed already).
packages=(libgdal32 gdal-bin fonts-dejavu-core chromium redis-server)
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

# The command line and the map server's program (which `terrain-descent serve` runs), precompiled (ReadyToRun)
# side by side into .build/cli so that they start without JIT-compiling their code paths first; republished only
# when the build has changed since.
published=".build/cli/terrain-descent.dll"
stale=""
for project in Cli Web; do
  build="src/TerrainDescent.$project/bin/$configuration/net10.0"
  if [ ! -f "$published" ] || [ ! -f .build/cli/terrain-descent-serve.dll ] \
    || [ -n "$(find "$build" -newer "$published" -type f -name "*.dll" -print -quit)" ]; then
    stale=yes
  fi
done
if [ -n "$stale" ]; then
  echo "setup: publishing the command line and the map server (ReadyToRun)"
  for project in Cli Web; do
    dotnet publish "src/TerrainDescent.$project" -c "$configuration" -r linux-x64 --self-contained false \
      -p:PublishReadyToRun=true -o .build/cli -nologo -v quiet -clp:ErrorsOnly
  done
  touch "$published"
fi
