#!/usr/bin/env bash
# Single-node Apache Kafka broker (KRaft, broker + controller in one JVM) for local development
# and tests, run from the Maven Central jars (no Docker, no Kafka download).
#
#   infra/kafka.sh up       fetch jars if missing, format storage once, start, wait, create topics
#   infra/kafka.sh down     stop the broker (SIGTERM, SIGKILL after a deadline); data is kept
#   infra/kafka.sh status   running or not (exit 0 when running, 3 when not)
#   infra/kafka.sh reset    stop the broker and delete its data (clean slate)
#
# Tests call "down" then "up" to simulate a broker outage: "up" restarts it with the same data.
# Everything lives under <repo>/.hamkori: kafka/libs (jars), kafka/data (log.dirs),
# kafka/server.properties, pids/kafka.pid, logs/kafka.log (all but the jars under $HAMKORI_STATE_DIR when set).
set -euo pipefail

# shellcheck source=lib/sh/common.sh
source "$(dirname "${BASH_SOURCE[0]}")/../lib/sh/common.sh" kafka
KDIR="$HK/kafka"
LIBS="$DOWNLOADS/kafka/libs"
DATA="$KDIR/data"
CONF="$KDIR/server.properties"
# Class-data-sharing archive of the broker's classes: written when the first broker run exits,
# then used by every start (about a third faster, which matters when tests restart the broker).
CDS_ARCHIVE="$KDIR/broker.jsa"
POM="$ROOT/infra/kafka/pom.xml"
BROKER_LOG4J="$ROOT/infra/kafka/log4j2.properties"
TOOLS_LOG4J="$ROOT/infra/kafka/tools-log4j2.properties"
PORT="${HAMKORI_KAFKA_PORT:-9092}"
CONTROLLER_PORT="${HAMKORI_KAFKA_CONTROLLER_PORT:-9093}"
BOOTSTRAP="$HOST:$PORT"
START_TIMEOUT="${HAMKORI_KAFKA_START_TIMEOUT:-90}"
STOP_TIMEOUT="${HAMKORI_KAFKA_STOP_TIMEOUT:-30}"

# topic:partitions:extra config, from the one list of topics (infra/kafka-topics.txt)
TOPICS=()
while read -r name partitions config; do
  [[ -z "$name" || "$name" == \#* ]] && continue
  TOPICS+=("$name:$partitions:${config:-}")
done < "$ROOT/infra/kafka-topics.txt"

# Serialises up/down/reset of concurrent callers (tests stop and restart the broker).
lock() { take_lock "$HK/kafka.lock" 120; }

broker_pid() { alive_pid "$PID_FILE" 'kafka.Kafka'; }

libs_stamp() {
  { cat "$POM"; grep -m1 '<kafka.broker.version>' "$ROOT/pom.xml" || true; } | sha256sum | cut -d' ' -f1
}

libs_current() {
  [[ -f "$LIBS/.stamp" && "$(cat "$LIBS/.stamp")" == "$1" ]] && compgen -G "$LIBS/kafka_2.13-*.jar" >/dev/null
}

fetch_libs() {
  local stamp
  stamp="$(libs_stamp)"
  libs_current "$stamp" && return 0
  hold_downloads
  if libs_current "$stamp"; then release_downloads; return 0; fi
  say "fetching the Kafka broker jars from Maven Central into $LIBS (one time)…"
  rm -rf "$LIBS"
  mkdir -p "$LIBS"
  if ! "$ROOT/mvnw" -B -q -f "$POM" dependency:copy-dependencies -DoutputDirectory="$LIBS" >&2; then
    rm -rf "$LIBS"
    die "could not fetch the Kafka jars (see the Maven output above)"
  fi
  echo "$stamp" >"$LIBS/.stamp"
  rm -f "$CDS_ARCHIVE"
  release_downloads
}

kafka_java() {
  # $1 = log4j2 configuration, rest = main class and arguments
  local log4j="$1"; shift
  java -Xmx256m -XX:+UseSerialGC -XX:TieredStopAtLevel=1 -Xshare:auto \
    -Dlog4j2.configurationFile="$log4j" -cp "$LIBS/*" "$@"
}

tool() {
  kafka_java "$TOOLS_LOG4J" "$@"
}

write_config() {
  mkdir -p "$DATA"
  cat >"$CONF" <<EOF
# Written by infra/kafka.sh on every start; edit the script, not this file.
process.roles=broker,controller
node.id=1
controller.quorum.bootstrap.servers=$HOST:$CONTROLLER_PORT
listeners=PLAINTEXT://$HOST:$PORT,CONTROLLER://$HOST:$CONTROLLER_PORT
advertised.listeners=PLAINTEXT://$HOST:$PORT
controller.listener.names=CONTROLLER
inter.broker.listener.name=PLAINTEXT
listener.security.protocol.map=CONTROLLER:PLAINTEXT,PLAINTEXT:PLAINTEXT
log.dirs=$DATA
num.partitions=3
default.replication.factor=1
min.insync.replicas=1
offsets.topic.replication.factor=1
offsets.topic.num.partitions=10
transaction.state.log.replication.factor=1
transaction.state.log.min.isr=1
transaction.state.log.num.partitions=10
share.coordinator.state.topic.replication.factor=1
share.coordinator.state.topic.min.isr=1
# single node: consumer groups need not wait for more members to join
group.initial.rebalance.delay.ms=0
num.network.threads=2
num.io.threads=4
log.retention.hours=168
EOF
}

format_storage() {
  [[ -f "$DATA/meta.properties" ]] && return 0
  if [[ -n "$(ls -A "$DATA" 2>/dev/null)" ]]; then
    say "data directory $DATA has no meta.properties (interrupted format?): starting it afresh"
    rm -rf "$DATA"
    mkdir -p "$DATA"
  fi
  local cluster_id
  # what "StorageTool random-uuid" prints: 16 random bytes, URL-safe base64 without padding,
  # not starting with '-' (saves a JVM start)
  cluster_id="-"
  while [[ "$cluster_id" == -* ]]; do
    cluster_id="$(head -c 16 /dev/urandom | base64 | tr '+/' '-_' | tr -d '=\n')"
  done
  say "formatting storage (cluster id $cluster_id)"
  tool kafka.tools.StorageTool format -t "$cluster_id" -c "$CONF" --standalone >/dev/null \
    || die "formatting the Kafka storage failed"
}

start_broker() {
  LOG_OFFSET="$(stat -c %s "$LOG_FILE" 2>/dev/null || echo 0)"
  local cds=(-XX:ArchiveClassesAtExit="$CDS_ARCHIVE")
  [[ -s "$CDS_ARCHIVE" ]] && cds=(-XX:SharedArchiveFile="$CDS_ARCHIVE")
  (
    cd "$KDIR"
    start_detached broker "$PID_FILE" "$LOG_FILE" java -Xms256m -Xmx512m -XX:+UseG1GC -XX:MaxGCPauseMillis=20 \
      "${cds[@]}" -Xlog:cds=off -Xlog:cds+dynamic=off \
      -Djava.awt.headless=true \
      -Dlog4j2.configurationFile="$BROKER_LOG4J" \
      -Dkafka.logs.dir="$LOGS" \
      -cp "$LIBS/*" kafka.Kafka "$CONF"
  )
}

# ready = the broker listener accepts connections and this run (not a previous one) logged its start;
# dies when the broker with pid $1 has exited
broker_ready() {
  if ! kill -0 "$1" 2>/dev/null; then
    rm -f "$PID_FILE"
    die_with_log "$LOG_FILE" "the broker exited during start-up; see $LOG_FILE"
  fi
  port_open "$PORT" && tail -c +"$((LOG_OFFSET + 1))" "$LOG_FILE" 2>/dev/null | grep -q 'Kafka Server started'
}

# The topic helper (infra/kafka/EnsureTopics.java) compiled once against the Kafka jars.
topics_helper() {
  local src="$ROOT/infra/kafka/EnsureTopics.java" out="$KDIR/tools-classes"
  command -v javac >/dev/null 2>&1 || return 1
  if [[ ! -f "$out/EnsureTopics.class" || "$src" -nt "$out/EnsureTopics.class" || "$LIBS/.stamp" -nt "$out/EnsureTopics.class" ]]; then
    rm -rf "$out"
    mkdir -p "$out"
    javac -nowarn -proc:none -cp "$LIBS/*" -d "$out" "$src" >&2 || { rm -rf "$out"; return 1; }
  fi
  echo "$out"
}

ensure_topics() {
  local marker="$DATA/.hamkori-topics" wanted helper out
  wanted="$(printf '%s\n' "${TOPICS[@]}")"
  # created before with this very list for this data directory: nothing to do (saves a JVM per call)
  if [[ -f "$marker" && "$(cat "$marker")" == "$wanted" ]]; then return 0; fi
  if helper="$(topics_helper)"; then
    # one JVM for all topics (topic configs use ',' between key=value pairs)
    out="$(java -XX:+UseSerialGC -XX:TieredStopAtLevel=1 -Dlog4j2.configurationFile="$TOOLS_LOG4J" \
             -cp "$helper:$LIBS/*" EnsureTopics "$BOOTSTRAP" "${TOPICS[@]}")" \
      || die "could not create the topics on $BOOTSTRAP; see $LOG_FILE"
    # shellcheck disable=SC2001
    [[ -z "$out" ]] || sed 's/^/[kafka] /' <<<"$out" >&2
  else
    # no javac: one TopicCommand per topic (slower, same result)
    local existing spec name parts cfg
    existing="$(tool org.apache.kafka.tools.TopicCommand --bootstrap-server "$BOOTSTRAP" --list)" \
      || die "the broker does not answer admin requests on $BOOTSTRAP; see $LOG_FILE"
    for spec in "${TOPICS[@]}"; do
      IFS=: read -r name parts cfg <<<"$spec"
      grep -qxF "$name" <<<"$existing" && continue
      local args=(--bootstrap-server "$BOOTSTRAP" --create --if-not-exists --topic "$name"
                  --partitions "$parts" --replication-factor 1)
      [[ -n "$cfg" ]] && args+=(--config "$cfg")
      tool org.apache.kafka.tools.TopicCommand "${args[@]}" >/dev/null || die "could not create topic $name"
      say "created topic $name ($parts partition(s))"
    done
  fi
  printf '%s\n' "$wanted" >"$marker"
}

cmd_up() {
  lock
  local pid
  if pid="$(broker_pid)"; then
    say "already running (pid $pid)"
  else
    rm -f "$PID_FILE"
    if port_open "$PORT" || port_open "$CONTROLLER_PORT"; then
      die "port $PORT or $CONTROLLER_PORT on $HOST is already taken by another process (not the Hamkori broker).
  Stop it, or use other ports: HAMKORI_KAFKA_PORT=<port> HAMKORI_KAFKA_CONTROLLER_PORT=<port> $0 up
  (and point the services' kafka.bootstrap.servers at it)."
    fi
    fetch_libs
    write_config
    format_storage
    say "starting on $BOOTSTRAP (log: $LOG_FILE)"
    start_broker
    pid="$(cat "$PID_FILE")"
    wait_until "$START_TIMEOUT" 0.25 broker_ready "$pid" \
      || die_with_log "$LOG_FILE" "the broker did not answer on $BOOTSTRAP within ${START_TIMEOUT}s; see $LOG_FILE"
  fi
  ensure_topics
  say "ready on $BOOTSTRAP (pid $pid)"
}

stop_broker() {
  local pid
  if ! pid="$(broker_pid)"; then
    rm -f "$PID_FILE"
    say "not running"
    return 0
  fi
  say "stopping (pid $pid)"
  stop_pids "$STOP_TIMEOUT" "$pid"
  rm -f "$PID_FILE"
  say "stopped"
}

cmd_down() {
  lock
  stop_broker
}

cmd_status() {
  local pid
  if pid="$(broker_pid)"; then
    echo "kafka: running (pid $pid, $BOOTSTRAP, data $DATA)"
  else
    echo "kafka: not running (port $PORT)"
    return 3
  fi
}

cmd_reset() {
  lock
  stop_broker
  delete_data "$DATA"
}

run_infra_command "${1:-}"
