#!/usr/bin/env bash
# Checks what `dotnet pack GovTransparency.Domain.sln -c Release -o artifacts/packages` produced (run it after
# .ci/run's pack): each library package has its .nupkg and .snupkg, and each .nupkg ships the files listed below.
# Zip entry names are stored uncompressed, so grep finds them without an unzip tool. (That the Testing package
# depends on GovTransparency.Domain and NodaTime only is a test: PackageDependencyTests.)
set -uo pipefail
cd "$(dirname "$0")/../.."

status=0

# check PACKAGE ENTRY...: the package's .nupkg and .snupkg exist, and the .nupkg holds every ENTRY.
check() {
  local package=$1
  shift
  # The version starts with a digit, so GovTransparency.Domain.[0-9]* never matches GovTransparency.Domain.Testing.
  local nupkg
  nupkg=$(ls artifacts/packages/"$package".[0-9]*.nupkg 2>/dev/null | head -n 1)
  if [ -z "$nupkg" ] || ! ls artifacts/packages/"$package".[0-9]*.snupkg >/dev/null 2>&1; then
    echo "artifacts/packages lacks the $package .nupkg or .snupkg (run dotnet pack first)" >&2
    status=1
    return
  fi
  for entry in README.md LICENSE "$@"; do
    if ! grep -aq "$entry" "$nupkg"; then
      echo "the $package package lacks $entry" >&2
      status=1
    fi
  done
}

check GovTransparency.Domain schemas/govtransparency.schema.json data/holiday-cn/LICENSE-holiday-cn.txt \
  lib/netstandard2.0/GovTransparency.Domain.dll lib/net10.0/GovTransparency.Domain.dll
check GovTransparency.Import lib/netstandard2.0/GovTransparency.Import.dll lib/net10.0/GovTransparency.Import.dll
check GovTransparency.Domain.Testing \
  lib/netstandard2.0/GovTransparency.Domain.Testing.dll lib/netstandard2.0/GovTransparency.Domain.Testing.xml \
  lib/net10.0/GovTransparency.Domain.Testing.dll lib/net10.0/GovTransparency.Domain.Testing.xml

[ "$status" -eq 0 ] && echo "package contents check passed"
exit $status
