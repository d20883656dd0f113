#!/usr/bin/env bash
# Package smoke test: builds and runs tests/PackageSmoke/SmokeApp, a consumer that references the packed packages in
# artifacts/packages by package version (never by project reference), on the net10.0 assets and, through the
# netstandard2.0 library SmokeLibrary, on the netstandard2.0 assets (see tests/PackageSmoke/SmokeApp/SmokeApp.csproj).
# Run from the repository root after `dotnet pack GovTransparency.Domain.sln -c Release -o artifacts/packages`; packs
# the libraries itself when that folder lacks them. Exits non-zero and says what failed.
set -euo pipefail
cd "$(dirname "$0")/../.."
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1 DOTNET_SKIP_FIRST_TIME_EXPERIENCE=1

fail() { echo "package smoke test FAILED: $*" >&2; exit 1; }

# The version is written once, in the src project (or Directory.Build.props if it moves there): read it from MSBuild.
version=$(dotnet msbuild src/GovTransparency.Domain/GovTransparency.Domain.csproj -getProperty:Version) || version=
[ -n "$version" ] || fail "could not read the package version from src/GovTransparency.Domain"
# The packages under test are listed once, in tests/PackageSmoke/Directory.Build.props.
packages=$(dotnet msbuild tests/PackageSmoke/SmokeApp/SmokeApp.csproj -getProperty:SmokePackages) || packages=
[ -n "$packages" ] || fail "could not read SmokePackages from tests/PackageSmoke/Directory.Build.props"
IFS=';' read -r -a package_ids <<<"$packages"
echo "package smoke test: ${package_ids[*]} $version"

missing=0
for id in "${package_ids[@]}"; do
  [ -f "artifacts/packages/$id.$version.nupkg" ] || missing=1
done
if [ "$missing" -ne 0 ]; then
  echo "artifacts/packages lacks a package at $version: packing the solution"
  dotnet pack GovTransparency.Domain.sln -c Release -o artifacts/packages --nologo || fail "dotnet pack failed"
fi
for id in "${package_ids[@]}"; do
  [ -f "artifacts/packages/$id.$version.nupkg" ] || fail "artifacts/packages/$id.$version.nupkg was not packed"
done

# A packages folder of our own, empty, so nothing cached from an earlier build of the same version is used.
rm -rf artifacts/smoke-packages artifacts/smoke
dotnet build tests/PackageSmoke/SmokeApp/SmokeApp.csproj -c Release "-p:SmokeVersion=$version" --nologo \
  || fail "the consumer projects did not build against the packed packages"

# The restored packages must be the very files packed here, not a same-version package from another source.
sha512_base64() {
  if command -v openssl >/dev/null; then openssl dgst -sha512 -binary "$1" | base64 | tr -d '\n'
  else python3 -c 'import base64,hashlib,sys; print(base64.b64encode(hashlib.sha512(open(sys.argv[1],"rb").read()).digest()).decode(), end="")' "$1"
  fi
}
for id in "${package_ids[@]}"; do
  lower_id=$(tr '[:upper:]' '[:lower:]' <<<"$id")
  lower_version=$(tr '[:upper:]' '[:lower:]' <<<"$version")
  restored="artifacts/smoke-packages/$lower_id/$lower_version/$lower_id.$lower_version.nupkg.sha512"
  [ -f "$restored" ] || fail "$id $version was not restored into artifacts/smoke-packages"
  [ "$(tr -d '\n' <"$restored")" = "$(sha512_base64 "artifacts/packages/$id.$version.nupkg")" ] \
    || fail "the restored $id $version is not the package in artifacts/packages (another source holds that version)"
done

dotnet artifacts/smoke/bin/SmokeApp/Release/net10.0/SmokeApp.dll || fail "SmokeApp reported failed checks (above)"
