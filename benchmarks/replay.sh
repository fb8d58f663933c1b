#!/usr/bin/env bash
# Benchmark, not a test: choice-service taking in 10,000 and then 100,000 reviews of one provider each
# (other sizes as arguments), on a local stack of its own; prints each time and the ratio of the two.
#   benchmarks/replay.sh [10000 100000]
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
java -cp "events/target/classes:platform/target/classes:$(cat "$work/classpath")" benchmarks/Replay.java \
  localhost:29092 http://localhost:28082 ${sizes[@]}
