#!/usr/bin/env bash
# ./portal rush [ATTEMPTS] [SEATS] [CONCURRENCY]: a registration rush against the portal of ./portal up (not part
# of CI). Creates a benchmark conference with one session of SEATS seats (default 300) in its database, fires
# ATTEMPTS (default 2000) guest registrations at once through POST /api/conferences/{id}/registrations (one
# thread each, released by one latch; CONCURRENCY, default ATTEMPTS, caps the requests in flight) and prints
# confirmed, waitlisted, errors, overbooking, throughput and latency. When the portal is not running, it is
# started like ./portal up and stopped again afterwards.
set -euo pipefail
source "$(dirname "$0")/lib.sh"
ATTEMPTS=${1:-2000}
SEATS=${2:-300}
CONCURRENCY=${3:-$ATTEMPTS}
[[ "$ATTEMPTS" =~ ^[1-9][0-9]*$ && "$SEATS" =~ ^[1-9][0-9]*$ && "$CONCURRENCY" =~ ^[1-9][0-9]*$ ]] \
    || die "usage: ./portal rush [ATTEMPTS=2000] [SEATS=300] [CONCURRENCY=ATTEMPTS]"
HTTP_PORT=8080
DB_NAME=${DB_NAME:-mitwirken}

started_here=no
if ! curl -fsS -o /dev/null --max-time 5 "http://localhost:$HTTP_PORT/health/ready" 2>/dev/null; then
    say "The portal is not running: starting it like ./portal up (and stopping it again afterwards)"
    "$ROOT/scripts/up.sh" >"$LOGS/rush-up.log" 2>&1 || die "./portal up failed (see $LOGS/rush-up.log)"
    started_here=yes
fi
stop_again() { [ "$started_here" = yes ] && "$ROOT/scripts/down.sh" --quiet; return 0; }
trap stop_again EXIT

ensure_tools
ensure_mariadb
"${DB_ADMIN[@]}" -e "USE \`$DB_NAME\`; SELECT 1 FROM conf_conference LIMIT 1" >/dev/null 2>&1 \
    || die "database $DB_NAME has no conference schema: run ./portal up first"
say "Building the load generator"
(cd "$ROOT" && mvn -q -B -DskipTests -pl portal-tools -am install \
    && mvn -q -B -pl portal-tools dependency:build-classpath -Dmdep.outputFile="$WORK/rush.classpath") \
    >"$LOGS/rush-build.log" 2>&1 || die "build failed (see $LOGS/rush-build.log)"
say "Rush: $ATTEMPTS registrations for $SEATS seats against http://localhost:$HTTP_PORT ($DB_NAME on $DB_HOST:$DB_PORT)"
status=0
PORTAL_URL="http://localhost:$HTTP_PORT" DB_HOST=$DB_HOST DB_PORT=$DB_PORT DB_NAME=$DB_NAME \
    DB_USER=${DB_USER:-mitwirken_schema} DB_PASSWORD=${DB_PASSWORD:-mitwirken} \
    java -Xss512k -cp "$ROOT/portal-tools/target/classes:$(cat "$WORK/rush.classpath")" \
    de.mitwirken.tools.RushBenchmark "$ATTEMPTS" "$SEATS" "$CONCURRENCY" || status=$?
exit $status
