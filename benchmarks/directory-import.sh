#!/usr/bin/env bash
# Benchmark, not a test: imports a generated copy of the whole NHS Choices published set (about
# 67,000 organisations and 400,000 opening-times, services and staff rows in 21 files; SCALE=0.1 for
# a tenth) as one folder, with choice-service's command-line import in a JVM whose heap is capped at
# 256 MB, against the local stack's Mongo-wire server. Then imports it again unchanged (nothing may be
# written), and, as the baseline measured in the same run, times unordered bulk inserts of the very
# documents the import wrote, through the MongoDB driver into the same server.
#   benchmarks/directory-import.sh            # SCALE=0.1 benchmarks/directory-import.sh for a quick run
set -euo pipefail
cd "$(dirname "$0")/.."
. benchmarks/stack.sh
scale="${SCALE:-1.0}"
work="$(mktemp -d)"

./mvnw --quiet --batch-mode package -DskipTests
./mvnw --quiet --batch-mode -pl choice-service dependency:build-classpath -Dmdep.outputFile="$work/classpath"
# The stack and the importer run from copies, so rebuilding meanwhile cannot disturb them.
cp -r local-stack/target/local-stack.jar local-stack/target/services choice-service/target/choice-service.jar "$work/"

java benchmarks/GenerateNhsChoicesSet.java "$work/set" "$scale"
rows=$(for f in "$work"/set/*.csv; do echo $(( $(wc -l < "$f") - 1 )); done | awk '{ n += $1 } END { print n }')
du -sm "$work/set" | awk '{printf "Set: %s MB\n", $1}'

start_stack

import() {
  java -Xmx256m -jar "$work/choice-service.jar" import "$work/set" \
    --spring.mongodb.uri=mongodb://localhost:27217/carefeed-choice --spring.kafka.bootstrap-servers=localhost:29092 \
    | grep -v 'rows read'
}
seconds() { date +%s.%N; }
since() { awk -v a="$1" -v b="$(seconds)" 'BEGIN { print b - a }'; }

echo "First import of $rows rows, -Xmx256m (wall time includes the JVM's start):"
start=$(seconds); import; first=$(since "$start")
echo "Import again, unchanged:"
start=$(seconds); import; again=$(since "$start")

java -Xmx4g -cp "$(cat "$work/classpath")" benchmarks/BulkInsertBaseline.java mongodb://localhost:27217 \
  carefeed-choice providers provider_identifiers organisation_details postcode_centres indicator_values \
  > "$work/baseline.txt" 2> "$work/baseline.err" || { tail -30 "$work/baseline.err"; exit 1; }
grep -v BASELINE_SECONDS "$work/baseline.txt"
baseline=$(sed -n 's/^BASELINE_SECONDS=//p' "$work/baseline.txt")

awk -v rows="$rows" -v first="$first" -v again="$again" -v baseline="$baseline" 'BEGIN {
  printf "RESULT first import: %d rows in %.1f s, %.0f rows/s\n", rows, first, rows / first
  printf "RESULT unchanged re-import: %.1f s, %.0f rows/s\n", again, rows / again
  printf "RESULT baseline (bulk inserts of the same documents): %.1f s; the import takes %.2fx its time (%.0f%% of its rate)\n", \
    baseline, first / baseline, 100 * baseline / first
}'
