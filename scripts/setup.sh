#!/usr/bin/env bash
# Installs what TerrainDescent needs on Debian 12 with the .NET 10 SDK, idempotently, then builds it.
# Debian packages are installed only when missing; NuGet packages are restored by the build.
set -euo pipefail
cd "$(dirname "$0")/.."

# Debian packages: GDAL's C library for reading rasters, gdal-bin for the tests' fixtures.
packages=(libgdal32 gdal-bin)
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

configuration="${TD_CONFIGURATION:-Release}"
echo "setup: building ($configuration)"
dotnet build TerrainDescent.sln -c "$configuration" -nologo -v quiet -clp:ErrorsOnly
