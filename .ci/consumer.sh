#!/usr/bin/env bash
# Builds and runs tests/PackageConsumer outside the repository against the packed packages only, through a
# nuget.config that points at the package folder, with a private package cache so no stale copy is used.
set -euo pipefail
packages=$(cd "$1" && pwd)
root=$(cd "$(dirname "$0")/.." && pwd)
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
cp "$root"/tests/PackageConsumer/*.csproj "$root"/tests/PackageConsumer/*.cs "$work"/
version=$(ls "$packages" | sed -n 's/^LeadLifecycle\.\([0-9][^a-zA-Z]*[0-9]\)\.nupkg$/\1/p' | head -n 1)
[ -n "$version" ] || { echo "consumer: no LeadLifecycle package in $packages" >&2; exit 1; }
cat > "$work/nuget.config" <<XML
<?xml version="1.0" encoding="utf-8"?>
<configuration>
  <packageSources>
    <add key="local-packages" value="$packages" />
  </packageSources>
</configuration>
XML
export NUGET_PACKAGES="$work/.nuget-packages"
cd "$work"
dotnet run -c Release -p:LeadLifecycleVersion="$version"
