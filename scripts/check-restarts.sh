#!/usr/bin/env bash
# The restart check (issue #20), run by ./portal test after the Maven tests, or alone:
#   scripts/check-restarts.sh KEYCLOAK_URL      (a Keycloak with the mitwirken realm, e.g. the test run's)
# On a stack of its own beside the developer's (PORTAL_STACK=check: domain mitwirken-check, http 28080, its own
# database and mail catcher; lib.sh), deploying the EAR as built:
#  1. ./portal up, down, up, down: each up must pass its own check (readiness with the portal's checks, a sign-in
#     round trip through Keycloak, the calendar and a report PDF downloaded, the security headers), and it is
#     checked again here.
#  2. The race itself, reproduced: the domain stopped with the portal still deployed (as a killed domain is) and
#     started the way that raced, with deploy --force sent while it loads the old deployment, at three moments of
#     its boot. Whatever Payara makes of that, the portal must never be half there: readiness UP means every visitor
#     check passes. A failed deploy or readiness DOWN is a failure that shows, and allowed.
#  3. ./portal up on that domain (the killed-domain path: the old deployment disabled before the boot, waited for,
#     undeployed), then ./portal down.
# In a whole test run the race is tried at the moment that once left a closed persistence unit ("ejb") only, so that
# the run stays short; PORTAL_RACE_MOMENTS="now weld ejb" tries all three (about four minutes more).
set -euo pipefail
export PORTAL_STACK=check
source "$(dirname "$0")/lib.sh"

KEYCLOAK_URL=${1:?usage: scripts/check-restarts.sh KEYCLOAK_URL}
export PORTAL_KEYCLOAK_URL=$KEYCLOAK_URL PORTAL_SKIP_BUILD=1
export DB_NAME="mitwirken_check_$(date +%Y%m%d%H%M%S)_$$"
URL="http://localhost:$STACK_HTTP_PORT"
LOG="$LOGS/check-restarts.log"
SERVER_LOG="$(domain_dir "$STACK_DOMAIN")/logs/server.log"
[ -f "$ROOT/portal-ear/target/portal.ear" ] || die "no EAR: build first (mvn package)"
: >"$LOG"
started=$(date +%s)
failures=0

finish() {
    local status=$?
    set +e
    "$ROOT/scripts/down.sh" --quiet >>"$LOG" 2>&1
    if [ -d "$(domain_dir "$STACK_DOMAIN")" ]; then
        mkdir -p "$LOGS/last-check-domain" && cp -r "$(domain_dir "$STACK_DOMAIN")/logs/." "$LOGS/last-check-domain/" 2>/dev/null
        "$ASADMIN" stop-domain "$STACK_DOMAIN" >/dev/null 2>&1
        "$ASADMIN" delete-domain "$STACK_DOMAIN" >/dev/null 2>&1 || rm -rf "$(domain_dir "$STACK_DOMAIN")"
    fi
    ensure_mariadb >/dev/null 2>&1 && drop_database "$DB_NAME"
    say "Restart check finished after $(( $(date +%s) - started )) s: $failures failure(s) (log: $LOG)"
    exit $status
}
trap finish EXIT
trap 'exit 130' INT TERM

fail() { warn "$*"; echo "FAILED: $*" >>"$LOG"; failures=$((failures + 1)); }

portal_cmd() { # up|down, logged
    echo "== ./portal $1 ($(date +%T))" >>"$LOG"
    "$ROOT/scripts/$1.sh" >>"$LOG" 2>&1
}

checked_up() {
    local t0=$SECONDS problems
    if ! portal_cmd up; then
        fail "./portal up #$1 failed (see $LOG)"
        return
    fi
    if problems=$(verify_portal "$URL"); then
        say "up #$1: ready and usable after $((SECONDS - t0)) s (sign-in, calendar, PDF, headers)"
    else
        fail "up #$1 said it was running, but: $problems"
    fi
}

# 1. up and down, then up again (the sequence of the issue: a start after ./portal down)
if [ -d "$(domain_dir "$STACK_DOMAIN")" ]; then
    "$ASADMIN" stop-domain "$STACK_DOMAIN" >/dev/null 2>&1 || true
    "$ASADMIN" delete-domain "$STACK_DOMAIN" >/dev/null 2>&1 || rm -rf "$(domain_dir "$STACK_DOMAIN")"
fi
checked_up 1
portal_cmd down || fail "./portal down #1 failed"
port_open "$STACK_ADMIN_PORT" && fail "the domain still runs after ./portal down #1"
portal_registered "$STACK_DOMAIN" && fail "the portal is still deployed after ./portal down #1"
checked_up 2

# 2. the race, reproduced on purpose: a domain that boots the old deployment, and deploy --force meanwhile.
#    "now": as soon as start-domain returns; "weld": the old deployment's CDI container is booting;
#    "ejb": its EJB module is loaded, its web module not yet (the moment that left a closed persistence unit).
"$ASADMIN" stop-domain "$STACK_DOMAIN" >>"$LOG" 2>&1   # as a killed domain: the portal stays deployed
clean=0 refused=0 down=0
read -r -a moments <<<"${PORTAL_RACE_MOMENTS:-ejb}"
for moment in "${moments[@]}"; do
    offset=$(stat -c %s "$SERVER_LOG" 2>/dev/null || echo 0)
    echo "== race: start-domain, deploy --force at '$moment' ($(date +%T))" >>"$LOG"
    "$ASADMIN" start-domain "$STACK_DOMAIN" >>"$LOG" 2>&1 || { fail "the domain did not start for the race"; break; }
    case $moment in
        weld) pattern='WELD-000900' ;;
        ejb) pattern='Loading application portal done' ;;
        *) pattern='' ;;
    esac
    for ((i = 0; i < 120 && ${#pattern} > 0; i++)); do
        tail -c +"$((offset + 1))" "$SERVER_LOG" | grep -q "$pattern" && break
        sleep 0.25
    done
    if asadmin_at "$STACK_ADMIN_PORT" deploy --force=true --name portal "$ROOT/portal-ear/target/portal.ear" >>"$LOG" 2>&1; then
        if wait_for_ready "$URL" 90; then
            if problems=$(verify_portal "$URL"); then
                clean=$((clean + 1))
                say "race at '$moment': a clean deployment (ready, and every visitor check passes)"
            else
                fail "race at '$moment': HALF DEPLOYED: readiness UP, but: $problems"
            fi
        else
            down=$((down + 1))
            say "race at '$moment': readiness DOWN, as it must be for a broken deployment: $READY_REPORT"
        fi
    else
        refused=$((refused + 1))
        say "race at '$moment': the deployment failed, and said so"
    fi
    wait_for_boot "$SERVER_LOG" "$offset" || true
    "$ASADMIN" stop-domain "$STACK_DOMAIN" >>"$LOG" 2>&1
    if ! portal_registered "$STACK_DOMAIN"; then
        # a failed deploy may leave nothing registered: put the deployment back for the next moment
        "$ASADMIN" start-domain "$STACK_DOMAIN" >>"$LOG" 2>&1
        deploy_portal "$STACK_ADMIN_PORT" "$ROOT/portal-ear/target/portal.ear" "$LOGS/check-redeploy.log" || true
        "$ASADMIN" stop-domain "$STACK_DOMAIN" >>"$LOG" 2>&1
    fi
done
say "race: $clean clean, $down with readiness DOWN, $refused refused, of ${#moments[@]}"

# 3. the killed-domain path of ./portal up, then down
checked_up 3
portal_cmd down || fail "./portal down after the race failed"
[ "$failures" -eq 0 ]
