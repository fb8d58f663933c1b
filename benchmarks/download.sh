#!/usr/bin/env bash
# Benchmark, not a test: choice-service's heap while it streams the published reviews download of 10,000
# and then 100,000 reviews (other sizes as arguments), on a local stack of its own (services capped at a
# 256 MB heap, as the local stack runs them).
#   benchmarks/download.sh [10000 100000]
set -euo pipefail
cd "$(dirname "$0")/.."
. benchmarks/stack.sh
sizes=("${@:-10000 100000}")
work="$(mktemp -d)"

./mvnw --quiet --batch-mode package -DskipTests
./mvnw --quiet --batch-mode dependency:build-classpath -pl platform -Dmdep.outputFile="$work/classpath" -Dmdep.includeScope=compile
cp -r local-stack/target/local-stack.jar local-stack/target/services "$work/"
start_stack
# shellcheck disable=SC2068
java -cp "$(cat "$work/classpath")" benchmarks/Download.java mongodb://localhost:27217 http://localhost:28082 \
  http://localhost:9082 ${sizes[@]}
