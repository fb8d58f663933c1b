#!/usr/bin/env bash
# Benchmark, not a test: the public reviews list of a provider with 10,000 reviews against one with 10
# (other sizes as arguments), on a local stack of its own. The reviews are published on the reviews topic
# as by benchmarks/replay.sh; then pages are read one after the other, in alternating rounds.
#   benchmarks/review-list.sh [10 10000]
set -euo pipefail
cd "$(dirname "$0")/.."
. benchmarks/stack.sh
few="${1:-10}"
many="${2:-10000}"
work="$(mktemp -d)"

./mvnw --quiet --batch-mode package -DskipTests
./mvnw --quiet --batch-mode dependency:build-classpath -pl platform -Dmdep.outputFile="$work/classpath" -Dmdep.includeScope=compile
cp -r local-stack/target/local-stack.jar local-stack/target/services "$work/"
start_stack
# Replay names the providers of its first and second size ZZ802 and ZZ803.
java -cp "events/target/classes:platform/target/classes:$(cat "$work/classpath")" benchmarks/Replay.java \
  localhost:29092 http://localhost:28082 "$few" "$many"
java benchmarks/ReviewList.java http://localhost:28082 ZZ802 ZZ803
