# shellcheck shell=bash
# What ./hamkori and infra/*.sh share: messages, a lock, pid files, waiting and stopping. Sourced with the
# caller's name in messages and files: `source lib/sh/common.sh kafka` (hamkori, postgres, kafka, keycloak).

COMPONENT="$1"
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
# Downloaded servers (Kafka's jars, Keycloak's distribution) live here whatever the state directory
DOWNLOADS="$ROOT/.hamkori"
# Data, pids, logs and locks: HAMKORI_STATE_DIR gives a second set of servers (on other ports) a directory of its
# own, as ./hamkori test does for the system tests (lib/sh/test.sh)
HK="${HAMKORI_STATE_DIR:-$DOWNLOADS}"
PIDS="$HK/pids"
LOGS="$HK/logs"
# shellcheck disable=SC2034  # the pid file and log of an infra/*.sh component's server
PID_FILE="$PIDS/$COMPONENT.pid" LOG_FILE="$LOGS/$COMPONENT.log"
# everything listens on the loopback address only
HOST=127.0.0.1

say() { echo "[$COMPONENT] $*" >&2; }
die() { echo "[$COMPONENT] ERROR: $*" >&2; exit 1; }

# A start that failed: the end of the process's log $1, then why.
die_with_log() {
  tail -n 40 "$1" >&2 || true
  die "$2"
}

# Deletes directory $1 (a server's data), saying so.
delete_data() {
  [[ -e "$1" ]] || return 0
  say "deleting $1"
  rm -rf "$1"
}

as_root() { [[ "$(id -u)" -eq 0 ]]; }

port_open() { (exec 3<>"/dev/tcp/$HOST/$1") 2>/dev/null; }

# Whether GET http://HOST:$1$2 answers 200.
http_ok() {
  if command -v curl >/dev/null 2>&1; then
    [[ "$(curl -s -o /dev/null -m 2 -w '%{http_code}' "http://$HOST:$1$2" 2>/dev/null)" == 200 ]]
  else
    # no curl on this machine: a bare HTTP/1.0 request over bash's /dev/tcp
    local status
    # shellcheck disable=SC2016
    status="$(timeout 2 bash -c 'exec 3<>"/dev/tcp/$1/$2" && printf "GET %s HTTP/1.0\r\nHost: %s:%s\r\n\r\n" "$3" "$1" "$2" >&3 && head -n1 <&3' \
      _ "$HOST" "$1" "$2" 2>/dev/null)" || return 1
    [[ "$status" == *" 200 "* ]]
  fi
}

# Serialises the callers that take lock file $1 (e.g. tests restarting a server), waiting at most $2 seconds.
# Held on descriptor 9 until the script exits; start_detached does not hand it to the servers it starts.
take_lock() {
  mkdir -p "$(dirname "$1")"
  exec 9>"$1"
  flock -w "$2" 9 || die "another ${0#"$ROOT/"} is still running (lock $1)"
}

# Serialises what installs a package or fetches into $DOWNLOADS: the servers of two state directories may start at
# once. Held on descriptor 8 until release_downloads, before any server starts.
hold_downloads() {
  mkdir -p "$DOWNLOADS"
  exec 8>"$DOWNLOADS/downloads.lock"
  flock -w 900 8 || die "another installation or download is still running (lock $DOWNLOADS/downloads.lock)"
}

release_downloads() { exec 8>&-; }

# The pid in pid file $1 when that process is alive and its command line contains $2 (not a reused pid).
alive_pid() {
  local pid
  [[ -f "$1" ]] || return 1
  pid="$(cat "$1" 2>/dev/null)"
  [[ "$pid" =~ ^[0-9]+$ ]] || return 1
  kill -0 "$pid" 2>/dev/null || return 1
  tr '\0' ' ' <"/proc/$pid/cmdline" 2>/dev/null | grep -qF "$2" || return 1
  echo "$pid"
}

# Whether the process start_detached wrote to pid file $1 is still there. For a check during start-up: until nohup has
# exec'd the program the pid is the shell about to exec it, so alive_pid's command-line check would call it gone.
started_alive() { kill -0 "$(cat "$1" 2>/dev/null)" 2>/dev/null; }

# Starts "$@" (what it is: $1) in a session of its own (Ctrl-C in this terminal does not reach it), stdin closed,
# its output appended to log file $3 after a line that says when it started, and writes its pid to pid file $2.
start_detached() {
  local what="$1" pid_file="$2" log_file="$3"
  shift 3
  mkdir -p "$(dirname "$pid_file")" "$(dirname "$log_file")"
  echo "===== $(date -u +%FT%TZ) ${0#"$ROOT/"}: starting $what =====" >>"$log_file"
  (
    exec 9>&-
    exec setsid nohup "$@" </dev/null >>"$log_file" 2>&1
  ) &
  echo $! >"$pid_file"
}

# Runs "$@" every $2 seconds until it succeeds; fails once $1 seconds have passed.
wait_until() {
  local deadline=$((SECONDS + $1)) interval="$2"
  shift 2
  until "$@"; do
    (( SECONDS < deadline )) || return 1
    sleep "$interval"
  done
}

# Stops processes we started: SIGTERM to every pid, then up to $1 seconds for them to exit, then SIGKILL.
# With --group before the seconds, each pid stands for the session it leads (a launcher script and its java).
stop_pids() {
  local group=0 timeout pid started=$SECONDS
  if [[ "$1" == --group ]]; then group=1; shift; fi
  timeout="$1"
  shift
  for pid in "$@"; do signal_pid "$group" TERM "$pid"; done
  for pid in "$@"; do
    # the deadline is shared: each pid waits only for what is left of it
    if ! wait_until $(( timeout - (SECONDS - started) )) 0.2 gone "$pid"; then
      say "pid $pid still running after ${timeout}s: SIGKILL"
      signal_pid "$group" KILL "$pid"
      wait_until 2 0.1 gone "$pid" || true
    fi
  done
}

gone() { ! kill -0 "$1" 2>/dev/null; }

signal_pid() {
  if (( $1 )); then kill "-$2" -- "-$3" 2>/dev/null && return 0; fi
  kill "-$2" "$3" 2>/dev/null || true
}

# Runs an infra/*.sh script's sub-command $1: its function cmd_up, cmd_down, cmd_status or cmd_reset; for anything
# else prints the usage, which lists $2 too (the script's other sub-commands), and exits 2.
run_infra_command() {
  case "${1:-}" in
    up | down | status | reset) "cmd_$1" ;;
    *) echo "usage: $0 {up|down|status|reset${2:+|$2}}" >&2; exit 2 ;;
  esac
}

# The major version of the JDK whose java is $1 (17, 21, 25…).
java_major() { "$1" -XshowSettings:properties -version 2>&1 | sed -n 's/^ *java.specification.version = //p'; }

# The first of the JDK homes given after $1, then of those in /usr/lib/jvm newest first, whose version is $1 or
# later.
java_home_at_least() {
  local minimum="$1" candidate
  shift
  # shellcheck disable=SC2012  # the directories of /usr/lib/jvm have plain names
  for candidate in "$@" $(ls -d /usr/lib/jvm/*/ 2>/dev/null | sort -rV); do
    candidate="${candidate%/}"
    [[ -n "$candidate" && -x "$candidate/bin/java" ]] || continue
    if (( $(java_major "$candidate/bin/java" || echo 0) >= minimum )); then echo "$candidate"; return 0; fi
  done
  return 1
}
