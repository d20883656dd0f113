#!/usr/bin/env bash
# Symbols, sources and readme of the packed packages: runs tests/PackageSmoke/SymbolCheck over artifacts/packages.
# For each library package: the .snupkg holds a portable PDB per target framework matching the DLL, with every source
# file of src/<package> embedded and equal to the repository's file (the packages use EmbedAllSources, not SourceLink);
# the .nupkg names README.md as its readme and holds the README's quick start. Run from the repository root after
# `dotnet pack GovTransparency.Domain.sln -c Release -o artifacts/packages` (packs the solution itself if needed).
set -euo pipefail
cd "$(dirname "$0")/../.."
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1 DOTNET_SKIP_FIRST_TIME_EXPERIENCE=1

fail() { echo "package symbols check FAILED: $*" >&2; exit 1; }

version=$(dotnet msbuild src/GovTransparency.Domain/GovTransparency.Domain.csproj -getProperty:Version) || version=
[ -n "$version" ] || fail "could not read the package version from src/GovTransparency.Domain"
packages=$(dotnet msbuild tests/PackageSmoke/SmokeApp/SmokeApp.csproj -getProperty:SmokePackages) || packages=
[ -n "$packages" ] || fail "could not read SmokePackages from tests/PackageSmoke/Directory.Build.props"
IFS=';' read -r -a package_ids <<<"$packages"

for id in "${package_ids[@]}"; do
  if [ ! -f "artifacts/packages/$id.$version.nupkg" ] || [ ! -f "artifacts/packages/$id.$version.snupkg" ]; then
    echo "artifacts/packages lacks $id $version: packing the solution"
    dotnet pack GovTransparency.Domain.sln -c Release -o artifacts/packages --nologo || fail "dotnet pack failed"
    break
  fi
done

dotnet build tests/PackageSmoke/SymbolCheck/SymbolCheck.csproj -c Release --nologo -v q \
  || fail "tests/PackageSmoke/SymbolCheck did not build"
dotnet artifacts/smoke/bin/SymbolCheck/Release/net10.0/SymbolCheck.dll . "$version" "${package_ids[@]}" \
  || fail "see the FAILED lines above"
