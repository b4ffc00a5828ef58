# shellcheck shell=bash disable=SC2153  # ROOT, HK, PIDS, LOGS: set by ./hamkori and lib/sh/common.sh
# ./hamkori test: fresh infrastructure, the build, the module and system tests side by side, the web app's tests, then
# stop what it started.
# Sourced by ./hamkori.

# the infra/*.sh components this run started, the last started first (test_teardown stops them in this order)
TEST_STARTED=()
MVN_PID=""
SYSTEM_INFRA_STARTED=0
# Work that needs neither the module tests' servers nor their Maven (Keycloak's start, the web app's checks and
# build, the system tests on servers of their own) runs beside it: tests leave one of the two cores idle much of
# the time. name → pid; each writes to .hamkori/logs/test-<name>.log, shown when it is awaited.
declare -gA BESIDE=()

beside_start() {
  local name="$1"
  shift
  mkdir -p "$LOGS"
  say "$name runs beside Maven (log .hamkori/logs/test-$name.log, shown when it ends)"
  "$@" </dev/null >"$LOGS/test-$name.log" 2>&1 &
  BESIDE[$name]=$!
}

# waits for the work $1 started beside Maven, shows its log and returns its exit status
beside_wait() {
  local name="$1" rc=0
  wait "${BESIDE[$name]}" || rc=$?
  unset "BESIDE[$name]"
  cat "$LOGS/test-$name.log" >&2
  return "$rc"
}

# SIGTERM to process $1 and every process below it, the deepest first (a test JVM's shutdown hook stops the
# services it started)
stop_tree() {
  local child
  for child in $(ps -o pid= --ppid "$1" 2>/dev/null); do stop_tree "$child"; done
  kill -TERM "$1" 2>/dev/null || true
}

test_teardown() {
  local rc=$? component name
  trap - EXIT
  # after a failure, what still runs beside Maven is stopped; after a success it has ended already
  for name in "${!BESIDE[@]}"; do
    stop_tree "${BESIDE[$name]}"
    beside_wait "$name" || true
  done
  # the servers stop side by side: the system tests' at once, the others once the browser tests' services have
  local stopping=()
  if (( SYSTEM_INFRA_STARTED )); then system_infra_down & stopping+=($!); fi
  web_test_teardown
  for component in ${TEST_STARTED[@]+"${TEST_STARTED[@]}"}; do "infra/$component.sh" down & stopping+=($!); done
  for name in ${stopping[@]+"${stopping[@]}"}; do wait "$name" || true; done
  exit "$rc"
}

# Ctrl-C or a CI timeout (SIGTERM): stop Maven first, then the EXIT trap stops the infrastructure.
test_interrupted() {
  local code="$1"
  trap '' INT TERM
  if [[ -n "$MVN_PID" ]] && kill -0 "$MVN_PID" 2>/dev/null; then
    say "interrupted: stopping Maven (pid $MVN_PID)"
    kill -TERM "$MVN_PID" 2>/dev/null || true
    wait "$MVN_PID" 2>/dev/null || true
  fi
  exit "$code"
}

# promtool checks deploy/prometheus in the Maven build (deploy-checks). Debian ships it in the
# "prometheus" package, whose install would also start a Prometheus server: policy-rc.d forbids
# service starts during the install, and the unit is stopped and disabled in case one started anyway.
ensure_promtool() {
  command -v promtool >/dev/null 2>&1 && return 0
  as_root || die "promtool is missing: run 'sudo apt-get install -y prometheus' first"
  say "promtool not found: installing Debian's prometheus package (one time)…"
  local policy=/usr/sbin/policy-rc.d own_policy=0
  if [[ ! -e "$policy" ]]; then
    printf '#!/bin/sh\n# ./hamkori test: no service starts while packages install\nexit 101\n' >"$policy"
    chmod 755 "$policy"
    own_policy=1
  fi
  local rc=0
  { DEBIAN_FRONTEND=noninteractive apt-get update -q && DEBIAN_FRONTEND=noninteractive apt-get install -y -q prometheus; } >&2 || rc=$?
  (( own_policy )) && rm -f "$policy"
  if command -v systemctl >/dev/null 2>&1 && [[ -d /run/systemd/system ]]; then
    systemctl disable --now prometheus >/dev/null 2>&1 || true
  elif [[ -x /etc/init.d/prometheus ]]; then
    /etc/init.d/prometheus stop >/dev/null 2>&1 || true
  fi
  if (( rc != 0 )) || ! command -v promtool >/dev/null 2>&1; then
    die "apt-get install prometheus did not provide promtool"
  fi
}

# infra/$1.sh (called $2 in messages) for the tests: used as it is when it runs already, else started beside the
# build from a clean slate (infra_started waits for it) and stopped at the end
test_infra() {
  if "infra/$1.sh" status >/dev/null 2>&1; then
    say "$2 is already running: using it as it is (not reset, left running)"
    return 0
  fi
  TEST_STARTED=("$1" ${TEST_STARTED[@]+"${TEST_STARTED[@]}"})
  beside_start "$1" infra_fresh "$1"
}

infra_fresh() { "infra/$1.sh" reset && "infra/$1.sh" up; }

# waits for infra/$1.sh's start when test_infra began it beside Maven
infra_started() {
  [[ -z "${BESIDE[$1]:-}" ]] && return 0
  beside_wait "$1" || { say "$1 did not start"; return 1; }
}

# ./mvnw -B "$@" (a phase and options), in the background so that a signal reaches the trap at once (bash defers
# traps while a foreground command runs); Maven does not read stdin
maven_run() {
  local rc=0
  ./mvnw -B "$@" </dev/null &
  MVN_PID=$!
  wait "$MVN_PID" || rc=$?
  MVN_PID=""
  return "$rc"
}

# test --unit: the unit tier alone (docs/testing.md "The unit tier"), every test that needs no application, database
# or broker — Maven's (service-test-kit's UnitTier leaves out the Quarkus tests) and the web app's Vitest tests — with
# no infrastructure started.
unit_test() {
  local rc=0
  ./mvnw -B -Punit test "$@" </dev/null || rc=$?
  if (( rc != 0 )); then say "unit tests failed (Maven exit status $rc)"; exit "$rc"; fi
  web_packages
  (cd web && npm run --silent test:unit) || { say "unit tests failed (web app)"; exit 1; }
  say "unit tests passed"
  exit 0
}

# The system tests' own PostgreSQL and Kafka, on other ports with their state in .hamkori/system-tests: their fault
# tests stop, crash and reset the servers, which must not reach the module tests running beside them. The packaged
# services they start, and webhooks-service's tests that run before them, take their datasources and Kafka from
# this environment.
# Their ports lie below Linux's ephemeral range (32768 and up), where a client's connection may hold one already.
SYSTEM_PG_PORT=15432
SYSTEM_ENV=(
  HAMKORI_STATE_DIR="$HK/system-tests" HAMKORI_PG_PORT="$SYSTEM_PG_PORT"
  HAMKORI_KAFKA_PORT=19192 HAMKORI_KAFKA_CONTROLLER_PORT=19193 KAFKA_BOOTSTRAP_SERVERS=127.0.0.1:19192
)
for svc in "${SERVICES[@]}"; do
  db="${svc%-service}"
  SYSTEM_ENV+=("${db^^}_DB_URL=jdbc:postgresql://127.0.0.1:$SYSTEM_PG_PORT/$db"
    "${db^^}_TEST_DB_URL=jdbc:postgresql://127.0.0.1:$SYSTEM_PG_PORT/${db}_test")
done
unset svc db

in_system_env() { env "${SYSTEM_ENV[@]}" "$@"; }

# the system tests' servers, always from a clean slate
system_infra_up() { in_system_env bash -c 'infra/postgres.sh reset && infra/postgres.sh up && infra/kafka.sh reset && infra/kafka.sh up'; }
system_infra_down() { in_system_env bash -c 'infra/kafka.sh down; infra/postgres.sh down'; }

# The whole suite in the shortest time on two cores: the build once (modules in parallel, no tests), then, on the
# PostgreSQL and Kafka started here, the kit's tests (they stop the broker, so nothing else uses it meanwhile), the
# producers' tests two at a time, then reporting's (it counts whole-programme figures and must not see other tests
# write), then the browser tests; beside them the modules that need no broker. Beside all of them, on the system
# tests' servers (system_infra_up): webhooks-service's tests, then the system tests.
all_tests() {
  local rc=0
  beside_start system-infra system_infra_up
  SYSTEM_INFRA_STARTED=1
  say "building and packaging every module (no tests yet)…"
  maven_run -q -T 2 install -DskipTests || { say "the build failed"; exit 1; }
  infra_started postgres && infra_started kafka || exit 1
  beside_wait system-infra || { say "the system tests' PostgreSQL or Kafka did not start"; exit 1; }
  beside_start system-tests in_system_env bash -c \
    './mvnw -B test -pl webhooks-service </dev/null && ./mvnw -B verify -pl system-tests </dev/null'
  beside_start other-module-tests ./mvnw -B test -pl "$(printf '!%s,' "${SERVICES[@]}")!service-kit,!system-tests"
  say "the kit's and the services' tests (the other modules', webhooks-service's and the system tests run beside"
  say "them, logs .hamkori/logs/test-other-module-tests.log and test-system-tests.log)…"
  { maven_run test -pl service-kit \
      && maven_run -T 2 test -pl centers-service,groups-service,training-service \
      && maven_run test -pl reporting-service; } || rc=$?
  if (( rc != 0 )); then say "the kit's or the services' tests failed (Maven exit status $rc)"; exit "$rc"; fi
  beside_wait other-module-tests || { say "module tests failed"; exit 1; }
  web_tests || exit 1
  beside_wait system-tests || { say "system tests failed"; exit 1; }
  say "tests passed"
}

# Keycloak's start and the web app's checks, begun beside Maven; then the browser tests
web_tests() {
  infra_started keycloak || return 1
  beside_wait web-checks || { say "tests failed (the web app's lint, unit tests or build)"; return 1; }
  # The browser tests compare pages with the API from a programme of their own: a broker this run started is emptied
  # of the module tests' events first (the services would still be reading them)
  if [[ " ${TEST_STARTED[*]} " == *" kafka "* ]]; then infra_fresh kafka || return 1; fi
  web_browser_tests || { say "tests failed (web app)"; return 1; }
}

cmd_test() {
  local svc rc=0
  if [[ "${1:-}" == --unit ]]; then
    shift
    unit_test "$@"
  fi
  ensure_promtool
  for svc in "${SERVICES[@]}"; do
    if service_pid "$svc" >/dev/null; then
      say "warning: $svc from './hamkori up' is running; its ports may clash with the tests ('./hamkori down' first)"
    fi
  done
  trap test_teardown EXIT
  trap 'test_interrupted 130' INT
  trap 'test_interrupted 143' TERM
  # the servers start beside the build; the system tests wait until a demo user can sign in
  test_infra postgres PostgreSQL
  test_infra kafka Kafka
  test_infra keycloak Keycloak
  beside_start web-checks web_checks
  if (( $# == 0 )); then
    all_tests
    exit 0
  fi
  # Maven arguments (a module, a test): one ./mvnw verify with them, the system tests on the same servers
  infra_started postgres && infra_started kafka || exit 1
  maven_run verify "$@" || rc=$?
  if (( rc != 0 )); then say "tests failed (Maven exit status $rc)"; exit "$rc"; fi
  web_tests || exit 1
  say "tests passed"
}
