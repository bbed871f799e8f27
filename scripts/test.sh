#!/usr/bin/env bash
# ./portal test: every test on a stack of its own, which it builds up and tears down again:
# a fresh Payara domain (ports 28xxx), a Keycloak of its own (8280), a new MariaDB database.
# Extra arguments go to Maven, e.g. ./portal test -Dit.test=SignInBrowserIT -Dtest=none -Dsurefire.failIfNoSpecifiedTests=false
# After the Maven tests of a whole run (no extra arguments), scripts/check-restarts.sh checks up, down and a redeploy
# racing a boot on a stack of its own (PORTAL_CHECK_RESTARTS=1 runs it after a partial run too).
set -euo pipefail
source "$(dirname "$0")/lib.sh"

DOMAIN=mitwirken-test
PORTBASE=28000
ADMIN_PORT=$((PORTBASE + 48))
HTTP_PORT=$((PORTBASE + 80))
KC_PORT=8280
KC_MGMT_PORT=9100
SMTP_PORT=28025   # GreenMail inside the test JVM
DB_NAME="mitwirken_it_$(date +%Y%m%d%H%M%S)_$$"
DB_USER=mitwirken_it
DB_PASSWORD=mitwirken_it
DOMAIN_DIR="$PAYARA_HOME/glassfish/domains/$DOMAIN"

started_at=$(date +%s)
before=$(ls "$RUN")
db_created=no

cleanup() {
    local status=$?
    set +e
    if [ -x "$ASADMIN" ] && [ -d "$DOMAIN_DIR" ]; then
        say "Stopping and removing the test domain"
        "$ASADMIN" stop-domain "$DOMAIN" >/dev/null 2>&1
        mkdir -p "$LOGS/last-test-domain" && cp -r "$DOMAIN_DIR/logs/." "$LOGS/last-test-domain/" 2>/dev/null
        "$ASADMIN" delete-domain "$DOMAIN" >/dev/null 2>&1 || rm -rf "$DOMAIN_DIR"
    fi
    stop_keycloak_if_ours test
    [ "$db_created" = yes ] && drop_database "$DB_NAME"
    # a private MariaDB that this run started (none was running before) is stopped again
    if ! grep -qx mariadb.pid <<<"$before"; then stop_mariadb_if_ours; fi
    say "Test run finished after $(( $(date +%s) - started_at )) s with exit code $status"
    exit $status
}
trap cleanup EXIT
trap 'exit 130' INT TERM

ensure_tools
ensure_chromium
ensure_axe
ensure_mariadb
create_database "$DB_NAME" "$DB_USER" "$DB_PASSWORD"
db_created=yes
say "Test database $DB_NAME on $DB_HOST:$DB_PORT"

port_open "$KC_PORT" && die "port $KC_PORT is taken: is another test run going on?"
# the portal's redirect URI: the test domain's, which the restart check's stack reuses (same ports)
start_keycloak test "$WORK/keycloak-test" "$KC_PORT" "$KC_MGMT_PORT" "http://localhost:$HTTP_PORT"

ensure_payara
if [ -d "$DOMAIN_DIR" ]; then
    warn "removing the test domain a previous run left behind"
    "$ASADMIN" stop-domain "$DOMAIN" >/dev/null 2>&1 || true
    "$ASADMIN" delete-domain "$DOMAIN" >/dev/null 2>&1 || rm -rf "$DOMAIN_DIR"
fi
port_open "$ADMIN_PORT" && die "port $ADMIN_PORT is taken: is another test run going on?"
say "Creating a fresh Payara domain $DOMAIN (http port $HTTP_PORT)"
"$ASADMIN" create-domain --nopassword=true --portbase "$PORTBASE" "$DOMAIN" >"$LOGS/test-domain-create.log" 2>&1 \
    || die "could not create the test domain (see $LOGS/test-domain-create.log)"
"$ASADMIN" start-domain "$DOMAIN" >"$LOGS/test-domain-start.log" 2>&1 || die "the test domain did not start"
need_restart=$(ADMIN_PORT=$ADMIN_PORT DB_HOST=$DB_HOST DB_PORT=$DB_PORT DB_NAME=$DB_NAME DB_USER=$DB_USER \
    DB_PASSWORD=$DB_PASSWORD SMTP_PORT=$SMTP_PORT PORTAL_BASE_URL="http://localhost:$HTTP_PORT" \
    PORTAL_MAIL_POLL_SECONDS=1 PORTAL_HTTP_THREADS=5 PORTAL_MAIL_RETRY_FIRST_SECONDS=1 PORTAL_MAIL_RETRY_MAX_SECONDS=2 PORTAL_MAIL_ATTEMPTS=8 PORTAL_BACKLOG_RERANK_SECONDS=1 \
    PORTAL_REPORTING_SCHEDULE_CHECK_SECONDS=2 PORTAL_REPORTING_OFFICE_MAIL=strategiebuero@mitwirken.test \
    PORTAL_OPARL_COUNCIL_URL=http://localhost:28090/oparl PORTAL_OPARL_CRAWL_SECONDS=3 \
    PORTAL_CONFERENCE_GUEST_PER_NETWORK_PER_HOUR=100000 PORTAL_CONFERENCE_GUEST_TOTAL_PER_HOUR=100000 \
    OIDC_PROVIDER_URI="http://localhost:$KC_PORT/realms/mitwirken" PORTAL_DEMO_ENABLED=true \
    "$ROOT/scripts/configure-domain.sh")
# the test domain keeps to itself: no data grid shared with a developer's running domain1
asadmin_at "$ADMIN_PORT" set-hazelcast-configuration --enabled=false --dynamic=false >/dev/null
"$ASADMIN" restart-domain "$DOMAIN" >>"$LOGS/test-domain-start.log" 2>&1 || die "the test domain did not restart"

wait_for_keycloak test "$KC_MGMT_PORT"
say "Keycloak ready; running the tests"
cd "$ROOT"
# failsafe's verify step adds the results of the run before to summaries it finds: a failed run followed by a
# passing one in the same checkout would still fail. Each run starts from no summary.
rm -f portal-ear/target/failsafe-reports/failsafe-summary-*.xml
set +e
mvn -B verify \
    -Dit.payara.home="$PAYARA_HOME" -Dit.payara.domain="$DOMAIN" -Dit.payara.adminPort="$ADMIN_PORT" \
    -Dit.payara.httpPort="$HTTP_PORT" -Dit.keycloak.url="http://localhost:$KC_PORT" \
    -Dit.smtp.port="$SMTP_PORT" -Dit.axe.script="$WORK/npm/node_modules/axe-core/axe.min.js" "$@"
tests=$?
set -e
# The restart check (issue #20: up, down, a deploy racing a boot) on the EAR just built, signing in through this
# run's Keycloak. It runs on the whole test run (no extra arguments; CI) or when PORTAL_CHECK_RESTARTS=1.
if [ $tests -eq 0 ] && { [ $# -eq 0 ] || [ "${PORTAL_CHECK_RESTARTS:-}" = 1 ]; }; then
    # its stack uses the test domain's ports (28xxx, which the realm's test client allows): the test domain goes first
    "$ASADMIN" stop-domain "$DOMAIN" >/dev/null 2>&1
    mkdir -p "$LOGS/last-test-domain" && cp -r "$DOMAIN_DIR/logs/." "$LOGS/last-test-domain/" 2>/dev/null
    "$ASADMIN" delete-domain "$DOMAIN" >/dev/null 2>&1 || rm -rf "$DOMAIN_DIR"
    say "Restart check (scripts/check-restarts.sh)"
    "$ROOT/scripts/check-restarts.sh" "http://localhost:$KC_PORT" || tests=$?
fi
exit $tests
