#!/usr/bin/env bash
# ./portal cluster up|down [--purge]|status|restart-instance N|redeploy|kill-instance N|start-instance N|
#                  stop-db N|start-db N|stop-keycloak N|start-keycloak N
# The portal as a cluster on one machine (docs/operations.md, "Cluster on one machine"): HAProxy in front of two
# Payara instances of one deployment group (data grid on, web sessions replicated), a three-node Galera cluster and
# two Keycloak nodes on a shared database. PORTAL_SKIP_BUILD=1 deploys the EAR as built.
set -euo pipefail
source "$(dirname "$0")/cluster-lib.sh"

EAR="$ROOT/portal-ear/target/portal.ear"
APP_NAME_FILE="$CLUSTER/app-name"   # the deployed application's name: portal, or portal-b after an odd number of redeploys
app_name() { cat "$APP_NAME_FILE" 2>/dev/null || echo portal; }

usage() { sed -n '2,3p' "$0" | sed 's/^# \{0,1\}//'; exit 2; }
instance_arg() { [[ "${1:-}" =~ ^[12]$ ]] || die "which instance: 1 or 2"; }
db_arg() { [[ "${1:-}" =~ ^[123]$ ]] || die "which Galera node: 1, 2 or 3"; }

# ---------------------------------------------------------------- Payara
payara_setup() {
    ensure_payara
    if [ ! -d "$(domain_dir "$C_DOMAIN")" ]; then
        say "Creating Payara domain $C_DOMAIN (ports from $C_PORTBASE: admin $C_ADMIN_PORT)"
        "$ASADMIN" create-domain --nopassword=true --portbase "$C_PORTBASE" "$C_DOMAIN" >"$CLOGS/payara-create.log" 2>&1 \
            || die "could not create Payara domain $C_DOMAIN (see $CLOGS/payara-create.log)"
    fi
    if ! port_open "$C_ADMIN_PORT"; then
        say "Starting the Payara DAS of domain $C_DOMAIN (admin port $C_ADMIN_PORT)"
        "$ASADMIN" start-domain "$C_DOMAIN" >"$CLOGS/payara-das-start.log" 2>&1 \
            || die "the DAS did not start (see $CLOGS/payara-das-start.log)"
    fi
    local log="$CLOGS/payara-setup.log" n
    if [ ! -f "$CLUSTER/payara-group.done" ]; then
        say "Creating the deployment group $C_GROUP with instances portal-1 and portal-2 (config portal-config)"
        {
            c_asadmin list-configs | grep -qx portal-config || c_asadmin copy-config default-config portal-config
            c_asadmin list-deployment-groups | grep -q "^$C_GROUP" || c_asadmin create-deployment-group "$C_GROUP"
            for n in 1 2; do
                c_asadmin list-instances | grep -q "^portal-$n " \
                    || c_asadmin create-instance --node "$(c_node)" --config portal-config \
                        --portbase "$(c_instance_portbase "$n")" "portal-$n"
                c_asadmin add-instance-to-deployment-group --instance "portal-$n" --deploymentgroup "$C_GROUP" || true
            done
            # web sessions are kept in the data grid (Hazelcast, on by default, members found through the domain),
            # whose members talk on loopback only
            c_asadmin set-hazelcast-configuration --interfaces=127.0.0.1 --dynamic=true
            local av=configs.config.portal-config.availability-service
            c_asadmin set "$av.availability-enabled=true" "$av.web-container-availability.availability-enabled=true" \
                "$av.web-container-availability.persistence-type=hazelcast"
            # An instance's EJB timer service would keep its timers in an embedded H2 database that a new instance does
            # not have ("EJB Timer Service is not available", and the portal fails to start): the data grid instead
            # (the portal's timers are all non-persistent). No JMS either: the portal sends none, and the instances'
            # embedded brokers of a shared config only delayed each start by 40 s of connection retries.
            c_asadmin set configs.config.portal-config.ejb-container.ejb-timer-service.ejb-timer-service=DataGrid \
                configs.config.portal-config.jms-service.type=DISABLED
        } >"$log" 2>&1 || die "could not set up the deployment group (see $log)"
        touch "$CLUSTER/payara-group.done"
    fi
}

payara_configure() {
    say "Configuring the instances' config portal-config (Galera, mail catcher, $C_PUBLIC_URL, Keycloak $C_KC_URL)"
    ADMIN_PORT=$C_ADMIN_PORT CONFIG=portal-config TARGETS="portal-1 portal-2" \
        DB_HOST=127.0.0.1 DB_PORT=3316 DB_URL="$(c_jdbc_url "$C_DB_NAME")?sslMode=disable" \
        DB_NAME=$C_DB_NAME DB_USER=$C_DB_USER DB_PASSWORD=$C_DB_PASSWORD SMTP_PORT=$C_SMTP_PORT \
        PORTAL_BASE_URL="$C_PUBLIC_URL" OIDC_PROVIDER_URI="$C_KC_URL/realms/mitwirken" PORTAL_DEMO_ENABLED=true \
        "$ROOT/scripts/configure-domain.sh" >"$CLOGS/payara-configure.log" 2>&1 \
        || die "configuring the instances failed (see $CLOGS/payara-configure.log)"
}

# instance_start N: starts instance N (it fetches the domain's current configuration and applications from the DAS)
# and waits until the portal on it is ready.
instance_start() {
    local n=$1
    if ! c_instance_running "$n"; then
        # start-local-instance, not the DAS's start-instance: after a kill -9 the DAS still took the instance for
        # running and start-instance came back only minutes later (it syncs with the DAS all the same)
        rm -f "$(c_instance_dir "$n")/config/pid"
        "$ASADMIN" start-local-instance --node "$(c_node)" "portal-$n" >"$CLOGS/instance-$n-start.log" 2>&1 \
            || die "instance portal-$n did not start (see $CLOGS/instance-$n-start.log and $(c_instance_log "$n"))"
    fi
    wait_for_ready "$(c_instance_url "$n")" 300 \
        || die "the portal on instance portal-$n is not ready: $READY_REPORT (see $(c_instance_log "$n"))"
}

instance_stop() {
    c_instance_running "$1" || return 0
    c_asadmin stop-instance "portal-$1" >"$CLOGS/instance-$1-stop.log" 2>&1 \
        || { warn "stop-instance portal-$1 failed; killing it"; kill -9 "$(c_instance_pid "$1")" 2>/dev/null || true; }
}

# haproxy_wait BACKEND SERVER STATE SECONDS: until HAProxy's view of the server starts with STATE
haproxy_wait() {
    local i
    for ((i = 0; i < $4 * 10; i++)); do [[ "$(haproxy_state "$1" "$2")" == "$3"* ]] && return 0; sleep 0.1; done
    return 1
}

# ---------------------------------------------------------------- status
status_table() {
    local n state hs report kc
    row() { printf '  %-22s %-42s %s\n' "$1" "$2" "$3"; }
    printf '\n'
    row PART ADDRESS HEALTH
    if haproxy_running; then
        report=$(readiness_report "$C_PUBLIC_URL")
        row "portal (HAProxy)" "$C_PUBLIC_URL/" "$report"
        kc=DOWN
        curl -fsS -o /dev/null --max-time 5 "$C_KC_URL/realms/mitwirken/.well-known/openid-configuration" && kc=UP
        row "Keycloak (HAProxy)" "$C_KC_URL/admin/ (admin/admin)" "$kc"
        row "HAProxy stats" "http://localhost:$C_STATS_PORT/" "UP (admin socket $C_HAPROXY_SOCK)"
    else
        row "HAProxy" ":$C_PORTAL_PORT :$C_KC_PORT :$C_STATS_PORT" "DOWN (not running)"
    fi
    if port_open "$C_ADMIN_PORT"; then
        row "Payara DAS" "http://localhost:$C_ADMIN_PORT/ (admin)" UP
        report=$(c_asadmin list-hazelcast-cluster-members 2>/dev/null | awk '$3 == "DAS" || $3 == "INSTANCE" { n++; m = m " " $1 "@" $4 ":" $8 } END { print n + 0 " members:" m }')
        row "data grid (Hazelcast)" "(sessions, EJB timers)" "$report"
    else row "Payara DAS" "http://localhost:$C_ADMIN_PORT/" "DOWN (not running)"; fi
    for n in 1 2; do
        if c_instance_running "$n"; then report=$(readiness_report "$(c_instance_url "$n")"); else report="DOWN (not running)"; fi
        hs=$(haproxy_running && haproxy_state portal "portal-$n" || echo -)
        row "instance portal-$n" "$(c_instance_url "$n")/" "$report; in HAProxy: $hs"
    done
    for n in 1 2; do
        if curl -fsS -o /dev/null --max-time 5 "http://127.0.0.1:${C_KC_MGMT[$n]}/health/ready"; then report=UP
        elif kc_running "$n"; then report="DOWN (running, not ready)"; else report="DOWN (not running)"; fi
        hs=$(haproxy_running && haproxy_state keycloak "keycloak-$n" || echo -)
        row "Keycloak node $n" "http://127.0.0.1:${C_KC_HTTP[$n]}/" "$report; in HAProxy: $hs"
    done
    for n in 1 2 3; do
        state=$(galera_status "$n")
        if [ -n "$state" ]; then report="UP (cluster size ${state%% *}, ${state#* })"
        elif galera_running "$n"; then report="DOWN (running, no answer)"; else report="DOWN (not running)"; fi
        row "Galera node $n" "127.0.0.1:${C_GALERA_SQL[$n]}" "$report"
    done
    if port_open "$C_SMTP_PORT"; then report=UP; else report="DOWN (not running)"; fi
    row "mail catcher" "http://localhost:$C_MAIL_UI_PORT/ (SMTP $C_SMTP_PORT)" "$report"
    printf '\n  Logs: %s, instances %s/glassfish/nodes/%s/portal-N/logs/server.log\n' "$CLOGS" "$PAYARA_HOME" "$(c_node)"
}

# ---------------------------------------------------------------- up / down
cluster_healthy() {
    [ "$(readiness_report "$C_PUBLIC_URL")" = UP ] && c_instance_running 1 && c_instance_running 2 \
        && kc_running 1 && kc_running 2 && [ -n "$(galera_status 1)" ] && [ -n "$(galera_status 2)" ] && [ -n "$(galera_status 3)" ]
}

deploy_to_group() {
    c_asadmin deploy --force=true --enabled=true --availabilityenabled=true --target "$C_GROUP" \
        --name "$(app_name)" "$EAR" >"$CLOGS/deploy.log" 2>&1
}

up() {
    local started_at n
    started_at=$(date +%s)
    if haproxy_running && cluster_healthy; then
        say "The cluster is running already"
        status_table
        return 0
    fi
    # ./portal up's stack (DAS 4848, portal 8080, Keycloak 8180) would take the same ports
    if ! haproxy_running; then
        for n in 4848 "$C_PORTAL_PORT" "$C_KC_PORT" "$C_STATS_PORT"; do
            port_open "$n" && die "port $n is taken (./portal up running? stop it with ./portal down first)"
        done
    fi
    ensure_tools
    if [ "${PORTAL_SKIP_BUILD:-}" = 1 ] && [ -f "$EAR" ]; then
        say "Deploying the EAR as built ($EAR)"
    else
        say "Building the portal"
        (cd "$ROOT" && mvn -q -B -DskipTests package) >"$CLOGS/build.log" 2>&1 || die "build failed (see $CLOGS/build.log)"
    fi
    galera_up
    say "Creating the databases $C_DB_NAME and $C_KC_DB (Galera replicates them to every node)"
    DB_ADMIN=(galera_sql "$(galera_any)")
    create_database "$C_DB_NAME" "$C_DB_USER" "$C_DB_PASSWORD"
    "${DB_ADMIN[@]}" -e "CREATE DATABASE IF NOT EXISTS \`$C_KC_DB\` CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci;
        CREATE USER IF NOT EXISTS '$C_KC_DB_USER'@'%' IDENTIFIED BY '$C_KC_DB_PASSWORD';
        GRANT ALL PRIVILEGES ON \`$C_KC_DB\`.* TO '$C_KC_DB_USER'@'%'" || die "could not create database $C_KC_DB"
    mail_up
    haproxy_up
    # Keycloak node 1 first (it creates the schema and imports the realms), then node 2 joins it
    kc_start 1
    payara_setup
    if c_instance_running 1 || c_instance_running 2; then
        warn "an instance is running: its configuration and deployment are left as they are"
    else
        payara_configure
        say "Deploying the portal to the deployment group $C_GROUP ($(app_name))"
        if ! deploy_to_group; then
            # The DAS sometimes fails to load the application it already has when it starts (a start-up race in
            # Payara: "PolicyProviderImpl not found by ejb-container" in server.log); its deploy --force then fails
            # with "Keys cannot be duplicate" (2026-12-07). Started once more, it loads the application and the
            # deployment goes through.
            warn "deployment failed (see $CLOGS/deploy.log): restarting the DAS and deploying once more"
            "$ASADMIN" restart-domain "$C_DOMAIN" >"$CLOGS/payara-das-restart.log" 2>&1 \
                || die "the DAS did not restart (see $CLOGS/payara-das-restart.log)"
            deploy_to_group || die "deployment failed again (see $CLOGS/deploy.log)"
        fi
    fi
    kc_wait 1 300
    kc_start 2
    # one instance after the other: the first runs the migrations and the demo data, the second finds them done
    for n in 1 2; do
        say "Starting instance portal-$n ($(c_instance_url "$n"))"
        instance_start "$n"
    done
    kc_wait 2 300
    for n in 1 2; do
        haproxy_wait portal "portal-$n" UP 10 || warn "HAProxy does not see portal-$n as UP: $(haproxy_state portal "portal-$n")"
        haproxy_wait keycloak "keycloak-$n" UP 10 || warn "HAProxy does not see keycloak-$n as UP: $(haproxy_state keycloak "keycloak-$n")"
    done
    say "Trying sign-in, downloads and security headers through HAProxy"
    local problems
    if ! problems=$(verify_portal "$C_PUBLIC_URL"); then
        printf '%s\n' "$problems" | sed 's/^/  - /' >&2
        status_table
        die "the cluster is up but the portal is not usable through $C_PUBLIC_URL (above)"
    fi
    say "The cluster is ready after $(( $(date +%s) - started_at )) s"
    status_table
    cat <<INFO

  Demo logins as with ./portal up (password "demo"; staff accounts: ./portal otp USER, from the same realm file).
  Stop everything with: ./portal cluster down   (data kept; --purge removes it)
INFO
}

down() {
    local n
    say "Stopping the cluster"
    if port_open "$C_ADMIN_PORT"; then
        for n in 1 2; do c_instance_running "$n" && { say "Stopping instance portal-$n"; instance_stop "$n"; }; done
        say "Stopping the Payara DAS"
        "$ASADMIN" stop-domain "$C_DOMAIN" >"$CLOGS/payara-das-stop.log" 2>&1 || warn "could not stop the DAS"
    fi
    for n in 1 2; do  # an instance the DAS does not know to be running (killed DAS)
        c_instance_running "$n" && { warn "instance portal-$n still runs; killing it"; kill "$(c_instance_pid "$n")"; }
    done
    kc_stop 2
    kc_stop 1
    stop_pid "$(c_haproxy_pidfile)" HAProxy
    stop_pid "$CLUSTER/greenmail.pid" "mail catcher"
    galera_down
    if [ "${1:-}" = --purge ]; then
        say "Removing $CLUSTER, the Payara domain $C_DOMAIN and the instances"
        rm -rf "$CLUSTER" "$(domain_dir "$C_DOMAIN")" "$PAYARA_HOME/glassfish/nodes/$(c_node)"
    fi
    return 0
}

# ---------------------------------------------------------------- operations for the proof harness
# leave_haproxy N: portal-N gets no new request, and is stopped only once it answered every request it has. A fixed
# pause was not enough under a rush: requests still queued at the instance when it stopped came back to the clients
# as 502 (a POST is not retried on another server: it may have been half done).
leave_haproxy() {
    local n=$1 i left
    haproxy_cmd "set server portal/portal-$n state drain" >/dev/null
    sleep 1   # new visitors already go to the other instance
    # maintenance: also the sessions stuck to portal-$n go to the other instance now, which reads them from the grid
    haproxy_cmd "set server portal/portal-$n state maint" >/dev/null
    for ((i = 0; i < 600; i++)); do
        left=$(haproxy_in_flight portal "portal-$n")
        [ "$left" = 0 ] && return 0
        sleep 0.1
    done
    warn "portal-$n still had $left requests after 60 s; stopping it anyway"
}

restart_instance() {
    local n=$1 t0
    t0=$(now_ms)
    say "Draining portal-$n in HAProxy"
    leave_haproxy "$n"
    say "Restarting instance portal-$n"
    instance_stop "$n"
    instance_start "$n"
    haproxy_cmd "set server portal/portal-$n state ready" >/dev/null
    haproxy_wait portal "portal-$n" UP 30 || die "HAProxy does not see portal-$n as UP again: $(haproxy_state portal "portal-$n")"
    echo "restart-instance $n: back in service after $(secs_since "$t0") s"
}

kill_instance() {
    local n=$1 pid t0
    pid=$(c_instance_pid "$n") && kill -0 "$pid" 2>/dev/null || die "instance portal-$n is not running"
    t0=$(now_ms)
    kill -9 "$pid"
    haproxy_wait portal "portal-$n" DOWN 30 || die "HAProxy did not mark portal-$n DOWN within 30 s"
    echo "kill-instance $n: JVM $pid killed; HAProxy marked portal-$n DOWN after $(secs_since "$t0") s"
}

start_instance_op() {
    local n=$1 t0
    t0=$(now_ms)
    instance_start "$n"
    haproxy_wait portal "portal-$n" UP 30 || die "HAProxy does not see portal-$n as UP: $(haproxy_state portal "portal-$n")"
    echo "start-instance $n: ready and UP in HAProxy after $(secs_since "$t0") s"
}

# A rolling redeploy: the new EAR is deployed to the group under the other of two application names (portal and
# portal-b, the same context root), disabled; the running one keeps serving. Then one instance at a time leaves
# HAProxy (drained, then in maintenance), stops, gets the old application disabled and the new one enabled for it
# (the DAS records both; a stopped instance gets them when it starts) and starts again, booting only the new one;
# the other instance serves meanwhile. The old application is undeployed last.
# Not Payara's application versions (portal:v2): enabling a version on a running instance was refused ("not
# deployed") after the DAS had changed its record, and a version's web module lost the values of its own
# microprofile-config.properties once the unversioned application was undeployed (NoSuchElementException from
# ConfigPropertyProducer at sign-in and at the next start).
redeploy() {
    local old new n t0 tn
    t0=$(now_ms)
    [ -f "$EAR" ] || die "no EAR at $EAR (build it first)"
    old=$(app_name)
    if [ "$old" = portal ]; then new=portal-b; else new=portal; fi
    : >"$CLOGS/redeploy.log"
    # a left-over of an interrupted redeploy
    if c_asadmin list-applications "$C_GROUP" 2>/dev/null | awk '{ print $1 }' | grep -qx "$new"; then
        c_asadmin undeploy --target domain "$new" >>"$CLOGS/redeploy.log" 2>&1 || die "could not remove $new (see $CLOGS/redeploy.log)"
    fi
    say "Deploying the EAR as $new to $C_GROUP (disabled); $old keeps serving"
    c_asadmin deploy --enabled=false --availabilityenabled=true --target "$C_GROUP" --name "$new" "$EAR" \
        >>"$CLOGS/redeploy.log" 2>&1 || die "deploying $new failed (see $CLOGS/redeploy.log)"
    for n in 1 2; do
        tn=$(now_ms)
        leave_haproxy "$n"
        say "Switching portal-$n from $old to $new"
        instance_stop "$n"
        { c_asadmin disable --target "portal-$n" "$old" && c_asadmin enable --target "portal-$n" "$new"; } \
            >>"$CLOGS/redeploy.log" 2>&1 || die "switching portal-$n to $new failed (see $CLOGS/redeploy.log); portal-$n is stopped"
        instance_start "$n"
        haproxy_cmd "set server portal/portal-$n state ready" >/dev/null
        haproxy_wait portal "portal-$n" UP 30 || die "HAProxy does not see portal-$n as UP again"
        echo "redeploy: portal-$n runs the new EAR ($new), back in service after $(secs_since "$tn") s"
    done
    echo "$new" >"$APP_NAME_FILE"
    c_asadmin undeploy --target domain "$old" >>"$CLOGS/redeploy.log" 2>&1 || warn "could not undeploy $old (see $CLOGS/redeploy.log)"
    echo "redeploy: done in $(secs_since "$t0") s"
}

stop_db() {
    local n=$1 t0 other
    galera_running "$n" || die "Galera node $n is not running"
    t0=$(now_ms)
    galera_stop "$n"
    other=$(galera_any) && echo "stop-db $n: stopped in $(secs_since "$t0") s; cluster size now $(galera_status "$other" | cut -d' ' -f1)"
}

start_db() {
    local n=$1 t0 offset
    galera_running "$n" && die "Galera node $n is running already"
    galera_any >/dev/null || die "no Galera node runs: use ./portal cluster up to bootstrap the cluster"
    offset=$(stat -c %s "$(galera_log "$n")" 2>/dev/null || echo 0)
    t0=$(now_ms)
    galera_start "$n"
    echo "start-db $n: Synced after $(secs_since "$t0") s (state transfer: $(galera_sync_method "$n" "$offset")); cluster size $(galera_status "$n" | cut -d' ' -f1)"
}

stop_keycloak() {
    local t0
    t0=$(now_ms)
    kc_stop "$1"
    haproxy_wait keycloak "keycloak-$1" DOWN 30 || warn "HAProxy still sees keycloak-$1 as $(haproxy_state keycloak "keycloak-$1")"
    echo "stop-keycloak $1: stopped and DOWN in HAProxy after $(secs_since "$t0") s"
}

start_keycloak_op() {
    local t0
    t0=$(now_ms)
    kc_start "$1"
    kc_wait "$1" 300
    haproxy_wait keycloak "keycloak-$1" UP 30 || warn "HAProxy sees keycloak-$1 as $(haproxy_state keycloak "keycloak-$1")"
    echo "start-keycloak $1: ready and UP in HAProxy after $(secs_since "$t0") s"
}

cmd=${1:-}
[ $# -gt 0 ] && shift
case "$cmd" in
    up) up ;;
    down) down "${1:-}" ;;
    status) status_table ;;
    restart-instance) instance_arg "${1:-}"; restart_instance "$1" ;;
    redeploy) redeploy ;;
    kill-instance) instance_arg "${1:-}"; kill_instance "$1" ;;
    start-instance) instance_arg "${1:-}"; start_instance_op "$1" ;;
    stop-db) db_arg "${1:-}"; stop_db "$1" ;;
    start-db) db_arg "${1:-}"; start_db "$1" ;;
    stop-keycloak) instance_arg "${1:-}"; stop_keycloak "$1" ;;
    start-keycloak) instance_arg "${1:-}"; start_keycloak_op "$1" ;;
    *) usage ;;
esac
