#!/usr/bin/env bash
# Fuzzing in CI: every public parser of GovTransparency.Domain and GovTransparency.Import takes 2,000 random and
# mutated inputs with the fixed seed 20211231 (37 s measured on a busy 2-core machine, after the build). Fails if any input
# throws, breaks a parser's law (a usable result: messages, resolution, validation, JSON round trip) or takes
# 100 ms or more on each of three tries; the failing inputs are saved in artifacts/fuzz/ with the command that
# replays them. The full run (100,000 inputs per parser) is scripts/fuzz.sh.
# Run from the repository root. Extra arguments are passed to the fuzzer (for example --count 500).
set -uo pipefail
cd "$(dirname "$0")/../.."

export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1 DOTNET_SKIP_FIRST_TIME_EXPERIENCE=1

if ! dotnet build tests/GovTransparency.Fuzz -c Release --nologo -v q; then
  echo "fuzz: building tests/GovTransparency.Fuzz failed" >&2
  exit 1
fi

rm -rf artifacts/fuzz
dotnet tests/GovTransparency.Fuzz/bin/Release/net10.0/GovTransparency.Fuzz.dll --count 2000 --seed 20211231 --out artifacts/fuzz "$@"
status=$?
if [ "$status" -ne 0 ]; then
  echo "fuzz: FAILED (exit $status); inputs saved in artifacts/fuzz/" >&2
fi
exit "$status"
