#!/usr/bin/env bash
# Benchmark, not a test: imports a generated indicator CSV (1,000,000 rows unless ROWS says otherwise)
# with choice-service's command-line import in a JVM whose heap is capped at 256 MB, against the local
# stack's Mongo-wire server, and prints rows per second and the importer's peak heap.
#   benchmarks/indicator-import.sh            # ROWS=100000 benchmarks/indicator-import.sh for a quick run
set -euo pipefail
cd "$(dirname "$0")/.."
rows="${ROWS:-1000000}"
work="$(mktemp -d)"

./mvnw --quiet --batch-mode package -DskipTests
# The stack and the importer run from copies, so rebuilding meanwhile cannot disturb them.
cp -r local-stack/target/local-stack.jar local-stack/target/services choice-service/target/choice-service.jar "$work/"

echo "Generating $rows rows..."
java benchmarks/GenerateIndicatorCsv.java "$work/indicators.csv" "$rows"
ls -l "$work/indicators.csv" | awk '{printf "File: %.0f MB\n", $5 / 1048576}'

java -jar "$work/local-stack.jar" --services-dir="$work/services" --data-dir="$work/data" --kafka-port=29092 \
  --kafka-controller-port=29093 --mongo-port=27217 --feedback-port=28081 --choice-port=28082 > "$work/stack.log" 2>&1 &
stack=$!
trap 'kill "$stack" 2>/dev/null; wait "$stack" 2>/dev/null; rm -rf "$work"' EXIT
for _ in $(seq 1 180); do grep -q 'Carefeed is running' "$work/stack.log" && break; sleep 1; done
grep -q 'Carefeed is running' "$work/stack.log" || { cat "$work/stack.log"; exit 1; }

echo "Importing with -Xmx256m..."
java -Xmx256m -jar "$work/choice-service.jar" import "$work/indicators.csv" \
  --spring.mongodb.uri=mongodb://localhost:27217/carefeed-choice --spring.kafka.bootstrap-servers=localhost:29092 \
  | grep -v 'rows read'
