#!/usr/bin/env bash
# Loads the demo scenario into a running suite through the services' HTTP APIs: 54 centres,
# 37 active groups with members, meetings and safety issues, and over 3,000 certified trainees.
# Deterministic (--seed, default 2021) and idempotent: running it again creates nothing new.
# `./hamkori up --demo` runs it once the suite is up. Options: scripts/load-demo.sh --help
# (--scale 0.1 for a smaller scenario of the same shape; base URLs and tokens from options or env).
# By default it also waits until reporting-service (HAMKORI_REPORTING_URL, default
# http://127.0.0.1:8084) shows the scenario's totals; progress on stderr, totals and overview on stdout.
set -euo pipefail
cd "$(dirname "$(readlink -f "${BASH_SOURCE[0]}")")/.."

JAR=scenario-loader/target/scenario-loader-1.0.0-SNAPSHOT.jar

# build the loader if it is missing or older than its sources (./hamkori up's build includes it)
if [[ ! -f "$JAR" || ! -d scenario-loader/target/lib \
      || -n "$(find scenario-loader/pom.xml scenario-loader/src/main -newer "$JAR" -print -quit)" ]]; then
  echo "[load-demo] building the scenario loader…" >&2
  ./mvnw -B -q -o package -DskipTests -pl scenario-loader >&2 2>/dev/null \
    || ./mvnw -B -q install -DskipTests -pl scenario-loader -am >&2
fi

export HAMKORI_REPORTING_URL="${HAMKORI_REPORTING_URL-http://127.0.0.1:8084}"
# a short run: the quick JIT compiler alone leaves more of the CPU to the services
exec java -Xmx512m -XX:TieredStopAtLevel=1 -XX:+UseSerialGC -jar "$JAR" "$@"
