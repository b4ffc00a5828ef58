# What the infra scripts share. Sourced after the script has set ROOT, COMPONENT (its name in messages and
# files) and LOCK_WAIT (seconds).

HK="$ROOT/.hamkori"
HOST=127.0.0.1
PID_FILE="$HK/pids/$COMPONENT.pid"
LOG_FILE="$HK/logs/$COMPONENT.log"
LOCK_FILE="$HK/$COMPONENT.lock"

log() { echo "[$COMPONENT] $*" >&2; }
die() { echo "[$COMPONENT] ERROR: $*" >&2; exit 1; }

port_open() { (exec 3<>"/dev/tcp/$HOST/$1") 2>/dev/null; }

# Serialises up/down/reset of concurrent callers (e.g. tests restarting a server), waiting at most LOCK_WAIT seconds.
# A server the script starts must not inherit the lock descriptor (9).
take_lock() {
  mkdir -p "$HK"
  exec 9>"$LOCK_FILE"
  flock -w "$LOCK_WAIT" 9 || die "another infra/$COMPONENT.sh is still running (lock $LOCK_FILE)"
}

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

# A start that failed: the end of the server's log, then why.
start_failed() {
  tail -n 40 "$LOG_FILE" >&2 || true
  die "$*; see $LOG_FILE"
}
