#!/usr/bin/env bash
# ./portal cluster test [--minutes M] [--only redeploy,kill,galera,keycloak,throughput]: the proof of issue #27 (not
# part of CI; docs/performance.md, "Cluster"). Against ./portal cluster (started here and stopped again afterwards
# if it is not running), the load driver of portal-tools (de.mitwirken.tools.cluster.ClusterDriver) through the
# HAProxy front, one scenario after the other:
#   redeploy    M minutes (5) of public browsing, signed-in citizens and a 2 000-attempt rush while the portal is
#               redeployed instance by instance (./portal cluster redeploy), then each instance restarted in turn
#               if time is left; a citizen's half-filled need form is finished only after its instance came back
#   kill        kill -9 of portal-1 as the rush starts: the same figures, and how long HAProxy took to take it out
#   galera      Galera node 2 stopped during the submission load and started again: no acknowledged need lost on
#               any node, the rejoin time and whether it came back by IST or SST
#   keycloak    Keycloak node 1 stopped: the signed-in stay signed in, new sign-ins work
#   throughput  after a warm-up, the public mix and the rush with both instances in HAProxy, then with portal-1 in
#               maintenance: requests/s, p95, the ratios, and CPU seconds per process (/proc) to say what limits
# Prints one table of all figures and writes it to .work/cluster/test-report.md; exit code 1 when a figure that
# must be zero is not. Environment: CLUSTER_TP_SECONDS (60, each throughput run), CLUSTER_TP_WARMUP_SECONDS (60, the
# unmeasured public mix before them, followed by an unmeasured rush).
set -euo pipefail
source "$(dirname "$0")/lib.sh"
# the port plan and helpers of ./portal cluster (haproxy_cmd, haproxy_state, C_* names)
# (the driver writes as the schema owner, mitwirken_schema, as ./portal rush does: it creates the rush's conference)
source "$ROOT/scripts/cluster-lib.sh"
MINUTES=5
ALL=redeploy,kill,galera,keycloak,throughput
ONLY=$ALL
while [ $# -gt 0 ]; do
    case "$1" in
        --minutes) MINUTES=${2:-}; shift 2 || true ;;
        --only) ONLY=${2:-}; shift 2 || true ;;
        *) die "usage: ./portal cluster test [--minutes 5] [--only $ALL]" ;;
    esac
done
[[ "$MINUTES" =~ ^[1-9][0-9]*$ ]] || die "--minutes takes a whole number of minutes"
wants() { [[ ",$ONLY," == *",$1,"* ]]; }
TP_SECONDS=${CLUSTER_TP_SECONDS:-60}
TP_WARMUP=${CLUSTER_TP_WARMUP_SECONDS:-60}
EVENTS="$CLUSTER/test-events"
REPORT="$CLUSTER/test-report.md"
# beside .work/cluster, not in it: ./portal cluster down --purge removes that
OUT="$WORK/cluster-test/$(date -u +%Y%m%dT%H%M%SZ)"
mkdir -p "$OUT"
DB_NODES="127.0.0.1:${C_GALERA_SQL[1]},127.0.0.1:${C_GALERA_SQL[2]},127.0.0.1:${C_GALERA_SQL[3]}"
cluster() { "$ROOT/portal" cluster "$@"; }

ROWS=()      # "scenario|figure|value|must be zero (yes/no)"
FAILED=()
row() { ROWS+=("$1|$2|$3|$4"); if [ "$4" = yes ] && [ "$3" != 0 ]; then FAILED+=("$1: $2 = $3"); fi; }

cluster_running() { curl -fsS -o /dev/null --max-time 5 "$C_PUBLIC_URL/health/ready" 2>/dev/null && [ -n "$(galera_status 1 || true)" ]; }

started_here=no
driver_pid=
cleanup() {
    [ -n "$driver_pid" ] && kill "$driver_pid" 2>/dev/null || true
    # what a scenario took away is given back, also when it failed half-way
    haproxy_cmd "set server portal/portal-1 state ready" >/dev/null || true
    if [ "$started_here" = yes ]; then
        cluster down >"$OUT/cluster-down.log" 2>&1 || warn "./portal cluster down failed (see $OUT/cluster-down.log)"
    fi
    return 0
}
trap cleanup EXIT

if ! cluster_running; then
    say "The cluster is not running: starting it (./portal cluster up; stopped again afterwards)"
    started_here=yes
    cluster up >"$OUT/cluster-up.log" 2>&1 || die "./portal cluster up failed (see $OUT/cluster-up.log)"
fi

say "Building the load driver (portal-tools)"
# (package, not install: nothing lands in ~/.m2; each module writes its own target/driver.classpath)
(cd "$ROOT" && mvn -q -B -DskipTests -pl portal-tools -am package dependency:build-classpath \
    -Dmdep.outputFile=target/driver.classpath) >"$OUT/build.log" 2>&1 || die "build failed (see $OUT/build.log)"

# driver NAME ARGS...: runs the driver in the background (driver_pid), its figures go to $OUT/NAME.properties
driver() {
    local name=$1; shift
    PORTAL_URL=$C_PUBLIC_URL KEYCLOAK_URL=$C_KC_URL DB_NAME=$C_DB_NAME DB_USER="${C_DB_USER}_schema" DB_PASSWORD=$C_DB_PASSWORD \
        MAIL_API="http://localhost:$C_MAIL_UI_PORT" \
        java -Xss512k -cp "$ROOT/portal-tools/target/classes:$(cat "$ROOT/portal-tools/target/driver.classpath")" \
        de.mitwirken.tools.cluster.ClusterDriver --events "$EVENTS" --report "$OUT/$name.properties" "$@" \
        >"$OUT/$name.log" 2>&1 &
    driver_pid=$!
}
# finish NAME: waits for the driver; 0 when it ran to its end (its exit code 1 only says a figure was not zero)
finish() {
    local status=0
    wait "$driver_pid" || status=$?
    driver_pid=
    [ -f "$OUT/$1.properties" ] || { FAILED+=("$1: the driver ended without figures (exit $status, see $OUT/$1.log)"); return 1; }
}
fig() { sed -n "s/^$(printf '%s' "$2" | sed 's/[.[\*^$/]/\\&/g')=//p" "$OUT/$1.properties" | head -n 1; }
# the figures every load run reports
load_rows() {
    local s=$1 n
    row "$s" "errors seen by clients (besides retried 503s)" "$(fig "$s" errors)" yes
    row "$s" "503 answers retried" "$(fig "$s" retried_503)" no
    # a POST whose kept-alive connection HAProxy closed before it arrived: browsers send it again, so does the driver
    row "$s" "requests resent: connection closed before any answer" "$(fig "$s" resent_closed)" no
    if [ -n "$(fig "$s" submissions.acknowledged)" ]; then
        row "$s" "sign-ins ok / failed" "$(fig "$s" signins.ok) / $(fig "$s" signins.failed)" no
        row "$s" "sign-ins failed" "$(fig "$s" signins.failed)" yes
        row "$s" "needs acknowledged (of them across a restart)" "$(fig "$s" submissions.acknowledged) ($(fig "$s" submissions.across_restart))" no
        row "$s" "lost sessions" "$(fig "$s" sessions.lost)" yes
        row "$s" "half-filled forms lost across a restart" "$(fig "$s" submissions.lost_across_restart)" yes
    fi
    for n in ${DB_NODES//,/ }; do
        [ -n "$(fig "$s" "submissions.missing@$n")" ] && row "$s" "acknowledged needs missing on $n" "$(fig "$s" "submissions.missing@$n")" yes
        [ -n "$(fig "$s" "rush.registrations_missing@$n")" ] && row "$s" "acknowledged registrations missing on $n" "$(fig "$s" "rush.registrations_missing@$n")" yes
    done
    if [ -n "$(fig "$s" rush.attempts)" ]; then
        row "$s" "rush: attempts, confirmed, waitlisted" "$(fig "$s" rush.attempts), $(fig "$s" rush.confirmed), $(fig "$s" rush.waitlisted)" no
        row "$s" "rush: overbooked" "$(fig "$s" rush.overbooked)" yes
    fi
    if [ -n "$(fig "$s" mails)" ]; then
        row "$s" "mails" "$(fig "$s" mails)" no
        row "$s" "mails missing + duplicated + unsent + queued twice" \
            "$(( $(fig "$s" mails.missing) + $(fig "$s" mails.duplicated) + $(fig "$s" mails.unsent) + $(fig "$s" mails.queued_twice) ))" yes
    fi
    [ "$(fig "$s" errors)" = 0 ] || row "$s" "error causes" "$(grep '\.error_causes=' "$OUT/$s.properties" | grep -v '={}' | tr '\n' ' ')" no
}
event() { echo "$(now_ms) $*" >>"$EVENTS"; }
# until_event WORD SECONDS: waits until the driver wrote the event
until_event() { local i; for ((i = 0; i < $2 * 10; i++)); do grep -q " $1\$" "$EVENTS" 2>/dev/null && return 0; sleep 0.1; done; return 1; }
# out_time SERVER: milliseconds until HAProxy shows the portal server DOWN (polled every 100 ms, up to 60 s)
out_time() {
    local t0 i state
    t0=$(now_ms)
    for ((i = 0; i < 600; i++)); do
        state=$(haproxy_state portal "$1")
        [[ "$state" == DOWN* ]] && { echo $(( $(now_ms) - t0 )); return; }
        sleep 0.1
    done
    echo "more than 60000"
}

if wants redeploy; then
    say "Scenario redeploy: $MINUTES min of load while the portal is redeployed instance by instance"
    : >"$EVENTS"
    total=$((MINUTES * 60))
    drv_t0=$(now_ms)
    driver redeploy --seconds "$total" --public 10 --think-ms 500 --citizens 10 --await-restart \
        --rush 2000 --seats 300 --rush-at $((total / 3)) --db "$DB_NODES"
    sleep 20
    t0=$(now_ms)
    if cluster redeploy >"$OUT/redeploy-cluster.log" 2>&1; then
        event up all
        row redeploy "rolling redeploy took (s)" "$(secs_since "$t0")" no
    else
        FAILED+=("redeploy: ./portal cluster redeploy failed (see $OUT/redeploy-cluster.log)")
    fi
    # with time left, each instance is restarted in turn too (a half-filled form then waits for its own instance)
    for n in 1 2; do
        if [ $(( ($(now_ms) - drv_t0) / 1000 )) -lt $((total - 60)) ] && kill -0 "$driver_pid" 2>/dev/null; then
            t1=$(now_ms)
            cluster restart-instance "$n" >"$OUT/restart-$n.log" 2>&1 \
                || FAILED+=("redeploy: ./portal cluster restart-instance $n failed (see $OUT/restart-$n.log)")
            event up "portal-$n"
            row redeploy "restart of portal-$n took (s)" "$(secs_since "$t1")" no
        fi
    done
    finish redeploy && load_rows redeploy
fi

if wants kill; then
    say "Scenario kill: kill -9 of portal-1 as the rush starts"
    : >"$EVENTS"
    driver kill --seconds 90 --public 10 --think-ms 500 --citizens 6 --rush 2000 --seats 300 --rush-at 15 --db "$DB_NODES"
    if until_event rush-start 180; then
        out_time portal-1 >"$OUT/kill-out-time" &
        poller=$!
        cluster kill-instance 1 >"$OUT/kill-cluster.log" 2>&1 || FAILED+=("kill: ./portal cluster kill-instance 1 failed (see $OUT/kill-cluster.log)")
        wait "$poller" || true
        row kill "HAProxy took portal-1 out after (ms, polled every 100 ms)" "$(cat "$OUT/kill-out-time")" no
        row kill "kill-instance said" "$(grep -i 'down' "$OUT/kill-cluster.log" | tail -n 1 | tr '|' '/')" no
    else
        FAILED+=("kill: the rush did not start within 180 s (see $OUT/kill.log)")
    fi
    finish kill && load_rows kill
    t1=$(now_ms)
    cluster start-instance 1 >"$OUT/kill-start.log" 2>&1 || FAILED+=("kill: ./portal cluster start-instance 1 failed (see $OUT/kill-start.log)")
    row kill "portal-1 started again and in service after (s)" "$(secs_since "$t1")" no
fi

if wants galera; then
    say "Scenario galera: node 2 stopped during the submission load, then started again"
    : >"$EVENTS"
    driver galera --seconds 150 --public 4 --think-ms 1000 --citizens 10 --db "$DB_NODES"
    sleep 25
    cluster stop-db 2 >"$OUT/galera-stop.log" 2>&1 || FAILED+=("galera: ./portal cluster stop-db 2 failed (see $OUT/galera-stop.log)")
    sleep 45
    t1=$(now_ms)
    cluster start-db 2 >"$OUT/galera-start.log" 2>&1 || FAILED+=("galera: ./portal cluster start-db 2 failed (see $OUT/galera-start.log)")
    row galera "node 2 rejoined and synced after (s, measured here)" "$(secs_since "$t1")" no
    row galera "start-db said" "$(grep -iE 'IST|SST|rejoin|synced' "$OUT/galera-start.log" | tail -n 1 | tr '|' '/')" no
    finish galera && load_rows galera
fi

if wants keycloak; then
    say "Scenario keycloak: Keycloak node 1 stopped while citizens sign in and submit"
    : >"$EVENTS"
    driver keycloak --seconds 120 --public 2 --think-ms 1000 --citizens 10 --db "$DB_NODES"
    sleep 25
    cluster stop-keycloak 1 >"$OUT/keycloak-stop.log" 2>&1 || FAILED+=("keycloak: ./portal cluster stop-keycloak 1 failed (see $OUT/keycloak-stop.log)")
    sleep 50
    cluster start-keycloak 1 >"$OUT/keycloak-start.log" 2>&1 || FAILED+=("keycloak: ./portal cluster start-keycloak 1 failed (see $OUT/keycloak-start.log)")
    finish keycloak && load_rows keycloak
fi

# throughput NAME ARGS...: one driver run between two CPU snapshots; the CPU seconds per process go to NAME.cpu
throughput() {
    local name=$1; shift
    python3 "$ROOT/tools/cluster-cpu.py" snapshot "$OUT/$name.cpu0"
    driver "$name" "$@"
    finish "$name" || true
    python3 "$ROOT/tools/cluster-cpu.py" snapshot "$OUT/$name.cpu1"
    python3 "$ROOT/tools/cluster-cpu.py" diff "$OUT/$name.cpu0" "$OUT/$name.cpu1" >"$OUT/$name.cpu"
}
cpu_line() { awk -F'\t' '{ printf "%s%s %s", (NR > 1 ? ", " : ""), $1, $2 } END { print "" }' "$OUT/$1.cpu"; }
ratio() { awk -v a="$1" -v b="$2" 'BEGIN { if (b > 0) printf "%.2f", a / b; else print "n/a" }'; }
if wants throughput; then
    say "Scenario throughput: the public mix ($TP_SECONDS s) and the rush, on two instances and on one"
    : >"$EVENTS"
    # Warm-up, not measured: both JVMs compile their hot paths and fill their page caches first. Without it the
    # two-instance runs (the first ones) paid for that and the ratio said more about the order than about the nodes
    # (public mix two/one 0.22 right after `up`, 0.88 after other scenarios had warmed both; 2026-12-07). Its errors
    # count like any other: its rows are in the table too.
    driver warmup-public --seconds "$TP_WARMUP" --public 30 --think-ms 0 --db "$DB_NODES"
    finish warmup-public && load_rows warmup-public
    driver warmup-rush --seconds 0 --public 0 --rush 2000 --seats 300 --db "$DB_NODES"
    finish warmup-rush && load_rows warmup-rush
    for nodes in 2 1; do
        if [ "$nodes" = 1 ]; then
            haproxy_cmd "set server portal/portal-1 state maint" >/dev/null
            sleep 2
            row throughput "portal-1 in HAProxy for the one-instance runs" "$(haproxy_state portal portal-1)" no
        fi
        throughput "public-$nodes" --seconds "$TP_SECONDS" --public 30 --think-ms 0 --db "$DB_NODES"
        throughput "rush-$nodes" --seconds 0 --public 0 --rush 2000 --seats 300 --db "$DB_NODES"
        for s in "public-$nodes" "rush-$nodes"; do [ -f "$OUT/$s.properties" ] && load_rows "$s"; done
        row throughput "public mix on $nodes: requests/s, p95 ms" "$(fig "public-$nodes" public.rps), $(fig "public-$nodes" public.p95_ms)" no
        row throughput "rush on $nodes: attempts/s, p95 ms" "$(fig "rush-$nodes" rush.attempts_per_s), $(fig "rush-$nodes" rush.p95_ms)" no
        row throughput "CPU s during the public mix on $nodes" "$(cpu_line "public-$nodes")" no
        row throughput "CPU s during the rush on $nodes" "$(cpu_line "rush-$nodes")" no
    done
    haproxy_cmd "set server portal/portal-1 state ready" >/dev/null
    row throughput "public mix: two instances / one" "$(ratio "$(fig public-2 public.rps)" "$(fig public-1 public.rps)")" no
    row throughput "rush: two instances / one" "$(ratio "$(fig rush-2 rush.attempts_per_s)" "$(fig rush-1 rush.attempts_per_s)")" no
fi

{
    echo "# ./portal cluster test — $(date -u '+%Y-%m-%d %H:%M UTC'), --minutes $MINUTES --only $ONLY"
    echo
    echo "Machine: $(nproc) cores, $(awk '/MemTotal/ { printf "%.0f GB", $2 / 1048576 }' /proc/meminfo). Logs and raw figures: $OUT"
    echo
    echo "| scenario | figure | value | must be 0 |"
    echo "| --- | --- | --- | --- |"
    for r in "${ROWS[@]}"; do IFS='|' read -r a b c d <<<"$r"; echo "| $a | $b | $c | $([ "$d" = yes ] && echo yes) |"; done
    echo
    if [ ${#FAILED[@]} -eq 0 ]; then echo "Every figure that must be zero is zero."; else
        echo "Not met:"; for f in "${FAILED[@]}"; do echo "- $f"; done; fi
} >"$REPORT"
cp "$REPORT" "$OUT/"
cat "$REPORT"
[ ${#FAILED[@]} -eq 0 ]
