#!/usr/bin/env bash
# ./portal node2 up|down: a second Payara node beside the one of ./portal up, for the two-node registration rush
# (./portal rush --nodes 2; docs/operations.md). "up" creates the Payara domain node2 once (all ports 18000 +
# Payara's offsets: http 18080, admin 18048, ...), configures it like domain1 with scripts/configure-domain.sh
# (the same database, mail catcher, config properties, request threads and -Xmx as the running domain1),
# deploys the EAR that domain1 runs and waits until it is ready. "down" stops it (the domain stays for next time).
# The two nodes share only the database, as two servers in production would: no data grid between them.
set -euo pipefail
source "$(dirname "$0")/lib.sh"

DOMAIN=node2
PORTBASE=$NODE2_PORTBASE
ADMIN_PORT=$((PORTBASE + 48))
HTTP_PORT=$NODE2_HTTP_PORT
MAIN_ADMIN_PORT=$STACK_ADMIN_PORT   # domain1 of ./portal up (scripts/up.sh)
MAIN_HTTP_PORT=$STACK_HTTP_PORT
KC_PORT=$STACK_KC_PORT
SMTP_PORT=$STACK_SMTP_PORT
DB_NAME=${DB_NAME:-mitwirken}
DB_USER=${DB_USER:-mitwirken}
DB_PASSWORD=${DB_PASSWORD:-mitwirken}
URL="http://localhost:$HTTP_PORT"
LOG="$LOGS/node2.log"

down() {
    if [ -x "$ASADMIN" ] && port_open "$ADMIN_PORT"; then
        say "Stopping the second node (Payara domain $DOMAIN)"
        stop_domain "$DOMAIN" "$ADMIN_PORT"
    fi
    rm -f "$RUN/payara-$DOMAIN.started"
}

up() {
    if [ "$(readiness_report "$URL")" = UP ]; then
        say "The second node is running already ($URL)"
        return
    fi
    [ "$(readiness_report "http://localhost:$MAIN_HTTP_PORT")" = UP ] \
        || die "no portal on port $MAIN_HTTP_PORT: the second node joins the one of ./portal up, start that first"
    ensure_tools
    ensure_mariadb
    ensure_payara
    : >"$LOG"
    at_domain1() { asadmin_at "$MAIN_ADMIN_PORT" "$@" 2>>"$LOG"; }

    # the archive domain1 deployed (Payara keeps a copy of it), else this checkout's build
    local ear domain1_dir
    domain1_dir=$(at_domain1 __locations | head -n 1)
    ear="$domain1_dir/applications/__internal/portal/portal.ear"
    if [ ! -f "$ear" ]; then
        warn "the EAR domain1 runs was not found ($ear); deploying this checkout's portal-ear/target/portal.ear"
        ear="$ROOT/portal-ear/target/portal.ear"
    fi
    [ -f "$ear" ] || die "no EAR to deploy: run ./portal up first"
    cp "$ear" "$WORK/node2-portal.ear"
    local xmx threads
    xmx=$(at_domain1 list-jvm-options | grep -x -- '-Xmx[0-9]*[kKmMgG]' | head -n 1 || true)
    threads=$(at_domain1 get configs.config.server-config.thread-pools.thread-pool.http-thread-pool.max-thread-pool-size \
        | sed -n 's/.*=//p')
    [ -n "$xmx" ] && [ -n "$threads" ] || die "could not read -Xmx and the request threads of domain1 (see $LOG)"

    if [ ! -d "$PAYARA_HOME/glassfish/domains/$DOMAIN" ]; then
        say "Creating Payara domain $DOMAIN (ports from $PORTBASE: http $HTTP_PORT, admin $ADMIN_PORT)"
        "$ASADMIN" create-domain --nopassword=true --portbase "$PORTBASE" "$DOMAIN" >>"$LOG" 2>&1 \
            || die "could not create Payara domain $DOMAIN (see $LOG)"
    fi
    if ! port_open "$ADMIN_PORT"; then
        # offsets from the port base: debug 9, IIOP 37-39, admin 48, Hazelcast 49 and 59, OSGi 66, JMS 76, http 80-81, JMX 86
        local offset
        for offset in 9 37 38 39 48 49 59 66 76 80 81 86; do
            port_open $((PORTBASE + offset)) && die "port $((PORTBASE + offset)) is taken: cannot start the second node"
        done
    fi
    start_domain "$DOMAIN" "$ADMIN_PORT"
    trap '[ "$ready" = yes ] || { warn "the second node did not come up; stopping it"; down; }' EXIT
    say "Configuring $DOMAIN like domain1 ($threads request threads, $xmx)"
    local restart
    restart=$(ADMIN_PORT=$ADMIN_PORT DB_HOST=$DB_HOST DB_PORT=$DB_PORT DB_NAME=$DB_NAME DB_USER=$DB_USER \
        DB_PASSWORD=$DB_PASSWORD SMTP_PORT=$SMTP_PORT PORTAL_BASE_URL="$URL" PORTAL_HTTP_THREADS="$threads" \
        OIDC_PROVIDER_URI="http://localhost:$KC_PORT/realms/mitwirken" PORTAL_DEMO_ENABLED=true \
        "$ROOT/scripts/configure-domain.sh" 2>>"$LOG") || die "configuring $DOMAIN failed (see $LOG)"
    local existing old
    existing=$(asadmin_at "$ADMIN_PORT" list-jvm-options 2>>"$LOG")
    if ! grep -qx -- "$xmx" <<<"$existing"; then
        for old in $(grep -x -- '-Xmx[0-9]*[kKmMgG]' <<<"$existing" || true); do
            asadmin_at "$ADMIN_PORT" delete-jvm-options -- "$old" >>"$LOG" 2>&1
        done
        asadmin_at "$ADMIN_PORT" create-jvm-options -- "$xmx" >>"$LOG" 2>&1
        restart=restart
    fi
    if asadmin_at "$ADMIN_PORT" get-hazelcast-configuration 2>>"$LOG" | grep -Eq '^Enabled +true'; then
        asadmin_at "$ADMIN_PORT" set-hazelcast-configuration --enabled=false --dynamic=false >>"$LOG" 2>&1
        restart=restart
    fi
    if [ "$restart" = restart ]; then
        say "Restarting $DOMAIN for its new settings"
        restart_domain "$DOMAIN" "$ADMIN_PORT"
    fi
    say "Deploying the portal on $DOMAIN ($ear)"
    deploy_portal "$ADMIN_PORT" "$WORK/node2-portal.ear" "$LOGS/node2-deploy.log" \
        || die "deployment on $DOMAIN failed (see $LOGS/node2-deploy.log and $PAYARA_HOME/glassfish/domains/$DOMAIN/logs/server.log)"
    wait_for_ready "$URL" 120 \
        || die "the second node is not ready: $READY_REPORT (see $PAYARA_HOME/glassfish/domains/$DOMAIN/logs/server.log)"
    ready=yes
    say "The second node is ready: $URL"
}
ready=no

case "${1:-}" in
    up) up ;;
    down) down ;;
    *) die "usage: ./portal node2 up|down" ;;
esac
