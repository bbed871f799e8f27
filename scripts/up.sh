#!/usr/bin/env bash
# ./portal up: the local stack with demo data. A second call leaves running parts alone and redeploys.
# It reports success only after a visitor's essentials were tried for real (verify_portal in lib.sh).
# PORTAL_STACK=check runs a second stack beside the developer's (lib.sh); PORTAL_KEYCLOAK_URL signs in through an
# existing Keycloak instead of starting one; PORTAL_SKIP_BUILD=1 deploys the EAR as built.
set -euo pipefail
source "$(dirname "$0")/lib.sh"

DOMAIN=$STACK_DOMAIN
ADMIN_PORT=$STACK_ADMIN_PORT
HTTP_PORT=$STACK_HTTP_PORT
KC_PORT=$STACK_KC_PORT
KC_MGMT_PORT=$STACK_KC_MGMT_PORT
SMTP_PORT=$STACK_SMTP_PORT
MAIL_UI_PORT=$STACK_MAIL_UI_PORT
DB_NAME=${DB_NAME:-$STACK_DB_NAME}
DB_USER=${DB_USER:-mitwirken}
DB_PASSWORD=${DB_PASSWORD:-mitwirken}
KEYCLOAK_URL=${PORTAL_KEYCLOAK_URL:-http://localhost:$KC_PORT}
URL="http://localhost:$HTTP_PORT"
SERVER_LOG="$(domain_dir "$DOMAIN")/logs/server.log"

started_at=$(date +%s)
startup_ok=no
before=$(ls "$RUN")
# Ctrl-C or a failure while starting: stop what this call started (new markers in .work/run), leave the rest.
on_exit() {
    [ "$startup_ok" = yes ] && return
    warn "start-up failed or was interrupted; stopping what this call started"
    local new
    new=$(comm -13 <(echo "$before") <(ls "$RUN"))
    grep -qx "payara-$DOMAIN.started" <<<"$new" && stop_domain_if_ours "$DOMAIN" "$ADMIN_PORT"
    grep -qx "keycloak-$PORTAL_STACK.pid" <<<"$new" && stop_keycloak_if_ours "$PORTAL_STACK"
    grep -qx "greenmail.pid" <<<"$new" && stop_pid "$RUN/greenmail.pid" "mail catcher"
    grep -qx "mariadb.pid" <<<"$new" && stop_mariadb_if_ours
    return 0
}
trap on_exit EXIT
trap 'exit 130' INT TERM

ensure_tools
ensure_mariadb
create_database "$DB_NAME" "$DB_USER" "$DB_PASSWORD"
echo "$DB_PORT" >"$RUN/db-port"
echo "$DB_NAME" >"$RUN/db-name"

# (the second redirect URI is ./portal node2's, which signs in through this Keycloak too)
[ -n "${PORTAL_KEYCLOAK_URL:-}" ] || start_keycloak "$PORTAL_STACK" "$WORK/keycloak-$PORTAL_STACK" "$KC_PORT" "$KC_MGMT_PORT" \
    "$URL" "http://localhost:$NODE2_HTTP_PORT"

port_open "$SMTP_PORT" \
    || start_mail_catcher "$SMTP_PORT" "$MAIL_UI_PORT" "$LOGS/greenmail-$PORTAL_STACK.log" "$RUN/greenmail.pid"

EAR="$ROOT/portal-ear/target/portal.ear"
if [ "${PORTAL_SKIP_BUILD:-}" = 1 ] && [ -f "$EAR" ]; then
    say "Deploying the EAR as built ($EAR)"
else
    say "Building the portal"
    (cd "$ROOT" && mvn -q -B -DskipTests package) >"$LOGS/build.log" 2>&1 || die "build failed (see $LOGS/build.log)"
fi

ensure_payara
fresh_domain=no
if [ ! -d "$(domain_dir "$DOMAIN")" ]; then
    [ -n "$STACK_PORTBASE" ] || die "Payara domain $DOMAIN is missing from $PAYARA_HOME (remove .work/payara6 and run again)"
    say "Creating Payara domain $DOMAIN (ports from $STACK_PORTBASE: http $HTTP_PORT, admin $ADMIN_PORT)"
    "$ASADMIN" create-domain --nopassword=true --portbase "$STACK_PORTBASE" "$DOMAIN" >"$LOGS/payara-$DOMAIN-create.log" 2>&1 \
        || die "could not create Payara domain $DOMAIN (see $LOGS/payara-$DOMAIN-create.log)"
    fresh_domain=yes
fi
start_domain "$DOMAIN" "$ADMIN_PORT"
say "Configuring Payara domain $DOMAIN"
need_restart=$(ADMIN_PORT=$ADMIN_PORT DB_HOST=$DB_HOST DB_PORT=$DB_PORT DB_NAME=$DB_NAME DB_USER=$DB_USER \
    DB_PASSWORD=$DB_PASSWORD SMTP_PORT=$SMTP_PORT PORTAL_BASE_URL="$URL" \
    OIDC_PROVIDER_URI="$KEYCLOAK_URL/realms/mitwirken" PORTAL_DEMO_ENABLED=true \
    "$ROOT/scripts/configure-domain.sh")
if [ "$fresh_domain" = yes ]; then
    # a second stack keeps to itself: no data grid shared with the developer's domain1
    asadmin_at "$ADMIN_PORT" set-hazelcast-configuration --enabled=false --dynamic=false >/dev/null
    need_restart=restart
fi
if [ "$need_restart" = restart ]; then
    say "Restarting Payara for new JVM options"
    restart_domain "$DOMAIN" "$ADMIN_PORT"
fi

if [ -n "${PORTAL_KEYCLOAK_URL:-}" ]; then
    wait_for_url "$KEYCLOAK_URL/realms/mitwirken/.well-known/openid-configuration" 180 \
        || die "the Keycloak at $KEYCLOAK_URL does not answer for realm mitwirken"
else
    wait_for_keycloak "$PORTAL_STACK" "$KC_MGMT_PORT"
fi
say "Deploying the portal (migrations and demo data run at start)"
deploy_portal "$ADMIN_PORT" "$EAR" "$LOGS/deploy-$PORTAL_STACK.log" \
    || die "deployment failed (see $LOGS/deploy-$PORTAL_STACK.log and $SERVER_LOG)"
wait_for_ready "$URL" 120 || die "the portal is not ready: $READY_REPORT (see $SERVER_LOG)"
say "Trying sign-in, downloads and security headers"
if ! problems=$(verify_portal "$URL"); then
    printf '%s\n' "$problems" | sed 's/^/  - /' >&2
    die "the portal is deployed but not usable (above); the server log is $SERVER_LOG"
fi
startup_ok=yes

pid=$(cat "$(domain_dir "$DOMAIN")/config/pid" 2>/dev/null || true)
rss=$([ -n "$pid" ] && ps -o rss= -p "$pid" 2>/dev/null | awk '{printf "%d MiB", $1/1024}' || echo "?")
keycloak_admin="$KEYCLOAK_URL/admin/  (admin / admin; realm \"mitwirken\")"
[ -n "${PORTAL_KEYCLOAK_URL:-}" ] && keycloak_admin="$KEYCLOAK_URL (not started by this stack)"
cat <<INFO

  Mitwirken is running (ready after $(( $(date +%s) - started_at )) s; Payara uses $rss).
  Checked: readiness, sign-in through Keycloak, calendar and report downloads, security headers.

  Portal        $URL/
  Keycloak      $keycloak_admin
  Mail catcher  http://localhost:$MAIL_UI_PORT/   (SMTP 127.0.0.1:$SMTP_PORT)
  Database      $DB_NAME on $DB_HOST:$DB_PORT (user $DB_USER / $DB_PASSWORD)

  Demo logins (password "demo" for all):
    citizen          Clara Bürger          citizen
    org-rep          Ömer Yılmaz           organisation representative
    board-member     Birgit Berger         board member
    board-chair      Christiane Hoffmann   board chair
    moderator        Moritz Müller         moderator
    organizer        Olga Schmidt          conference organiser
    strategy-office  Sven Stratmann        strategy office (CDO)
    admin            Anja Weber            administrator
  Staff (board-chair, moderator, organizer, strategy-office, admin) are asked for a one-time code after the
  password: ./portal otp USER prints the current one (and the key for an authenticator app).

  Stop everything with: ./portal down
INFO
