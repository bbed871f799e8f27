#!/usr/bin/env bash
# ./portal up: the local stack with demo data. A second call leaves running parts alone and redeploys.
set -euo pipefail
source "$(dirname "$0")/lib.sh"

DOMAIN=domain1
ADMIN_PORT=$STACK_ADMIN_PORT
HTTP_PORT=$STACK_HTTP_PORT
KC_PORT=$STACK_KC_PORT
KC_MGMT_PORT=$STACK_KC_MGMT_PORT
SMTP_PORT=$STACK_SMTP_PORT
MAIL_UI_PORT=$STACK_MAIL_UI_PORT
DB_NAME=${DB_NAME:-mitwirken}
DB_USER=${DB_USER:-mitwirken}
DB_PASSWORD=${DB_PASSWORD:-mitwirken}

started_at=$(date +%s)
startup_ok=no
before=$(ls "$RUN")
# Ctrl-C or a failure while starting: stop what this call started (new markers in .work/run), leave the rest.
on_exit() {
    [ "$startup_ok" = yes ] && return
    warn "start-up failed or was interrupted; stopping what this call started"
    local new
    new=$(comm -13 <(echo "$before") <(ls "$RUN"))
    grep -qx "payara-$DOMAIN.started" <<<"$new" && stop_domain_if_ours "$DOMAIN"
    grep -qx "keycloak-run.pid" <<<"$new" && stop_keycloak_if_ours run
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

start_keycloak run "$WORK/keycloak-run" "$KC_PORT" "$KC_MGMT_PORT"

if ! port_open "$SMTP_PORT"; then
    jar="$WORK/dist/greenmail-standalone-$GREENMAIL_VERSION.jar"
    [ -f "$jar" ] || maven_fetch "com.icegreen:greenmail-standalone:$GREENMAIL_VERSION" "$WORK/dist"
    say "Starting the mail catcher (SMTP 127.0.0.1:$SMTP_PORT, web http://localhost:$MAIL_UI_PORT)"
    nohup java -Xmx128m -Dgreenmail.setup.test.smtp -Dgreenmail.setup.test.imap -Dgreenmail.auth.disabled \
        -Dgreenmail.hostname=127.0.0.1 -Dgreenmail.api.hostname=127.0.0.1 -Dgreenmail.api.port=$MAIL_UI_PORT \
        -jar "$jar" >"$LOGS/greenmail.log" 2>&1 &
    echo $! >"$RUN/greenmail.pid"
fi

say "Building the portal"
(cd "$ROOT" && mvn -q -B -DskipTests package) >"$LOGS/build.log" 2>&1 || die "build failed (see $LOGS/build.log)"

ensure_payara
start_domain "$DOMAIN" "$ADMIN_PORT"
say "Configuring Payara domain $DOMAIN"
need_restart=$(ADMIN_PORT=$ADMIN_PORT DB_HOST=$DB_HOST DB_PORT=$DB_PORT DB_NAME=$DB_NAME DB_USER=$DB_USER \
    DB_PASSWORD=$DB_PASSWORD SMTP_PORT=$SMTP_PORT PORTAL_BASE_URL="http://localhost:$HTTP_PORT" \
    OIDC_PROVIDER_URI="http://localhost:$KC_PORT/realms/mitwirken" PORTAL_DEMO_ENABLED=true \
    "$ROOT/scripts/configure-domain.sh")
if [ "$need_restart" = restart ]; then
    say "Restarting Payara for new JVM options"
    "$ASADMIN" restart-domain "$DOMAIN" >>"$LOGS/payara-$DOMAIN-start.log" 2>&1
fi

wait_for_keycloak run "$KC_MGMT_PORT"
say "Deploying the portal (migrations and demo data run at start)"
asadmin_at "$ADMIN_PORT" deploy --force=true --name portal "$ROOT/portal-ear/target/portal.ear" \
    >"$LOGS/deploy.log" 2>&1 || die "deployment failed (see $LOGS/deploy.log and $PAYARA_HOME/glassfish/domains/$DOMAIN/logs/server.log)"
wait_for_url "http://localhost:$HTTP_PORT/health/ready" 60 || die "the portal is not ready (see $PAYARA_HOME/glassfish/domains/$DOMAIN/logs/server.log)"
wait_for_url "http://localhost:$HTTP_PORT/" 60 || die "the portal's home page does not answer"
startup_ok=yes

pid=$(cat "$PAYARA_HOME/glassfish/domains/$DOMAIN/config/pid" 2>/dev/null || true)
rss=$([ -n "$pid" ] && ps -o rss= -p "$pid" 2>/dev/null | awk '{printf "%d MiB", $1/1024}' || echo "?")
cat <<INFO

  Mitwirken is running (ready after $(( $(date +%s) - started_at )) s; Payara uses $rss).

  Portal        http://localhost:$HTTP_PORT/
  Keycloak      http://localhost:$KC_PORT/admin/  (admin / admin; realm "mitwirken")
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

  Stop everything with: ./portal down
INFO
