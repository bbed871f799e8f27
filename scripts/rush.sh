#!/usr/bin/env bash
# ./portal rush [--nodes 2] [--mails] [ATTEMPTS] [SEATS] [CONCURRENCY]: a registration rush against the portal of
# ./portal up (not part of CI). Creates a benchmark conference with one session of SEATS seats (default 300) in its
# database, fires ATTEMPTS (default 2000) guest registrations at once through POST /api/conferences/{id}/registrations
# (one thread each, released by one latch; CONCURRENCY, default ATTEMPTS, caps the requests in flight) and prints
# confirmed, waitlisted, errors, retries, overbooking, throughput and latency. A 503 (the node admits no more
# registrations at once, portal.conference.registration.max-in-flight) is sent again after its Retry-After plus
# jitter and counted as a retry, not as an error. When the portal is not running, it is started like ./portal up
# and stopped again afterwards.
# --nodes 2: the attempts go round-robin to the portal on 8080 and a second node on 18080 (./portal node2 up; started
# here and stopped again if it is not running), and the mails are checked. --mails: check that each registration's
# mail was sent exactly once (outbox rows and the mail catcher) also with one node.
set -euo pipefail
source "$(dirname "$0")/lib.sh"
NODES=1
CHECK_MAILS=no
while [ $# -gt 0 ]; do
    case "$1" in
        --nodes) NODES=${2:-}; shift 2 || true ;;
        --mails) CHECK_MAILS=yes; shift ;;
        *) break ;;
    esac
done
ATTEMPTS=${1:-2000}
SEATS=${2:-300}
CONCURRENCY=${3:-$ATTEMPTS}
[[ "$NODES" =~ ^[12]$ && "$ATTEMPTS" =~ ^[1-9][0-9]*$ && "$SEATS" =~ ^[1-9][0-9]*$ && "$CONCURRENCY" =~ ^[1-9][0-9]*$ ]] \
    || die "usage: ./portal rush [--nodes 1|2] [--mails] [ATTEMPTS=2000] [SEATS=300] [CONCURRENCY=ATTEMPTS]"
[ "$NODES" = 2 ] && CHECK_MAILS=yes
HTTP_PORT=$STACK_HTTP_PORT
NODE2_URL=http://localhost:$NODE2_HTTP_PORT     # scripts/node2.sh
MAIL_API=http://localhost:$STACK_MAIL_UI_PORT   # the mail catcher's REST API (scripts/up.sh)
DB_NAME=${DB_NAME:-mitwirken}

started_here=no
if [ "$(readiness_report "http://localhost:$HTTP_PORT")" != UP ]; then
    say "The portal is not running: starting it like ./portal up (and stopping it again afterwards)"
    "$ROOT/scripts/up.sh" >"$LOGS/rush-up.log" 2>&1 || die "./portal up failed (see $LOGS/rush-up.log)"
    started_here=yes
fi
node2_here=no
stop_again() {
    [ "$node2_here" = yes ] && "$ROOT/scripts/node2.sh" down
    [ "$started_here" = yes ] && "$ROOT/scripts/down.sh" --quiet
    return 0
}
trap stop_again EXIT
urls="http://localhost:$HTTP_PORT"
if [ "$NODES" = 2 ]; then
    if [ "$(readiness_report "$NODE2_URL")" != UP ]; then
        say "Starting the second node (./portal node2 up; stopped again afterwards)"
        node2_here=yes
        "$ROOT/scripts/node2.sh" up || die "the second node did not start (see $LOGS/node2.log)"
    fi
    urls="$urls,$NODE2_URL"
fi
mail_api=
if [ "$CHECK_MAILS" = yes ]; then
    curl -fsS -o /dev/null --max-time 5 "$MAIL_API/api/service/readiness" \
        || die "the mail catcher's API does not answer on $MAIL_API: run ./portal up"
    mail_api=$MAIL_API
fi

ensure_tools
ensure_mariadb
"${DB_ADMIN[@]}" -e "USE \`$DB_NAME\`; SELECT 1 FROM conf_conference LIMIT 1" >/dev/null 2>&1 \
    || die "database $DB_NAME has no conference schema: run ./portal up first"
say "Building the load generator"
(cd "$ROOT" && mvn -q -B -DskipTests -pl portal-tools -am install \
    && mvn -q -B -pl portal-tools dependency:build-classpath -Dmdep.outputFile="$WORK/rush.classpath") \
    >"$LOGS/rush-build.log" 2>&1 || die "build failed (see $LOGS/rush-build.log)"
say "Rush: $ATTEMPTS registrations for $SEATS seats against $urls ($DB_NAME on $DB_HOST:$DB_PORT)"
status=0
PORTAL_URLS="$urls" MAIL_API="$mail_api" DB_HOST=$DB_HOST DB_PORT=$DB_PORT DB_NAME=$DB_NAME \
    DB_USER=${DB_USER:-mitwirken_schema} DB_PASSWORD=${DB_PASSWORD:-mitwirken} \
    java -Xss512k -cp "$ROOT/portal-tools/target/classes:$(cat "$WORK/rush.classpath")" \
    de.mitwirken.tools.RushBenchmark "$ATTEMPTS" "$SEATS" "$CONCURRENCY" || status=$?
exit $status
