#!/usr/bin/env bash
# Culture and time-zone invariance: runs the example-based tests of the Domain and Import packages (net10.0 builds)
# under five cultures (GOVT_TEST_CULTURE, applied by a module initializer in the test assemblies) paired with three
# time zones (TZ), so every culture and every zone is covered:
#   tr-TR + America/Los_Angeles, ar-SA + Asia/Shanghai, zh-CN + UTC, en-US + America/Los_Angeles, invariant + Asia/Shanghai.
# The subset is every example-based test: all but the random-input robustness, property, scaling and concurrency
# tests (by class or method name: Robustness, Propert…, JsonSchema, RoundTrip, Scaling, Concurren…, Laws, Any_…,
# Random_…, No_text_…, million, bucketed, Every_character, Every_seed_cut, Every_truncation). Those feed generated
# inputs to laws whose answers do not depend on the culture, and they are the slow part; the example-based tests
# compare parsing, deadlines, calendar, compliance rendering, JSON, validation messages and the seed imports with
# values written out by hand, which is what a culture-dependent format or comparison would break.
# TestEnvironmentTests in each run proves the culture and the zone took effect.
# Results go to artifacts/invariance-results (never artifacts/test-results, which .ci/run counts).
# Run from the repository root after a Release build (builds the two test projects if they are not built).
# Exits non-zero if any run fails or runs no test.
set -uo pipefail
cd "$(dirname "$0")/../.."

export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1 DOTNET_SKIP_FIRST_TIME_EXPERIENCE=1

PROJECTS=(tests/GovTransparency.Domain.Tests tests/GovTransparency.Import.Tests)
RUNS=("tr-TR America/Los_Angeles" "ar-SA Asia/Shanghai" "zh-CN UTC" "en-US America/Los_Angeles" "invariant Asia/Shanghai")
FILTER='FullyQualifiedName!~Robustness&FullyQualifiedName!~Propert&FullyQualifiedName!~JsonSchema&FullyQualifiedName!~RoundTrip&FullyQualifiedName!~Scaling&FullyQualifiedName!~Concurren&FullyQualifiedName!~.Laws.&FullyQualifiedName!~.Any_&FullyQualifiedName!~.No_text_&FullyQualifiedName!~.Random_&FullyQualifiedName!~million&FullyQualifiedName!~bucketed&FullyQualifiedName!~Every_character&FullyQualifiedName!~.Every_seed_cut&FullyQualifiedName!~.Every_truncation'
RESULTS=artifacts/invariance-results

for project in "${PROJECTS[@]}"; do
  name=$(basename "$project")
  if [ ! -f "$project/bin/Release/net10.0/$name.dll" ]; then
    dotnet build "$project" -c Release --nologo -v q || { echo "invariance: building $project failed" >&2; exit 1; }
  fi
done

rm -rf "$RESULTS"
status=0
summary=()
for run in "${RUNS[@]}"; do
  read -r culture zone <<<"$run"
  dir="$RESULTS/$culture-${zone//\//_}"
  mkdir -p "$dir"
  # Both test projects in one invocation (a solution filter), so they run side by side.
  GOVT_TEST_CULTURE="$culture" TZ="$zone" dotnet test .ci/steps/invariance.slnf -c Release --no-build --nologo \
    --filter "$FILTER" --results-directory "$dir" --logger trx --logger "console;verbosity=minimal" \
    >"$dir/test.log" 2>&1 || true
  for project in "${PROJECTS[@]}"; do
    name=$(basename "$project")
    trx=$(grep -l "$name.dll" "$dir"/*.trx 2>/dev/null | head -n 1)
    counters=$(grep -o '<Counters [^>]*>' "${trx:-/dev/null}" 2>/dev/null | head -n 1)
    passed=$(sed -n 's/.* passed="\([0-9]*\)".*/\1/p' <<<"$counters")
    failed=$(sed -n 's/.* failed="\([0-9]*\)".*/\1/p' <<<"$counters")
    passed=${passed:-0}
    failed=${failed:-0}
    summary+=("$(printf '%-10s %-20s %-30s %5s passed %3s failed' "$culture" "$zone" "$name" "$passed" "$failed")")
    if [ "$failed" -ne 0 ] || [ "$passed" -eq 0 ]; then
      echo "invariance: $name under $culture / $zone: $passed passed, $failed failed (log: $dir/test.log)" >&2
      grep -E '^\s+Failed |Error Message' -A3 "$dir/test.log" | head -40 >&2
      status=1
    fi
  done
done

printf '%s\n' "${summary[@]}"
if [ "$status" -ne 0 ]; then
  echo "invariance: FAILED" >&2
else
  echo "invariance: every run passed"
fi
exit "$status"
