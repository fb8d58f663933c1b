#!/usr/bin/env bash
# Benchmark, not a test: the resident memory of every process of the local stack (the infrastructure
# process, which holds the broker and the Mongo-wire server, and each service), idle after start-up and
# under sustained load (SUBMISSIONS submissions, 5,000 unless said, from 4 clients, with a public read
# after each), sampled every 2 s; prints idle, peak and after-load figures per process and in all.
#   benchmarks/memory.sh
set -euo pipefail
cd "$(dirname "$0")/.."
. benchmarks/stack.sh
submissions="${SUBMISSIONS:-5000}"
work="$(mktemp -d)"

./mvnw --quiet --batch-mode package -DskipTests
cp -r local-stack/target/local-stack.jar local-stack/target/services "$work/"
# One address submits everything here, so the submission limit is raised (see freshness.sh).
export JAVA_TOOL_OPTIONS="-Dcarefeed.rate-limits.submissions.requests=1000000"
start_stack

# Resident kB of the stack's process and of each child JVM, one line: infra feedback choice total.
sample() {
  local infra children rss line total
  infra=$(ps -o rss= -p "$stack" | tr -d ' ')
  line="$infra"; total="$infra"
  for child in $(pgrep -P "$stack" java | sort -n); do
    rss=$(ps -o rss= -p "$child" | tr -d ' ')
    line="$line $rss"; total=$((total + rss))
  done
  echo "$line $total"
}
report() {
  awk -v what="$1" '{ for (i = 1; i <= NF; i++) if ($i > peak[i]) peak[i] = $i; n = NF }
    END { printf "%-22s", what; for (i = 1; i <= n; i++) printf " %8.0f MB", peak[i] / 1024; printf "\n" }' "$2"
}

sleep 30
for _ in $(seq 1 5); do sample; sleep 2; done > "$work/idle"
java benchmarks/Load.java http://localhost:28081 http://localhost:28082 "$submissions" 4 &
load=$!
while kill -0 "$load" 2>/dev/null; do sample; sleep 2; done > "$work/loaded"
wait "$load"
sleep 30
for _ in $(seq 1 5); do sample; sleep 2; done > "$work/after"

printf "%-22s %11s %11s %11s %11s\n" "resident (highest)" infra feedback choice total
report "idle after start-up" "$work/idle"
report "under load" "$work/loaded"
report "30 s after the load" "$work/after"
