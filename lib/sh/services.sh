# shellcheck shell=bash disable=SC2153  # ROOT, HK, PIDS, LOGS: set by ./hamkori and lib/sh/common.sh
# ./hamkori: the five services (and their replicas) on this machine: start, wait until ready, stop, status, logs,
# and the demo users' tokens. Sourced by ./hamkori; bench/run uses these functions too.

DEMO_SIGN_IN_SRC="scenario-loader/src/main/java/org/hamkori/scenario/DemoSignIn.java"
# The services trust the tokens of the local Keycloak (infra/keycloak.sh) unless told otherwise.
ISSUER="${MP_JWT_VERIFY_ISSUER:-http://127.0.0.1:8180/realms/hamkori}"
ISSUER_KEYS="${MP_JWT_VERIFY_PUBLICKEY_LOCATION:-$ISSUER/protocol/openid-connect/certs}"
# DEV ONLY, public: the key webhooks-service encrypts its signing secrets with here (the same as its %dev profile)
WEBHOOKS_DEV_ENCRYPTION_KEY=ZGV2ZWxvcG1lbnQtb25seS13ZWJob29rcy1rZXktMDE=

# a service's ports, read from the configuration the service itself starts with
service_property() {
  local file="$1/src/main/resources/application.properties"
  [[ -f "$file" ]] || return 1
  sed -n "s/^$2=//p" "$file" | head -n 1 | grep . || return 1
}

# An instance is a service's name, or for a further replica the name and its number: centers-service-2.
instance_service() { echo "${1%-[0-9]}"; }
instance_number() { if [[ "$1" =~ -([0-9])$ ]]; then echo "${BASH_REMATCH[1]}"; else echo 1; fi; }

# the instances of every service for --replicas n, first replicas first
instances_for() {
  local n svc
  for (( n = 1; n <= $1; n++ )); do
    for svc in "${SERVICES[@]}"; do
      if (( n == 1 )); then echo "$svc"; else echo "$svc-$n"; fi
    done
  done
}

# every instance that has a pid file (whatever --replicas it was started with), for down and status
known_instances() {
  local file
  printf '%s\n' "${SERVICES[@]}"
  for file in "$PIDS"/*-service-[0-9].pid; do
    [[ -f "$file" ]] && basename "$file" .pid
  done
  return 0
}

# replica n of a service listens 10 (n-1) above the first: 8091-8094 and 9091-9094 for the second
replica_port() {
  local port
  port="$(service_property "$(instance_service "$1")" "$2")" || return 1
  echo $(( port + 10 * ($(instance_number "$1") - 1) ))
}

service_port() { replica_port "$1" 'quarkus\.http\.port'; }

# health and metrics: the management interface
service_management_port() { replica_port "$1" 'quarkus\.management\.port'; }

service_jar() { echo "$(instance_service "$1")/target/quarkus-app/quarkus-run.jar"; }

# pid of a running service we started (guards against a reused pid)
service_pid() {
  local pid
  pid="$(alive_pid "$PIDS/$1.pid" quarkus-run.jar)" || return 1
  # java runs in its application's directory (see start_service)
  [[ "$(readlink "/proc/$pid/cwd" 2>/dev/null)" == "$ROOT/$(dirname "$(service_jar "$1")")" ]] || return 1
  echo "$pid"
}

# whether the service whose management interface listens on port $1 is ready
http_ready() { http_ok "$1" /q/health/ready; }

# infrastructure: PostgreSQL, Kafka and Keycloak (infra/*.sh)
infra_up() {
  infra/postgres.sh up
  infra/kafka.sh up
  infra/keycloak.sh up
}

infra_down() {
  local rc=0
  infra/keycloak.sh down || rc=1
  infra/kafka.sh down || rc=1
  infra/postgres.sh down || rc=1
  return "$rc"
}

start_service() {
  local svc="$1" port pid
  port="$(service_port "$svc")"
  if pid="$(service_pid "$svc")"; then
    say "$svc already running (pid $pid)"
    return 0
  fi
  if port_open "$port"; then
    die "port $port is already taken by another process; cannot start $svc (see './hamkori status')"
  fi
  local options=() cds=() app management_port service_env=()
  # webhooks-service here delivers to receivers on this machine (http://127.0.0.1, SPEC §12) and encrypts the
  # signing secrets with the public development key (production sets its own: docs/webhooks.md)
  if [[ "$(instance_service "$svc")" == webhooks-service ]]; then
    service_env=(HAMKORI_WEBHOOKS_ALLOW_PRIVATE_ADDRESSES=true
      "HAMKORI_WEBHOOKS_ENCRYPTION_KEY=${HAMKORI_WEBHOOKS_ENCRYPTION_KEY:-$WEBHOOKS_DEV_ENCRYPTION_KEY}")
  fi
  management_port="$(service_management_port "$svc")"
  find_service_java
  read -r -a options <<<"$(service_jvm_options "$svc")"
  app="$ROOT/$(dirname "$(service_jar "$svc")")"
  # the AOT cache of the training run (JDK 25+), else AppCDS: the class archive the build wrote beside the jar
  # (docs/benchmarks.md). Both hold the class path as the build ran it, quarkus-run.jar in this directory, so the
  # service runs from here; a JVM other than the one that wrote them starts without them (-Xshare:auto)
  if [[ -f "$app/app.aot" && "$app/app.aot" -nt "$app/quarkus-run.jar" ]] && (( SERVICE_JAVA_MAJOR >= 25 )); then
    cds=(-XX:AOTCache=app.aot)
  elif [[ -f "$app/app-cds.jsa" ]]; then
    cds=(-XX:SharedArchiveFile=app-cds.jsa -Xshare:auto)
  fi
  # logs as readable lines here (production logs JSON: docs/operations.md "Logs"), unless asked otherwise
  # MALLOC_ARENA_MAX: glibc's malloc keeps fewer arenas for the JVM's many threads (less resident memory, measured)
  (cd "$app" && if (( ${#service_env[@]} )); then export "${service_env[@]}"; fi \
    && MALLOC_ARENA_MAX="${MALLOC_ARENA_MAX:-2}" QUARKUS_HTTP_PORT="$port" QUARKUS_MANAGEMENT_PORT="$management_port" \
    MP_JWT_VERIFY_ISSUER="$ISSUER" MP_JWT_VERIFY_PUBLICKEY_LOCATION="$ISSUER_KEYS" \
    QUARKUS_LOG_CONSOLE_JSON_ENABLED="${QUARKUS_LOG_CONSOLE_JSON_ENABLED:-false}" \
    start_detached "$svc" "$PIDS/$svc.pid" "$LOGS/$svc.log" \
      "$SERVICE_JAVA" "${options[@]}" ${cds[@]+"${cds[@]}"} -jar quarkus-run.jar)
  say "started $svc (pid $(cat "$PIDS/$svc.pid"), port $port, log .hamkori/logs/$svc.log)"
}

# waits for the given instances (default: the first instance of each service)
wait_services_ready() {
  local instances=("$@")
  (( ${#instances[@]} )) || instances=("${SERVICES[@]}")
  wait_until "$START_TIMEOUT" 1 services_ready "${instances[@]}" \
    || die "not ready after ${START_TIMEOUT}s: ${NOT_READY[*]} (see .hamkori/logs/); './hamkori down' stops everything"
}

# whether all the given instances are ready (NOT_READY: those that are not); dies when one has exited
services_ready() {
  local svc
  NOT_READY=()
  for svc in "$@"; do
    started_alive "$PIDS/$svc.pid" || die_with_log "$LOGS/$svc.log" \
      "$svc exited during start-up (log: .hamkori/logs/$svc.log); './hamkori down' stops the rest"
    http_ready "$(service_management_port "$svc")" || NOT_READY+=("$svc")
  done
  (( ${#NOT_READY[@]} == 0 ))
}

# stops the given instances, or every one started (SIGTERM, then SIGKILL after STOP_TIMEOUT)
# shellcheck disable=SC2120  # bench/run names the instances
stop_services() {
  local svc pid pids=() instances=("$@")
  (( ${#instances[@]} )) || mapfile -t instances < <(known_instances)
  for svc in "${instances[@]}"; do
    if pid="$(service_pid "$svc")"; then
      say "stopping $svc (pid $pid)"
      pids+=("$pid")
    fi
  done
  stop_pids "$STOP_TIMEOUT" ${pids[@]+"${pids[@]}"}
  for svc in "${instances[@]}"; do
    service_pid "$svc" >/dev/null || rm -f "$PIDS/$svc.pid"
  done
}

print_urls() {
  local svc port
  echo
  echo "Hamkori is up:"
  for svc in "$@"; do
    port="$(service_port "$svc")"
    printf '  %-18s API http://127.0.0.1:%s   Swagger UI http://127.0.0.1:%s/q/swagger-ui   health and metrics http://127.0.0.1:%s/q/health, /q/metrics\n' \
      "$svc" "$port" "$port" "$(service_management_port "$svc")"
  done
  echo "  PostgreSQL 127.0.0.1:${HAMKORI_PG_PORT:-5432} (databases centers, groups, training, reporting, webhooks; login = password = name)"
  echo "  Kafka      127.0.0.1:${HAMKORI_KAFKA_PORT:-9092}"
  echo "  Keycloak   http://127.0.0.1:8180 (realm hamkori with the development overlay; demo users admin, coordinator,"
  echo "             trainer, analyst, partner, password = user name; docs/deployment-security.md)"
  cat <<'EOF'

A token for the API (the demo user of a role: admin, coordinator, trainer, analyst, partner):
  curl -H "Authorization: Bearer $(./hamkori token coordinator)" http://127.0.0.1:8081/centers
Logs: ./hamkori logs <service>     Stop: ./hamkori down
EOF
}

cmd_up() {
  local demo=0 replicas=1 svc instances
  while (( $# )); do
    case "$1" in
      --demo) demo=1 ;;
      --replicas)
        replicas="${2:-}"; shift
        [[ "$replicas" =~ ^[1-5]$ ]] || die "--replicas takes 1 to 5 (usage: ./hamkori up [--demo] [--replicas n])" ;;
      *) die "unknown option for up: $1 (usage: ./hamkori up [--demo] [--replicas n])" ;;
    esac
    shift
  done
  mapfile -t instances < <(instances_for "$replicas")
  if needs_build; then build; else aot_training; fi
  infra/postgres.sh up
  infra/kafka.sh up
  # Keycloak starts alongside the services: they fetch its keys only when the first token arrives
  infra/keycloak.sh up &
  local keycloak=$!
  for svc in "${instances[@]}"; do start_service "$svc"; done
  say "waiting until the services are ready (up to ${START_TIMEOUT}s)…"
  wait_services_ready "${instances[@]}"
  wait "$keycloak" || die "Keycloak did not start (log: .hamkori/logs/keycloak.log); './hamkori down' stops everything"
  print_urls "${instances[@]}"
  web_up
  if (( demo )); then
    if [[ -x scripts/load-demo.sh ]]; then
      say "loading the demo scenario (scripts/load-demo.sh)…"
      scripts/load-demo.sh
    else
      say "no scenario loader is installed (scripts/load-demo.sh is missing or not executable)"
    fi
  fi
}

cmd_down() {
  web_down
  stop_services
  infra_down
}

cmd_status() {
  local svc port pid state instances
  mapfile -t instances < <(known_instances)
  for svc in "${instances[@]}"; do
    port="$(service_port "$svc")"
    if pid="$(service_pid "$svc")"; then
      state="not ready"
      http_ready "$(service_management_port "$svc")" && state="ready"
      printf '%-18s running (pid %s, http://127.0.0.1:%s, %s)\n' "$svc:" "$pid" "$port" "$state"
    else
      printf '%-18s not running (port %s)\n' "$svc:" "$port"
    fi
  done
  web_status
  infra/postgres.sh status || true
  infra/kafka.sh status || true
  infra/keycloak.sh status || true
}

cmd_logs() {
  local name="${1:-}" file
  case "$name" in
    centers|groups|training|reporting|webhooks) file="$LOGS/$name-service.log" ;;
    centers-service|groups-service|training-service|reporting-service|webhooks-service) file="$LOGS/$name.log" ;;
    *-service-[0-9]) file="$LOGS/$name.log" ;;
    postgres|postgresql) file="$LOGS/postgres.log" ;;
    kafka) file="$LOGS/kafka.log" ;;
    keycloak) file="$LOGS/keycloak.log" ;;
    *) echo "usage: ./hamkori logs centers|groups|training|reporting|webhooks|postgres|kafka|keycloak" >&2; exit 2 ;;
  esac
  [[ -f "$file" ]] || die "no log yet: $file"
  exec tail -n 200 -f "$file"
}

cmd_token() {
  local role="${1:-}" r
  for r in "${ROLES[@]}"; do
    if [[ "$role" == "$r" ]]; then
      exec java "$DEMO_SIGN_IN_SRC" "$role"
    fi
  done
  echo "usage: ./hamkori token <role>   (role: ${ROLES[*]})${role:+; unknown role: $role}" >&2
  exit 2
}

