# shellcheck shell=bash disable=SC2153  # ROOT, HK, PIDS, LOGS: set by ./hamkori and lib/sh/common.sh
# ./hamkori: backup and restore of the databases (docs/operations.md "Backup and restore"). The topics are the event log and are
# not backed up here: Kafka is kept (or restored by its own means) and the read models rebuilt. Sourced by ./hamkori.

DATABASES=(centers groups training reporting webhooks)
# Consumer groups whose effects live in a restored database (the center replicas, webhooks-service's
# deliveries) but whose committed offsets live in Kafka, newer than the backup: rewound to the start after a
# restore, so that they re-read what came after it (their inbox skips what the backup already holds).
REPLICA_GROUPS=(groups-service training-service webhooks-service)

pg_target() {
  # host, port and logins as the services see them; the local cluster's defaults otherwise
  PGHOST="${HAMKORI_PG_HOST:-127.0.0.1}"
  PGPORT="${HAMKORI_PG_PORT:-5432}"
  export PGHOST PGPORT
}

db_login() { local var="${1^^}_DB_USER"; echo "${!var:-$1}"; }
db_password() { local var="${1^^}_DB_PASSWORD"; echo "${!var:-$1}"; }

cmd_backup() {
  local dir="${1:-backups/$(date -u +%Y%m%dT%H%M%SZ)}" db
  command -v pg_dump >/dev/null || die "pg_dump is missing (apt-get install -y postgresql-client)"
  pg_target
  mkdir -p "$dir"
  for db in "${DATABASES[@]}"; do
    PGPASSWORD="$(db_password "$db")" pg_dump --format=custom --no-owner --no-privileges \
      --username="$(db_login "$db")" --dbname="$db" --file="$dir/$db.dump" \
      || die "pg_dump of $db failed"
    say "backed up $db to $dir/$db.dump"
  done
  {
    echo "taken_at=$(date -u +%FT%TZ)"
    echo "databases=${DATABASES[*]}"
    echo "format=pg_dump custom"
  } >"$dir/backup.properties"
  say "backup complete: $dir"
}

# Rewinds consumer group $2 on Kafka $1 to the start of its topics; REWIND_OUTPUT: what the tool said.
rewind_group() {
  REWIND_OUTPUT="$(java -Dlog4j2.configurationFile="$ROOT/infra/kafka/tools-log4j2.properties" -cp "$DOWNLOADS/kafka/libs/*" \
                     org.apache.kafka.tools.consumer.group.ConsumerGroupCommand --bootstrap-server "$1" \
                     --group "$2" --reset-offsets --to-earliest --all-topics --execute 2>&1)" \
    && [[ "$REWIND_OUTPUT" != *Error* ]]   # the tool exits 0 when it refuses an active group
}

cmd_restore() {
  local dir="${1:-}" db svc group
  [[ -n "$dir" ]] || die "usage: ./hamkori restore <dir>"
  for db in "${DATABASES[@]}"; do
    [[ -f "$dir/$db.dump" ]] || die "$dir/$db.dump is missing: not a backup of ./hamkori backup"
  done
  for svc in "${SERVICES[@]}"; do
    if service_pid "$svc" >/dev/null; then die "$svc is running: stop the services first ('./hamkori down')"; fi
  done
  command -v pg_restore >/dev/null || die "pg_restore is missing (apt-get install -y postgresql-client)"
  pg_target
  for db in "${DATABASES[@]}"; do
    # --clean --if-exists: an empty database (fresh cluster) and one with older tables both end as the backup
    PGPASSWORD="$(db_password "$db")" pg_restore --clean --if-exists --no-owner --no-privileges \
      --exit-on-error --single-transaction --username="$(db_login "$db")" --dbname="$db" "$dir/$db.dump" \
      || die "pg_restore of $db failed"
    say "restored $db from $dir/$db.dump"
  done
  local bootstrap="${KAFKA_BOOTSTRAP_SERVERS:-127.0.0.1:${HAMKORI_KAFKA_PORT:-9092}}"
  [[ -d "$DOWNLOADS/kafka/libs" ]] || die "Kafka's jars are missing ($DOWNLOADS/kafka/libs): run 'infra/kafka.sh up' once"
  for group in "${REPLICA_GROUPS[@]}"; do
    # a group is rewound only once it has no member: a consumer that was killed rather than stopped
    # stays a member until its session times out (45 s)
    wait_until "${HAMKORI_RESTORE_GROUP_TIMEOUT:-90}" 3 rewind_group "$bootstrap" "$group" \
      || die "could not rewind consumer group $group on $bootstrap: $REWIND_OUTPUT"
    say "rewound consumer group $group to the start of its topics"
  done
  say "restore complete; now './hamkori up', then rebuild the read models:"
  say "  curl -X POST -H \"Authorization: Bearer \$(./hamkori token admin)\" http://127.0.0.1:8084/admin/rebuild"
}

