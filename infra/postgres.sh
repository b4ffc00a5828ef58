#!/usr/bin/env bash
# Private PostgreSQL cluster for local development and tests (no Docker).
#
#   infra/postgres.sh up       install PostgreSQL if missing, init/start the cluster, create the databases
#   infra/postgres.sh down     stop the cluster (data is kept)
#   infra/postgres.sh status   running or not (exit 0 when running, 3 when not)
#   infra/postgres.sh reset    stop the cluster and delete its data (clean slate)
#
# The cluster lives in <repo>/.hamkori/pgdata and listens on 127.0.0.1:${HAMKORI_PG_PORT:-5432}
# only (no unix socket). Each service gets its own database and login:
#   centers, groups, training, reporting, webhooks — role = database name, password = role name.
# DEV ONLY: these passwords are public; never use this cluster or these credentials in production.
# The superuser is "postgres" with a random password kept in .hamkori/postgres-superuser-password.
set -euo pipefail

# shellcheck source=lib/sh/common.sh
source "$(dirname "${BASH_SOURCE[0]}")/../lib/sh/common.sh" postgres
PGDATA_DIR="$HK/pgdata"
SUPERPASS_FILE="$HK/postgres-superuser-password"
PORT="${HAMKORI_PG_PORT:-5432}"
DATABASES=(centers groups training reporting webhooks)
START_TIMEOUT="${HAMKORI_PG_START_TIMEOUT:-60}"

pg_bin_dir() {
  # the newest installed major version, by version order (a plain sort would put 9.6 after 15)
  local newest
  newest="$(for d in /usr/lib/postgresql/*/bin; do [[ -x "$d/initdb" ]] && echo "$d"; done | sort -V | tail -n 1)"
  [[ -n "$newest" ]] && echo "$newest"
}

# Runs a command as the OS user that owns the cluster: "postgres" when invoked as root
# (PostgreSQL refuses to run as root), the current user otherwise. Runs from / so that an
# unreadable working directory does not matter.
run_pg() {
  # 9>&-: the server must not inherit the lock of take_lock
  if as_root; then
    (cd / && runuser -u postgres -- "$@" 9>&-)
  else
    (cd / && "$@" 9>&-)
  fi
}

# Serialises up/down/reset of concurrent callers (two "up" must not both run initdb).
lock() { take_lock "$HK/postgres.lock" 120; }

install_postgres() {
  if [[ -n "$(pg_bin_dir)" ]]; then return 0; fi
  hold_downloads
  if [[ -n "$(pg_bin_dir)" ]]; then release_downloads; return 0; fi
  as_root || die "PostgreSQL is not installed and this is not root: run 'sudo apt-get install -y postgresql' first."
  say "PostgreSQL not found: installing it with apt-get (one time)…"
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -q >&2
  apt-get install -y -q postgresql >&2
  [[ -n "$(pg_bin_dir)" ]] || die "apt-get install postgresql did not provide initdb"
  # The Debian package may create and start a default cluster on 5432; we run our own private one.
  if command -v pg_lsclusters >/dev/null 2>&1; then
    local ver name
    while read -r ver name _; do
      [[ -n "$ver" && -n "$name" ]] || continue
      say "stopping the Debian default cluster $ver/$name (Hamkori runs its own cluster)"
      pg_ctlcluster "$ver" "$name" stop >/dev/null 2>&1 || true
      echo manual > "/etc/postgresql/$ver/$name/start.conf" 2>/dev/null || true
    done < <(pg_lsclusters -h 2>/dev/null || true)
  fi
  release_downloads
}

# When the cluster runs as "postgres" inside a repository owned by another user, every
# ancestor directory of the data directory must be traversable (x) by "postgres".
ensure_traversable() {
  as_root || return 0
  local dir="$HK"
  while [[ "$dir" != "/" ]]; do
    if ! runuser -u postgres -- test -x "$dir" 2>/dev/null; then
      say "granting search (o+x, not read) permission on $dir so that the postgres user can reach the data directory"
      chmod o+x "$dir"
    fi
    dir="$(dirname "$dir")"
  done
}

prepare_dirs() {
  mkdir -p "$HK" "$LOGS"
  touch "$LOG_FILE"
  ensure_traversable
  if as_root; then
    chown postgres: "$LOG_FILE"
    chmod o+x "$LOGS"
  fi
}

is_running() {
  local bin
  bin="$(pg_bin_dir)" || return 1
  [[ -f "$PGDATA_DIR/PG_VERSION" ]] || return 1
  run_pg "$bin/pg_ctl" -D "$PGDATA_DIR" status >/dev/null 2>&1
}

running_port() {
  # line 4 of postmaster.pid is the port
  sed -n 4p "$PGDATA_DIR/postmaster.pid" 2>/dev/null || true
}

superuser_password() {
  if [[ ! -s "$SUPERPASS_FILE" ]]; then
    (umask 077; od -An -tx1 -N16 /dev/urandom | tr -d ' \n' > "$SUPERPASS_FILE")
  fi
  cat "$SUPERPASS_FILE"
}

init_cluster() {
  local bin="$1"
  [[ -f "$PGDATA_DIR/PG_VERSION" ]] && return 0
  say "initialising a new cluster in $PGDATA_DIR"
  rm -rf "$PGDATA_DIR"
  mkdir -p "$PGDATA_DIR"
  chmod 700 "$PGDATA_DIR"
  local pwfile="$HK/.pg-initpw.$$"
  (umask 077; superuser_password > "$pwfile")
  if as_root; then chown -R postgres: "$PGDATA_DIR" "$pwfile"; fi
  # C.UTF-8 keeps Unicode-aware lower()/upper() for Cyrillic and Tajik names; plain C otherwise
  local locale=C
  if locale -a 2>/dev/null | grep -qiE '^c\.utf-?8$'; then locale=C.UTF-8; fi
  if ! run_pg "$bin/initdb" -D "$PGDATA_DIR" -U postgres --pwfile="$pwfile" \
        --auth-host=scram-sha-256 --auth-local=scram-sha-256 -E UTF8 --locale="$locale" >>"$LOG_FILE" 2>&1; then
    rm -f "$pwfile"
    rm -rf "$PGDATA_DIR"
    die "initdb failed; see $LOG_FILE"
  fi
  rm -f "$pwfile"
  echo "include_if_exists = 'hamkori.conf'" >> "$PGDATA_DIR/postgresql.conf"
}

write_settings() {
  local conf="$PGDATA_DIR/hamkori.conf"
  cat > "$conf" <<EOF
# Written by infra/postgres.sh on every start; edit the script, not this file.
listen_addresses = '$HOST'
port = $PORT
unix_socket_directories = ''
# five services and their tests each keep connection pools
max_connections = 200
# dev/test cluster: do not wait for the disk on commit (no corruption risk, may lose the last transactions on a crash)
synchronous_commit = off
log_line_prefix = '%m [%p] %q%u@%d '
EOF
  if as_root; then chown postgres: "$conf"; fi
}

psql_admin() {
  local bin
  bin="$(pg_bin_dir)"
  PGPASSWORD="$(superuser_password)" "$bin/psql" -X -q -v ON_ERROR_STOP=1 -h "$HOST" -p "$PORT" -U postgres -d postgres "$@"
}

wait_ready() {
  wait_until "$START_TIMEOUT" 0.3 "$1/pg_isready" -q -h "$HOST" -p "$PORT" -d postgres \
    || die_with_log "$LOG_FILE" "PostgreSQL did not become ready within ${START_TIMEOUT}s; see $LOG_FILE"
}

create_databases() {
  local db sql=""
  for db in "${DATABASES[@]}"; do
    # dev only: password = role name
    sql+="SELECT format('CREATE ROLE %I LOGIN PASSWORD %L', '$db', '$db') WHERE NOT EXISTS (SELECT FROM pg_roles WHERE rolname = '$db')
\\gexec
ALTER ROLE \"$db\" LOGIN PASSWORD '$db';
SELECT format('CREATE DATABASE %I OWNER %I', '$db', '$db') WHERE NOT EXISTS (SELECT FROM pg_database WHERE datname = '$db')
\\gexec
-- a service's database is its own: no other login may connect (the owner still can)
REVOKE CONNECT ON DATABASE \"$db\" FROM PUBLIC;
"
    # each service's tests have a database of their own, owned by the service's role (its %test profile)
    sql+="SELECT format('CREATE DATABASE %I OWNER %I', '${db}_test', '$db') WHERE NOT EXISTS (SELECT FROM pg_database WHERE datname = '${db}_test')
\\gexec
REVOKE CONNECT ON DATABASE \"${db}_test\" FROM PUBLIC;
"
  done
  # service-kit's own tests run a small test service of their own on kit_test (login kit)
  sql+="SELECT format('CREATE ROLE %I LOGIN PASSWORD %L', 'kit', 'kit') WHERE NOT EXISTS (SELECT FROM pg_roles WHERE rolname = 'kit')
\\gexec
SELECT format('CREATE DATABASE %I OWNER %I', 'kit_test', 'kit') WHERE NOT EXISTS (SELECT FROM pg_database WHERE datname = 'kit_test')
\\gexec
REVOKE CONNECT ON DATABASE kit_test FROM PUBLIC;
"
  psql_admin -f - <<<"$sql" >/dev/null
}

cmd_up() {
  lock
  install_postgres
  local bin
  bin="$(pg_bin_dir)"
  prepare_dirs
  if is_running; then
    local p
    p="$(running_port)"
    [[ "$p" == "$PORT" ]] || die "the Hamkori cluster is already running on port $p, not $PORT; run '$0 down' first"
    say "already running on $HOST:$PORT (pid $(head -n1 "$PGDATA_DIR/postmaster.pid"))"
  else
    if port_open "$PORT"; then
      die "port $PORT on $HOST is already taken by another process (not the Hamkori cluster in $PGDATA_DIR).
  Stop it (e.g. 'pg_ctlcluster 15 main stop' or 'systemctl stop postgresql') or use another port:
  HAMKORI_PG_PORT=<free port> $0 up  (and point the services' datasources at it)."
    fi
    init_cluster "$bin"
    write_settings
    rm -f "$PGDATA_DIR/postmaster.pid" 2>/dev/null || true  # stale after a crash; pg_ctl status said not running
    say "starting on $HOST:$PORT (log: $LOG_FILE)"
    run_pg "$bin/pg_ctl" -D "$PGDATA_DIR" -l "$LOG_FILE" -w -t "$START_TIMEOUT" start >/dev/null \
      || die_with_log "$LOG_FILE" "PostgreSQL failed to start; see $LOG_FILE"
  fi
  wait_ready "$bin"
  create_databases
  say "ready on $HOST:$PORT — databases: ${DATABASES[*]} (login = password = database name, dev only)"
}

cmd_down() {
  lock
  local bin
  bin="$(pg_bin_dir)" || { say "not installed"; return 0; }
  if is_running; then
    say "stopping"
    run_pg "$bin/pg_ctl" -D "$PGDATA_DIR" -m fast -w -t 60 stop >/dev/null \
      || run_pg "$bin/pg_ctl" -D "$PGDATA_DIR" -m immediate -w -t 30 stop >/dev/null
    say "stopped"
  else
    say "not running"
  fi
}

cmd_status() {
  if is_running; then
    echo "postgres: running (pid $(head -n1 "$PGDATA_DIR/postmaster.pid"), $HOST:$(running_port), data $PGDATA_DIR)"
  else
    echo "postgres: not running (port $PORT)"
    return 3
  fi
}

cmd_reset() {
  cmd_down
  delete_data "$PGDATA_DIR"
}

run_infra_command "${1:-}"
