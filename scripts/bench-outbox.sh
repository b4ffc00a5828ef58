#!/usr/bin/env bash
# Write path benchmark: centres registered and opened through centers-service with concurrent
# clients; prints request latency, outbox latency (transaction -> broker), time until the reports
# show them, and the services' resident memory. Local only (127.0.0.1), bounded: BENCH_CENTRES
# centres (default 300) with BENCH_CLIENTS clients (default 4).
# Needs PostgreSQL and Kafka (./hamkori infra-up) and packaged services (./mvnw package -DskipTests).
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
./hamkori infra-up
./mvnw -B -q -o install -DskipTests -pl event-contract,service-kit,service-test-kit 2>/dev/null \
  || ./mvnw -B -q install -DskipTests -pl event-contract,service-kit,service-test-kit
./mvnw -B verify -pl system-tests -Pbenchmarks -Dit.test=OutboxLatencyBenchmark \
  -Dbench.centres="${BENCH_CENTRES:-300}" -Dbench.clients="${BENCH_CLIENTS:-4}" >/tmp/hamkori-bench-outbox.log 2>&1 \
  || { tail -50 /tmp/hamkori-bench-outbox.log; exit 1; }
cat system-tests/target/bench-outbox.txt
