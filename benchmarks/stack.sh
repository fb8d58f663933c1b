# Shared by the import benchmarks: starts the local stack, from the copies in "$work", on ports of its
# own (Kafka 29092, MongoDB 27217, services 28081/28082), stops it and removes "$work" on exit.
start_stack() {
  MALLOC_ARENA_MAX=2 java @local-stack/infra.jvm -jar "$work/local-stack.jar" --services-dir="$work/services" --data-dir="$work/data" --kafka-port=29092 \
    --kafka-controller-port=29093 --mongo-port=27217 --feedback-port=28081 --choice-port=28082 > "$work/stack.log" 2>&1 &
  stack=$!
  # The logs are kept (in benchmark-logs/ under the system's temporary folder) for a run that went wrong.
  trap 'kill "$stack" 2>/dev/null; wait "$stack" 2>/dev/null || true; logs="${TMPDIR:-/tmp}/benchmark-logs"; mkdir -p "$logs";
        find "$work" -name "*.log" -exec cp {} "$logs/" \; ; rm -rf "$work"' EXIT
  for _ in $(seq 1 180); do grep -q 'Carefeed is running' "$work/stack.log" && break; sleep 1; done
  grep -q 'Carefeed is running' "$work/stack.log" || { cat "$work/stack.log"; exit 1; }
}
