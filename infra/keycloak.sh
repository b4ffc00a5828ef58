#!/usr/bin/env bash
# Keycloak (the identity provider) for local development and tests, run from the
# keycloak-quarkus-dist zip on Maven Central (no Docker, no download site). On first start it imports
# the production realm infra/keycloak/hamkori-realm.json (its web origins from HAMKORI_WEB_ORIGIN and
# HAMKORI_WEB_ALIAS_ORIGIN, here http://127.0.0.1:3000 and http://localhost:3000), then adds the
# development overlay infra/keycloak/hamkori-dev-overlay.json (demo users, the scripts' client
# hamkori-cli) by a partial import as the bootstrap administrator of the master realm.
#
#   infra/keycloak.sh up       fetch and unpack the distribution if missing, start, wait until ready
#   infra/keycloak.sh down     stop it (SIGTERM, SIGKILL after a deadline); its data is kept
#   infra/keycloak.sh status   running or not (exit 0 when running, 3 when not)
#   infra/keycloak.sh reset    stop it and delete its data (the realm is imported afresh by the next "up")
#   infra/keycloak.sh web-token-lifespan <seconds>|realm
#                              access-token lifespan of the web app's client hamkori-web (the browser tests
#                              shorten it to see silent renewal); "realm" returns to the realm's 300 s
#
# HAMKORI_KEYCLOAK_REALM=production runs the production realm alone (no users, no password grant);
# switching between it and the default "development" imports afresh.
# Keycloak needs Java 21+: KEYCLOAK_JAVA_HOME (else JAVA_HOME when it is 21+, else the newest JDK
# under /usr/lib/jvm). Everything lives under <repo>/.hamkori: keycloak/dist (the zip),
# keycloak/server (unpacked, with its H2 data and the bootstrap administrator's random password,
# mode 600), pids/keycloak.pid, logs/keycloak.log.
set -euo pipefail

# shellcheck source=lib/sh/common.sh
source "$(dirname "${BASH_SOURCE[0]}")/../lib/sh/common.sh" keycloak
KC="$HK/keycloak"
DIST="$KC/dist"
SERVER="$KC/server"
POM="$ROOT/infra/keycloak/pom.xml"
REALM_FILE="$ROOT/infra/keycloak/hamkori-realm.json"
OVERLAY_FILE="$ROOT/infra/keycloak/hamkori-dev-overlay.json"
REALM_VARIANT="${HAMKORI_KEYCLOAK_REALM:-development}"
WEB_ORIGIN="${HAMKORI_WEB_ORIGIN:-http://127.0.0.1:3000}"
WEB_ALIAS_ORIGIN="${HAMKORI_WEB_ALIAS_ORIGIN:-http://localhost:3000}"
# the master realm's administrator, created by Keycloak on its first start; only these scripts use it
ADMIN_USER=bootstrap-admin
ADMIN_PASSWORD_FILE="$SERVER/data/bootstrap-admin-password"
KCADM_CONFIG="$SERVER/data/kcadm.config"
PORT="${HAMKORI_KEYCLOAK_PORT:-8180}"
MANAGEMENT_PORT="${HAMKORI_KEYCLOAK_MANAGEMENT_PORT:-9180}"
START_TIMEOUT="${HAMKORI_KEYCLOAK_START_TIMEOUT:-480}"
STOP_TIMEOUT="${HAMKORI_KEYCLOAK_STOP_TIMEOUT:-30}"

# Serialises up/down/reset of concurrent callers; a first start with its realm import takes minutes.
lock() { take_lock "$HK/keycloak.lock" 300; }

server_pid() { alive_pid "$PID_FILE" "$SERVER"; }

keycloak_java_home() { java_home_at_least 21 "${KEYCLOAK_JAVA_HOME:-}" "${JAVA_HOME:-}"; }

# A fresh Debian machine may have only JDK 17: install the newest headless JDK its packages offer.
install_java() {
  as_root && command -v apt-get >/dev/null 2>&1 || return 0
  local package
  say "no Java 21+ found: installing one with apt-get (one time)…"
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -q >&2 || return 0
  for package in openjdk-25-jdk-headless openjdk-21-jdk-headless; do
    if apt-cache show "$package" >/dev/null 2>&1; then
      apt-get install -y -q "$package" >&2 || true
      return 0
    fi
  done
}

version() { sed -n 's:.*<keycloak.version>\(.*\)</keycloak.version>.*:\1:p' "$ROOT/pom.xml" | head -1; }

fetch_server() {
  local v
  v="$(version)"
  [[ -f "$SERVER/.version" && "$(cat "$SERVER/.version")" == "$v" ]] && return 0
  if [[ ! -f "$DIST/keycloak-$v.zip" ]]; then
    say "fetching keycloak-quarkus-dist $v from Maven Central (one time)…"
    mkdir -p "$DIST"
    "$ROOT/mvnw" -B -q -f "$POM" dependency:copy -DoutputDirectory="$DIST" >&2 \
      || die "could not fetch the Keycloak distribution (see the Maven output above)"
    mv "$DIST/keycloak.zip" "$DIST/keycloak-$v.zip"
  fi
  say "unpacking Keycloak $v into $SERVER"
  rm -rf "$SERVER" "$KC/unpack"
  mkdir -p "$KC/unpack"
  (cd "$KC/unpack" && jar xf "$DIST/keycloak-$v.zip") || die "could not unpack $DIST/keycloak-$v.zip"
  mv "$KC/unpack"/keycloak-* "$SERVER"
  rm -rf "$KC/unpack"
  chmod +x "$SERVER"/bin/*.sh
  echo "$v" >"$SERVER/.version"
}

# What the realm is made of: a change to any of it starts from fresh data.
realm_stamp() {
  {
    echo "$REALM_VARIANT $WEB_ORIGIN $WEB_ALIAS_ORIGIN"
    cat "$REALM_FILE"
    [[ "$REALM_VARIANT" == production ]] || cat "$OVERLAY_FILE"
  } | sha256sum | cut -d' ' -f1
}

# The realm is imported when Keycloak starts without it; a changed realm starts from fresh data.
prepare_realm() {
  [[ "$REALM_VARIANT" == development || "$REALM_VARIANT" == production ]] \
    || die "HAMKORI_KEYCLOAK_REALM is development or production, not $REALM_VARIANT"
  local stamp
  stamp="$(realm_stamp)"
  if [[ -f "$SERVER/data/.realm-stamp" && "$(cat "$SERVER/data/.realm-stamp")" != "$stamp" ]]; then
    say "the realm changed: deleting Keycloak's data so that it is imported afresh"
    rm -rf "$SERVER/data/h2" "$SERVER/data/.overlay-applied"
  fi
  mkdir -p "$SERVER/data/import"
  cp "$REALM_FILE" "$SERVER/data/import/hamkori-realm.json"
  echo "$stamp" >"$SERVER/data/.realm-stamp"
  if [[ ! -s "$ADMIN_PASSWORD_FILE" ]]; then
    # a new password can only take effect with a new master realm
    rm -rf "$SERVER/data/h2" "$SERVER/data/.overlay-applied"
    (umask 077 && head -c 24 /dev/urandom | base64 | tr -d '/+=' >"$ADMIN_PASSWORD_FILE")
  fi
}

kcadm() {
  (umask 077 && JAVA_HOME="$(keycloak_java_home)" KC_CLI_PASSWORD="$(cat "$ADMIN_PASSWORD_FILE")" \
    "$SERVER/bin/kcadm.sh" "$@" --config "$KCADM_CONFIG")
}

kcadm_sign_in() {
  kcadm config credentials --server "http://$HOST:$PORT" --realm master --user "$ADMIN_USER" >/dev/null \
    || die "the bootstrap administrator could not sign in ('infra/keycloak.sh reset' starts afresh)"
}

# The development realm is the production realm plus the overlay, added once after the import.
apply_overlay() {
  [[ "$REALM_VARIANT" == development && ! -f "$SERVER/data/.overlay-applied" ]] || return 0
  say "adding the development overlay (demo users, client hamkori-cli)"
  kcadm_sign_in
  kcadm create partialImport -r hamkori -s ifResourceExists=OVERWRITE -f "$OVERLAY_FILE" >/dev/null \
    || die "the partial import of $OVERLAY_FILE failed"
  touch "$SERVER/data/.overlay-applied"
}

# Brute-force detection stays on (the realm file), but here the same demo user may sign in twice at once: the browser
# tests, the bench and scripts do, and Keycloak 26 otherwise answers the second with user_temporarily_disabled
# although no password failed (a test run failed on it). A production Keycloak keeps its own setting.
start_server() {
  local java_home="$1"
  (
    export JAVA_HOME="$java_home"
    export JAVA_OPTS_KC_HEAP="${HAMKORI_KEYCLOAK_HEAP:--Xms64m -Xmx512m}"
    # read by a fresh master realm and by the realm file's placeholders
    export KC_BOOTSTRAP_ADMIN_USERNAME="$ADMIN_USER"
    KC_BOOTSTRAP_ADMIN_PASSWORD="$(cat "$ADMIN_PASSWORD_FILE")"
    export KC_BOOTSTRAP_ADMIN_PASSWORD
    export HAMKORI_WEB_ORIGIN="$WEB_ORIGIN" HAMKORI_WEB_ALIAS_ORIGIN="$WEB_ALIAS_ORIGIN"
    start_detached Keycloak "$PID_FILE" "$LOG_FILE" "$SERVER/bin/kc.sh" start-dev \
      --http-host="$HOST" --http-port="$PORT" --http-management-port="$MANAGEMENT_PORT" \
      --hostname="http://$HOST:$PORT" --health-enabled=true --import-realm \
      --spi-brute-force-protector--default-brute-force-detector--allow-concurrent-requests=true \
      --log-console-output=default
  )
}

# whether the realm answers; dies when Keycloak (pid $1) has exited
realm_ready() {
  if ! kill -0 "$1" 2>/dev/null; then
    rm -f "$PID_FILE"
    die_with_log "$LOG_FILE" "Keycloak exited during start-up; see $LOG_FILE"
  fi
  http_ok "$PORT" /realms/hamkori/.well-known/openid-configuration
}

cmd_up() {
  lock
  local pid java_home started=$SECONDS
  if pid="$(server_pid)"; then
    say "already running (pid $pid)"
    apply_overlay
    return 0
  fi
  rm -f "$PID_FILE"
  if port_open "$PORT" || port_open "$MANAGEMENT_PORT"; then
    die "port $PORT or $MANAGEMENT_PORT on $HOST is already taken by another process (not the Hamkori Keycloak)"
  fi
  java_home="$(keycloak_java_home)" || { install_java; java_home="$(keycloak_java_home)"; } \
    || die "Keycloak needs Java 21 or newer: install one (e.g. apt-get install openjdk-21-jdk-headless) or set KEYCLOAK_JAVA_HOME"
  fetch_server
  prepare_realm
  say "starting on http://$HOST:$PORT (realm hamkori, $REALM_VARIANT; Java $java_home; log: $LOG_FILE)"
  start_server "$java_home"
  pid="$(cat "$PID_FILE")"
  wait_until "$START_TIMEOUT" 0.5 realm_ready "$pid" || die_with_log "$LOG_FILE" \
    "the realm hamkori did not answer on http://$HOST:$PORT within ${START_TIMEOUT}s; see $LOG_FILE"
  apply_overlay
  say "ready on http://$HOST:$PORT/realms/hamkori (pid $pid, $((SECONDS - started)) s)"
}

stop_server() {
  local pid
  if ! pid="$(server_pid)"; then
    rm -f "$PID_FILE"
    say "not running"
    return 0
  fi
  say "stopping (pid $pid)"
  # kc.sh runs java as a child: signal the whole session started by setsid
  stop_pids --group "$STOP_TIMEOUT" "$pid"
  rm -f "$PID_FILE"
  say "stopped"
}

cmd_down() {
  lock
  stop_server
}

cmd_status() {
  local pid
  if pid="$(server_pid)"; then
    echo "keycloak: running (pid $pid, http://$HOST:$PORT/realms/hamkori)"
  else
    echo "keycloak: not running (port $PORT)"
    return 3
  fi
}

cmd_reset() {
  lock
  stop_server
  delete_data "$SERVER/data"
}

cmd_web_token_lifespan() {
  local lifespan="${1:-}" id
  [[ "$lifespan" =~ ^[1-9][0-9]*$ || "$lifespan" == realm ]] \
    || die "usage: $0 web-token-lifespan <seconds>|realm"
  server_pid >/dev/null || die "Keycloak is not running"
  # an empty client setting falls back to the realm's lifespan
  [[ "$lifespan" == realm ]] && lifespan=""
  kcadm_sign_in
  id="$(kcadm get clients -r hamkori -q clientId=hamkori-web --fields id --format csv --noquotes)" \
    || die "the client hamkori-web was not found"
  kcadm update "clients/$id" -r hamkori -s "attributes.\"access.token.lifespan\"=$lifespan" \
    || die "could not set the access-token lifespan of hamkori-web"
  say "access tokens of hamkori-web live ${lifespan:-as long as the realm says (300)}${lifespan:+ s}"
}

if [[ "${1:-}" == web-token-lifespan ]]; then
  shift
  cmd_web_token_lifespan "$@"
else
  run_infra_command "${1:-}" "web-token-lifespan <seconds>|realm"
fi
