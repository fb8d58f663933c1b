#!/usr/bin/env bash
# Benchmark, not a test: on an idle local stack, the time from feedback-service's 202 to the review
# being served by choice-service (200 samples unless SAMPLES says otherwise), with the time of one
# request on its own as the baseline. The stack runs with the submission rate limit raised, as the
# benchmark submits from one address.
#   benchmarks/freshness.sh
set -euo pipefail
cd "$(dirname "$0")/.."
. benchmarks/stack.sh
samples="${SAMPLES:-200}"
work="$(mktemp -d)"

./mvnw --quiet --batch-mode package -DskipTests
cp -r local-stack/target/local-stack.jar local-stack/target/services "$work/"
# The services inherit the stack's environment, but for CAREFEED_ and SPRING_ variables: a system
# property given to every JVM raises the limit.
export JAVA_TOOL_OPTIONS="-Dcarefeed.rate-limits.submissions.requests=1000000"
start_stack

# The demo directory reaches feedback-service's copy a moment after start-up.
for _ in $(seq 1 60); do
  code=$(curl -s -o /dev/null -w '%{http_code}' -X POST http://localhost:28081/api/reviews -H 'Content-Type: application/json' \
    -d "{\"providerCode\":\"ZZ101\",\"rating\":4,\"title\":\"Ready?\",\"text\":\"Checking the directory has arrived.\",\"visitMonth\":\"$(date +%Y-%m)\",\"authorRole\":\"patient\",\"consentToPublish\":true}")
  [ "$code" = 202 ] && break
  sleep 1
done
java benchmarks/Freshness.java http://localhost:28081 http://localhost:28082 "$samples"
