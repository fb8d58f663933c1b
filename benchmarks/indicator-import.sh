#!/usr/bin/env bash
# Benchmark, not a test: imports a generated indicator CSV (1,000,000 rows unless ROWS says otherwise)
# with choice-service's command-line import in a JVM whose heap is capped at 256 MB, against the local
# stack's Mongo-wire server, and prints rows per second and the importer's peak heap.
#   benchmarks/indicator-import.sh            # ROWS=100000 benchmarks/indicator-import.sh for a quick run
set -euo pipefail
cd "$(dirname "$0")/.."
. benchmarks/stack.sh
rows="${ROWS:-1000000}"
work="$(mktemp -d)"

./mvnw --quiet --batch-mode package -DskipTests
# The stack and the importer run from copies, so rebuilding meanwhile cannot disturb them.
cp -r local-stack/target/local-stack.jar local-stack/target/services choice-service/target/choice-service.jar "$work/"

echo "Generating $rows rows..."
java benchmarks/GenerateIndicatorCsv.java "$work/indicators.csv" "$rows"
ls -l "$work/indicators.csv" | awk '{printf "File: %.0f MB\n", $5 / 1048576}'

start_stack

echo "Importing with -Xmx256m..."
java -Xmx256m -jar "$work/choice-service.jar" import "$work/indicators.csv" \
  --spring.mongodb.uri=mongodb://localhost:27217/carefeed-choice --spring.kafka.bootstrap-servers=localhost:29092 \
  | grep -v 'rows read'
