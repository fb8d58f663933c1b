#!/usr/bin/env bash
# Lints choice-service's OpenAPI and AsyncAPI documents with Spectral (.spectral.yaml), failing on any
# error. `./mvnw verify` runs it after the integration tests, on what ApiContractsIT fetched from the
# running service into target/contracts. By hand, after a verify: choice-service/contracts/lint.sh
set -euo pipefail
here="$(cd "${BASH_SOURCE[0]%/*}" && pwd)"
docs="${1:-$here/../target/contracts}"
# CI sets this, so there a missing Node.js or a missing document fails the build instead of skipping.
strict="${CAREFEED_REQUIRE_CONTRACT_LINT:-false}"

skip() {
  echo "[contracts] LINT SKIPPED: $1"
  if [ "$strict" = "true" ]; then
    echo "[contracts] CAREFEED_REQUIRE_CONTRACT_LINT=true: failing instead." >&2
    exit 1
  fi
  exit 0
}

if ! command -v node >/dev/null 2>&1 || ! command -v npm >/dev/null 2>&1; then
  skip "Node.js and npm are not installed, so the OpenAPI and AsyncAPI documents were not linted. Install them (apt-get install nodejs npm) to lint."
fi
if [ ! -f "$docs/openapi.json" ] || [ ! -f "$docs/asyncapi.yaml" ]; then
  skip "no openapi.json and asyncapi.yaml in $docs: ApiContractsIT, which fetches them from the running service, did not run (tests skipped, or other ITs chosen)."
fi

cd "$here"
if [ ! -x node_modules/.bin/spectral ] || [ package-lock.json -nt node_modules/.package-lock.json ]; then
  # Exactly the locked versions; no install scripts (the only one is a CLI's usage analytics).
  npm ci --ignore-scripts --no-audit --no-fund --loglevel=error
fi
echo "[contracts] spectral lint --fail-severity=error $docs/openapi.json $docs/asyncapi.yaml"
node_modules/.bin/spectral lint --fail-severity=error --ruleset .spectral.yaml \
  "$docs/openapi.json" "$docs/asyncapi.yaml"
