#!/usr/bin/env bash
# Checks the GovTransparency.Domain.Testing package that `dotnet pack GovTransparency.Domain.sln -c Release -o
# artifacts/packages` produced (run it after .ci/run's pack): the .nupkg and .snupkg exist and the .nupkg ships both
# assets with their XML docs, the README and the LICENSE. Zip entry names are stored uncompressed, so grep finds them
# without an unzip tool. (That the package depends on GovTransparency.Domain and NodaTime only is a test:
# PackageDependencyTests.)
set -uo pipefail
cd "$(dirname "$0")/../.."

status=0
nupkg=$(ls artifacts/packages/GovTransparency.Domain.Testing.0.*.nupkg 2>/dev/null | head -n 1)
if [ -z "$nupkg" ] || ! ls artifacts/packages/GovTransparency.Domain.Testing.0.*.snupkg >/dev/null 2>&1; then
  echo "artifacts/packages lacks the GovTransparency.Domain.Testing .nupkg or .snupkg (run dotnet pack first)" >&2
  exit 1
fi

for entry in README.md LICENSE \
  lib/netstandard2.0/GovTransparency.Domain.Testing.dll lib/netstandard2.0/GovTransparency.Domain.Testing.xml \
  lib/net10.0/GovTransparency.Domain.Testing.dll lib/net10.0/GovTransparency.Domain.Testing.xml; do
  if ! grep -aq "$entry" "$nupkg"; then
    echo "the GovTransparency.Domain.Testing package lacks $entry" >&2
    status=1
  fi
done
exit $status
