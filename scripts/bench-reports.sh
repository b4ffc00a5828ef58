#!/usr/bin/env bash
# Read path benchmark of reporting-service: loads BENCH_CERTIFICATIONS certifications (default 100,000; at most
# 1,000,000) plus centres, groups, members, meetings, issues and sessions straight into the read-model tables of a
# separate database (reporting_bench, owned by the role reporting, created afresh and dropped afterwards), starts
# the packaged service against it on 127.0.0.1:${BENCH_PORT:-18190} with no Kafka (so it neither consumes nor
# dead-letters anything), times BENCH_REQUESTS requests (default 50) per report with curl and prints a table.
# Needs PostgreSQL (./hamkori infra-up) and reporting-service packaged (./mvnw -o package -pl reporting-service
# -DskipTests; done here when the jar is missing). Uses the local dev superuser only to create and drop the database;
# BENCH_KEEP_DB=1 keeps it for a closer look (psql -h 127.0.0.1 -U reporting reporting_bench).
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."

CERTIFICATIONS="${BENCH_CERTIFICATIONS:-100000}"
REQUESTS="${BENCH_REQUESTS:-50}"
PORT="${BENCH_PORT:-18190}"
DB=reporting_bench
PG_HOST=127.0.0.1
PG_PORT="${HAMKORI_PG_PORT:-5432}"
JAR=reporting-service/target/quarkus-app/quarkus-run.jar
LOG=/tmp/hamkori-bench-reports.log
BASE="http://127.0.0.1:$PORT"

(( CERTIFICATIONS >= 1000 && CERTIFICATIONS <= 1000000 )) || { echo "BENCH_CERTIFICATIONS: 1000 to 1000000" >&2; exit 2; }
(( REQUESTS >= 5 && REQUESTS <= 1000 )) || { echo "BENCH_REQUESTS: 5 to 1000" >&2; exit 2; }
infra/postgres.sh status >/dev/null || { echo "PostgreSQL is not running: ./hamkori infra-up" >&2; exit 1; }

admin_sql() {
  PGPASSWORD="$(cat .hamkori/postgres-superuser-password)" psql -X -q -v ON_ERROR_STOP=1 -h "$PG_HOST" -p "$PG_PORT" \
    -U postgres -d postgres -c "$1"
}
bench_sql() {
  PGPASSWORD=reporting psql -X -q -v ON_ERROR_STOP=1 -h "$PG_HOST" -p "$PG_PORT" -U reporting -d "$DB" "$@"
}

SERVICE_PID=""
cleanup() {
  if [[ -n "$SERVICE_PID" ]] && kill -0 "$SERVICE_PID" 2>/dev/null; then
    kill "$SERVICE_PID"
    wait "$SERVICE_PID" 2>/dev/null || true
  fi
  if [[ -z "${BENCH_KEEP_DB:-}" ]]; then
    admin_sql "DROP DATABASE IF EXISTS $DB WITH (FORCE)" || true
  fi
}
trap cleanup EXIT

if [[ ! -f "$JAR" ]]; then
  ./mvnw -B -q -o package -pl reporting-service -DskipTests
fi

admin_sql "DROP DATABASE IF EXISTS $DB WITH (FORCE)"
admin_sql "CREATE DATABASE $DB OWNER reporting"

# Kafka on a closed port: the instance serves reports only; its consumers and replays fail quietly in the log.
# tokens: the analyst demo user of the local Keycloak (infra/keycloak.sh up, or ./hamkori up)
ISSUER="${MP_JWT_VERIFY_ISSUER:-http://127.0.0.1:8180/realms/hamkori}"
MP_JWT_VERIFY_ISSUER="$ISSUER" MP_JWT_VERIFY_PUBLICKEY_LOCATION="$ISSUER/protocol/openid-connect/certs" \
  QUARKUS_MANAGEMENT_PORT="$((PORT + 1000))" \
  REPORTING_DB_URL="jdbc:postgresql://$PG_HOST:$PG_PORT/$DB" QUARKUS_HTTP_PORT="$PORT" \
  KAFKA_BOOTSTRAP_SERVERS=127.0.0.1:9 QUARKUS_LOG_LEVEL=WARN \
  java -Xmx512m -jar "$JAR" >"$LOG" 2>&1 &
SERVICE_PID=$!

TOKEN="$(java scenario-loader/src/main/java/org/hamkori/scenario/DemoSignIn.java analyst)"
for _ in $(seq 1 120); do
  [[ "$(curl -s -o /dev/null -w '%{http_code}' -H "Authorization: Bearer $TOKEN" "$BASE/reports/overview")" == 200 ]] && break
  kill -0 "$SERVICE_PID" 2>/dev/null || { tail -30 "$LOG"; exit 1; }
  sleep 1
done

SCHEMA="$(bench_sql -At -c "SELECT 'rm_g' || number FROM read_model_generation WHERE state = 'ACTIVE'")"
REFERENCE=event-contract/src/main/resources/reference/districts.json
DISTRICTS="$(jq -r '[.districts[] | "(\u0027\(.regionCode)\u0027,\u0027\(.code)\u0027)"] | join(",")' "$REFERENCE")"
echo "Loading $CERTIFICATIONS certifications into $DB.$SCHEMA ..."
bench_sql -v n="$CERTIFICATIONS" -v s="$SCHEMA" -v districts="$DISTRICTS" <<'SQL'
SELECT setseed(0.42);
UPDATE read_model_generation SET replayed_at = now() WHERE state = 'ACTIVE';
-- every district of the reference data
CREATE TEMP TABLE district AS
  SELECT row_number() OVER () AS i, region, code FROM (VALUES :districts) d(region, code);
SELECT count(*) AS district_count FROM district \gset
-- 25 trainees per session, each session one place, partner, course and day
CREATE TEMP TABLE bench_session AS
  SELECT s, gen_random_uuid() AS id, 1 + floor(random() * :district_count)::int AS district,
         (ARRAY['SAFERWORLD','US_EMBASSY','MVD','OSCE','UNDP','IOM'])[1 + floor(random() * 6)::int] AS partner,
         (ARRAY['CP-101','CP-102','PB-201','PB-202','DLG-301','CA-401','CA-402','CP-501'])[1 + floor(random() * 8)::int] AS course,
         DATE '2019-01-01' + floor(random() * 1826)::int AS day
  FROM generate_series(1, ceil(:n / 25.0)::int) s;
INSERT INTO :s.training_session (session_id, course_code, region_code, district_code, partner_code, completed_on)
  SELECT b.id, b.course, d.region, d.code, b.partner, b.day FROM bench_session b JOIN district d ON d.i = b.district;
INSERT INTO :s.certification (certificate_id, certificate_number, trainee_id, session_id, course_code, category, sex,
    age_band, region_code, district_code, partner_code, certified_on, revoked_on, counted)
  SELECT gen_random_uuid(), 'HMK-B' || t, gen_random_uuid(), b.id, b.course,
         CASE WHEN random() < 0.3 THEN 'POLICE_OFFICER' ELSE 'CITIZEN' END,
         CASE WHEN random() < 0.45 THEN 'FEMALE' ELSE 'MALE' END,
         (ARRAY['UNDER_18','18_24','25_34','35_49','50_PLUS'])[1 + floor(random() * 5)::int],
         d.region, d.code, b.partner, b.day, r.revoked_on, r.revoked_on IS NULL
  FROM generate_series(1, :n) t
  JOIN bench_session b ON b.s = 1 + (t - 1) / 25
  JOIN district d ON d.i = b.district
  CROSS JOIN LATERAL (SELECT CASE WHEN random() < 0.03 THEN b.day + 30 END AS revoked_on) r;
INSERT INTO :s.certification_daily (certified_on, region_code, district_code, category, sex, age_band, partner_code,
    course_code, certified)
  SELECT certified_on, region_code, district_code, category, sex, age_band, partner_code, course_code, count(*)
  FROM :s.certification WHERE counted GROUP BY 1, 2, 3, 4, 5, 6, 7, 8;
INSERT INTO :s.certification_place
  SELECT region_code, district_code, category, sex, count(*) FROM :s.certification WHERE counted GROUP BY 1, 2, 3, 4;
INSERT INTO :s.certification_place_monthly
  SELECT date_trunc('month', certified_on)::date, region_code, district_code, category, sex, count(*)
  FROM :s.certification WHERE counted GROUP BY 1, 2, 3, 4, 5;
-- 54 centres, 37 groups of 20 members, 2,000 meetings raising 5,000 issues
INSERT INTO :s.center (center_id, region_code, district_code, construction_type, registered_on, details_sequence)
  SELECT gen_random_uuid(), d.region, d.code, CASE WHEN c % 3 = 0 THEN 'RENOVATION' ELSE 'NEW_BUILD' END,
         DATE '2019-01-01' + c * 20, 1
  FROM generate_series(1, 54) c JOIN district d ON d.i = 1 + c % :district_count;
INSERT INTO :s.center_change (center_id, sequence, change, status, effective_on)
  SELECT center_id, 1, 'OPENED', 'OPEN', registered_on + 90 FROM :s.center;
INSERT INTO :s.group_info (group_id, center_id, region_code, district_code, formed_on)
  SELECT gen_random_uuid(), NULL, d.region, d.code, DATE '2019-06-01' + g * 15
  FROM generate_series(1, 37) g JOIN district d ON d.i = 1 + g % :district_count;
INSERT INTO :s.member (member_id, group_id, role, sex, joined_on, left_on)
  SELECT gen_random_uuid(), g.group_id, CASE WHEN m % 3 = 0 THEN 'POLICE_OFFICER' ELSE 'COMMUNITY_REPRESENTATIVE' END,
         CASE WHEN m % 2 = 0 THEN 'FEMALE' ELSE 'MALE' END, g.formed_on, CASE WHEN m = 20 THEN g.formed_on + 200 END
  FROM :s.group_info g CROSS JOIN generate_series(1, 20) m;
INSERT INTO :s.meeting (meeting_id, group_id, held_on, female, male, police, community)
  SELECT gen_random_uuid(), (SELECT group_id FROM :s.group_info ORDER BY group_id OFFSET k % 37 LIMIT 1),
         DATE '2019-07-01' + k, 6, 9, 5, 10
  FROM generate_series(1, 2000) k;
INSERT INTO :s.issue (issue_id, group_id, category, raised_on, status, resolved_on, resolution_sequence)
  SELECT gen_random_uuid(), m.group_id, 'THEFT', m.held_on,
         (ARRAY['OPEN','RESOLVED','REFERRED'])[1 + i % 3], CASE WHEN i % 3 > 0 THEN m.held_on + 14 END,
         CASE WHEN i % 3 > 0 THEN 2 END
  FROM :s.meeting m CROSS JOIN generate_series(0, 2) i WHERE random() < 0.83;
INSERT INTO :s.feed VALUES ('training.events', now(), :n);
INSERT INTO programme_target (indicator, year, target) VALUES ('training.certified', 2021, 30000), ('centers.open', 2021, 54);
SELECT format('ANALYZE %I.%I', schemaname, tablename) FROM pg_tables WHERE schemaname = :'s' \gexec
ANALYZE programme_target;
SQL
bench_sql -At -c "SELECT 'certifications ' || (SELECT count(*) FROM $SCHEMA.certification)
  || ', day cells ' || (SELECT count(*) FROM $SCHEMA.certification_daily)
  || ', place cells ' || (SELECT count(*) FROM $SCHEMA.certification_place)
  || ', place-month cells ' || (SELECT count(*) FROM $SCHEMA.certification_place_monthly)"

ENDPOINTS=(
  "/reports/overview"
  "/reports/overview?year=2021"
  "/reports/regions"
  "/reports/districts"
  "/reports/districts?format=csv"
  "/reports/certifications"
  "/reports/certifications?groupBy=regionCode,sex"
  "/reports/certifications?groupBy=districtCode,category,sex"
  "/reports/certifications?groupBy=ageBand,sex&from=2021-01-01&to=2021-12-31"
  "/reports/certifications?groupBy=partnerCode,courseCode,month"
  "/reports/certifications?groupBy=month&from=2022-03-15&to=2022-09-30"
  "/reports/certifications?groupBy=regionCode,districtCode,category,sex,ageBand,partnerCode,courseCode,month"
  "/reports/targets"
  "/reports/export/dhis2?year=2021"
)

# warm-up: every report a few times, so that the JIT has compiled the common paths before anything is timed
for _ in $(seq 1 10); do
  for endpoint in "${ENDPOINTS[@]}"; do
    curl -s -o /dev/null -H "Authorization: Bearer $TOKEN" "$BASE$endpoint"
  done
done

echo
printf '%-100s %6s %9s %9s %9s %9s\n' "report ($REQUESTS requests each, after warm-up)" rows "p50 ms" "p95 ms" "max ms" "KiB"
for endpoint in "${ENDPOINTS[@]}"; do
  times=()
  for _ in $(seq 1 "$REQUESTS"); do
    times+=("$(curl -s -o /dev/null -w '%{http_code} %{time_total} %{size_download}' \
      -H "Authorization: Bearer $TOKEN" "$BASE$endpoint")")
  done
  body="$(curl -s -H "Authorization: Bearer $TOKEN" "$BASE$endpoint")"
  rows="$(grep -o '"count"' <<<"$body" | wc -l || true)"
  [[ "$endpoint" == *format=csv* ]] && rows=$(( $(wc -l <<<"$body") - 1 ))
  [[ "$endpoint" == */dhis2* ]] && rows="$(grep -o '"dataElement"' <<<"$body" | wc -l || true)"
  [[ "$endpoint" == */overview* || "$endpoint" == */targets* ]] && rows=1
  [[ "$endpoint" == */regions || "$endpoint" == */districts ]] && rows="$(grep -o '"name"' <<<"$body" | wc -l || true)"
  failed="$(printf '%s\n' "${times[@]}" | awk '$1 != 200' | wc -l)"
  if (( failed > 0 )); then
    printf '%-100s %d of %d requests failed\n' "$endpoint" "$failed" "$REQUESTS"
    continue
  fi
  printf '%s\n' "${times[@]}" | awk '{ print $2 * 1000, $3 }' | sort -n | awk -v name="$endpoint" -v rows="$rows" '
    { t[NR] = $1; bytes = $2 }
    END {
      p95 = int(NR * 0.95); if (p95 < NR * 0.95) p95++
      printf "%-100s %6s %9.1f %9.1f %9.1f %9.1f\n", name, rows, t[int((NR + 1) / 2)], t[p95], t[NR], bytes / 1024
    }'
done
