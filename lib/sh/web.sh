# shellcheck shell=bash disable=SC2153  # ROOT, HK, PIDS, LOGS: set by ./hamkori and lib/sh/common.sh
# ./hamkori: the web app, web/ (Vite + React) built into web/dist, served on :3000 by the web-ui module, and its
# tests. Sourced by ./hamkori.

WEB_UI_JAR="web-ui/target/quarkus-app/quarkus-run.jar"
WEB_PORT=3000

require_node() {
  if ! command -v node >/dev/null 2>&1 || ! command -v npm >/dev/null 2>&1; then
    die "the web app needs Node.js 20 or newer with npm (Debian 12's nodejs is too old: use NodeSource's)"
  fi
  local major
  major="$(node -p 'process.versions.node.split(".")[0]')"
  (( major >= 20 )) || die "the web app needs Node.js 20 or newer; found $(node -v)"
}

web_packages() {
  require_node
  if [[ ! -f web/node_modules/.package-lock.json || web/package-lock.json -nt web/node_modules/.package-lock.json ]]; then
    say "installing the web app's packages (npm ci)…"
    (cd web && npm ci --no-audit --no-fund) || die "npm ci failed in web/"
  fi
}

# builds web/dist when it is missing or older than the app's sources
web_build() {
  if [[ -f web/dist/index.html && -z "$(find web/src web/public web/openapi web/index.html web/package-lock.json \
        web/vite.config.ts -newer web/dist/index.html -print -quit 2>/dev/null)" ]]; then
    return 0
  fi
  web_packages
  say "building the web app (npm run build)…"
  (cd web && npm run build) || die "the web app's build failed"
}

web_ui_pid() { alive_pid "$PIDS/web-ui.pid" "$WEB_UI_JAR"; }

# whether web-ui answers; dies when it has exited
web_ready() {
  started_alive "$PIDS/web-ui.pid" || die_with_log "$LOGS/web-ui.log" "web-ui exited during start-up"
  http_ok "$WEB_PORT" /config.json
}

web_up() {
  web_build
  if [[ ! -f "$WEB_UI_JAR" ]]; then
    say "building web-ui…"
    ./mvnw -B -q install -DskipTests -pl web-ui || die "the web-ui build failed"
  fi
  local pid
  if pid="$(web_ui_pid)"; then
    say "web-ui already running (pid $pid)"
  else
    port_open "$WEB_PORT" && die "port $WEB_PORT is already taken by another process; cannot start web-ui"
    # the local URLs are loopback ones, which web-ui refuses in production unless told they are meant
    HAMKORI_WEB_ROOT="$ROOT/web/dist" HAMKORI_WEB_ALLOW_LOOPBACK=true \
      start_detached web-ui "$PIDS/web-ui.pid" "$LOGS/web-ui.log" java -Xmx64m -jar "$WEB_UI_JAR"
    say "started web-ui (pid $(cat "$PIDS/web-ui.pid"), port $WEB_PORT, log .hamkori/logs/web-ui.log)"
  fi
  wait_until 60 0.5 web_ready || die "web-ui not ready after 60s (see .hamkori/logs/web-ui.log)"
  echo "  web app            http://127.0.0.1:$WEB_PORT   (sign in as admin, coordinator, trainer, analyst or partner; password = user name)"
}

web_down() {
  local pid
  if pid="$(web_ui_pid)"; then
    say "stopping web-ui (pid $pid)"
    stop_pids "$STOP_TIMEOUT" "$pid"
  fi
  rm -f "$PIDS/web-ui.pid"
}

web_status() {
  local pid
  if pid="$(web_ui_pid)"; then
    printf '%-18s running (pid %s, http://127.0.0.1:%s)\n' "web-ui:" "$pid" "$WEB_PORT"
  else
    printf '%-18s not running (port %s)\n' "web-ui:" "$WEB_PORT"
  fi
}

# The web app's packages, its lint and unit tests, then its build afresh (with the size budget): they need neither
# the services nor the test databases, so ./hamkori test runs them beside Maven.
web_checks() {
  web_packages
  say "web app: lint and unit tests (eslint, prettier, vitest)…"
  (cd web && npm test) || return 1
  rm -rf web/dist
  web_build
}

# The browser tests against the services and web-ui started here on the infrastructure the test run provisioned
# (after web_checks built web/dist); test_teardown stops what this started.
web_browser_tests() {
  if [[ ! -x /usr/bin/chromium ]]; then
    if [[ "$(id -u)" == 0 ]]; then
      say "installing Chromium for the browser tests (apt-get install chromium)…"
      DEBIAN_FRONTEND=noninteractive apt-get install -y -q chromium >/dev/null || die "could not install chromium"
    else
      die "the browser tests need Chromium at /usr/bin/chromium (sudo apt-get install -y chromium)"
    fi
  fi
  local rc=0
  E2E_STARTED=1
  # Keycloak is up already (cmd_test)
  # the client compiler alone and the serial collector: a start costs less CPU, and the tests need no peak
  for svc in "${SERVICES[@]}"; do
    HAMKORI_JAVA_OPTS="-XX:TieredStopAtLevel=1 -XX:+UseSerialGC ${HAMKORI_JAVA_OPTS:-}" start_service "$svc"
  done
  # short-lived tokens, so that the browser tests see the app renew its token silently (set while the services start)
  infra/keycloak.sh web-token-lifespan "$WEB_TEST_TOKEN_LIFESPAN" || return 1
  E2E_SHORT_TOKENS=1
  wait_services_ready
  web_up
  say "web app: browser tests (Playwright + Chromium; web tokens live ${WEB_TEST_TOKEN_LIFESPAN} s)…"
  (cd web && HAMKORI_WEB_TOKEN_LIFESPAN="$WEB_TEST_TOKEN_LIFESPAN" node e2e/run.mjs) || rc=1
  return "$rc"
}

# the app renews its token 30 s before expiry (web/src/auth/AuthContext.tsx): one renewal every 10 s, and the
# renewal test waits out one token's life
WEB_TEST_TOKEN_LIFESPAN=40
E2E_STARTED=0
E2E_SHORT_TOKENS=0
web_test_teardown() {
  if (( E2E_STARTED )); then
    web_down || true
    stop_services || true
  fi
  # Keycloak keeps its data: back to the realm's lifespan for the next ./hamkori up
  if (( E2E_SHORT_TOKENS )); then
    infra/keycloak.sh web-token-lifespan realm || true
  fi
}

