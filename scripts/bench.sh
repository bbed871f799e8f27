#!/usr/bin/env bash
# ./portal bench [--seconds S] [--warmup W] [--users U] [--sessions N] [--attempts A] [--seats N] [--only LIST]
#                [--no-page-cache] [--profile]: the load benchmark (not part of CI; docs/performance.md). Against the portal of
# ./portal up (started here and stopped again if it is not running) with the generated data (100 000 needs, 1 000
# backlog items; generated here when missing): a warm-up, then one Gatling run per scenario of U users (50) for S
# seconds (60) each — static page, plain servlet, public browsing and the heap after it, needs search with varying
# words, similar needs while typing, conditional GETs (304), the submission load — then N (1 000) signed-in
# sessions kept alive with the heap and a class histogram, and the registration rush (A=2000 for N=300 seats), once
# against the one node and once (rush2) spread over it and a second node (./portal rush --nodes 2).
# --no-page-cache switches the portal's page cache off for the run (domain1's config property
# portal.page-cache.enabled) and on again at the end. --profile records each scenario with JFR and writes where
# Payara's CPU went (SCENARIO-cpu.txt beside Gatling's logs; tools/jfr-top.py).
# Prints one table and the paths of Gatling's HTML reports. Environment: BENCH_SECONDS, BENCH_WARMUP, BENCH_USERS.
set -euo pipefail
source "$(dirname "$0")/lib.sh"
SECONDS_EACH=${BENCH_SECONDS:-60}
WARMUP=${BENCH_WARMUP:-20}
USERS=${BENCH_USERS:-50}
ATTEMPTS=2000
SEATS=300
SESSIONS=1000
PAGE_CACHE=on
PROFILE=no
SESSION_ACCOUNTS=""
BENCH_PASSWORD=bench-password-1
# the public pages the conditional scenario asks again with their ETag (cached public pages)
CONDITIONAL_PAGES="/,/needs/index.xhtml,/backlog/index.xhtml,/backlog/kpis.xhtml,/conference/index.xhtml"
ALL="static,plain,browse,search,similar,conditional,submit,sessions,rush,rush2"
ONLY=$ALL
while [ $# -gt 0 ]; do
    case "$1" in
        --seconds) SECONDS_EACH=$2; shift 2 ;;
        --warmup) WARMUP=$2; shift 2 ;;
        --users) USERS=$2; shift 2 ;;
        --attempts) ATTEMPTS=$2; shift 2 ;;
        --seats) SEATS=$2; shift 2 ;;
        --sessions) SESSIONS=$2; shift 2 ;;
        --only) ONLY=$2; shift 2 ;;
        --no-page-cache) PAGE_CACHE=off; shift ;;
        --profile) PROFILE=yes; shift ;;
        *) die "usage: ./portal bench [--seconds 60] [--warmup 20] [--users 50] [--sessions 1000] [--attempts 2000] [--seats 300] [--only $ALL] [--no-page-cache] [--profile]" ;;
    esac
done
for n in "$SECONDS_EACH" "$WARMUP" "$USERS" "$SESSIONS" "$ATTEMPTS" "$SEATS"; do
    [[ "$n" =~ ^[0-9]+$ ]] || die "not a number: $n"
done
wants() { [[ ",$ONLY," == *",$1,"* ]]; }
HTTP_PORT=$STACK_HTTP_PORT
DB_NAME=${DB_NAME:-mitwirken}
URL="http://localhost:$HTTP_PORT"
OUT="$WORK/bench/$(date -u +%Y%m%dT%H%M%SZ)"
mkdir -p "$OUT"

ensure_tools
ensure_mariadb
started_here=no
if [ "$(readiness_report "$URL")" != UP ]; then
    say "The portal is not running: starting it like ./portal up (and stopping it again afterwards)"
    "$ROOT/scripts/up.sh" >"$LOGS/bench-up.log" 2>&1 || die "./portal up failed (see $LOGS/bench-up.log)"
    started_here=yes
fi
# page_cache true|false: the page cache's runtime switch on domain1 (read by the portal at once, no restart)
page_cache() {
    asadmin_at "$STACK_ADMIN_PORT" set-config-property --source=domain --propertyName=portal.page-cache.enabled \
        --propertyValue="$1" >>"$LOGS/bench-page-cache.log" 2>&1 || warn "could not set portal.page-cache.enabled=$1"
}
stop_again() {
    [ "$PAGE_CACHE" = off ] && page_cache true
    [ "$started_here" = yes ] && "$ROOT/scripts/down.sh" --quiet
    return 0
}
trap stop_again EXIT
if [ "$PAGE_CACHE" = off ]; then
    say "Page cache off for this run (portal.page-cache.enabled=false; on again at the end)"
    page_cache false
fi
curl -fsS -o /dev/null "$URL/platform/about.xhtml" \
    || die "the running portal has no /platform/about.xhtml: redeploy the current build with ./portal up"

sql() { "${DB_ADMIN[@]}" -N -B -e "USE \`$DB_NAME\`; $1"; }
needs=$(sql "SELECT COUNT(*) FROM need") || die "database $DB_NAME has no portal schema: run ./portal up first"
items=$(sql "SELECT COUNT(*) FROM backlog_item")
if [ "$needs" -lt 100000 ] || [ "$items" -lt 1000 ]; then
    add_needs=0; add_items=0
    [ "$needs" -lt 100000 ] && add_needs=100000
    [ "$items" -lt 1000 ] && add_items=1000
    say "The database has $needs needs and $items backlog items: generating $add_needs needs and $add_items items"
    "$ROOT/scripts/generate-data.sh" "$add_needs" --items "$add_items" >"$LOGS/bench-generate.log" 2>&1 \
        || die "generating data failed (see $LOGS/bench-generate.log)"
    needs=$(sql "SELECT COUNT(*) FROM need"); items=$(sql "SELECT COUNT(*) FROM backlog_item")
fi
read -r need_min need_max <<<"$(sql "SELECT MIN(id), MAX(id) FROM need WHERE status IN ('PUBLISHED', 'ANSWERED')")"
say "Data: $needs needs (published ids $need_min–$need_max), $items backlog items"

say "Building the load generator (Gatling; fetched from Maven Central the first time)"
(cd "$ROOT" && mvn -q -B -Pbench -pl portal-bench test-compile) >"$LOGS/bench-build.log" 2>&1 \
    || die "build failed (see $LOGS/bench-build.log)"

# gatling SCENARIO SECONDS: one run; prints the folder of its report
gatling() {
    local scenario=$1 seconds=$2 before after
    before=$(ls -d "$ROOT"/portal-bench/target/gatling/*/ 2>/dev/null | sort || true)
    profile_start "$scenario"
    (cd "$ROOT" && mvn -q -B -Pbench -pl portal-bench gatling:test \
        -Dgatling.simulationClass=de.mitwirken.bench.PortalSimulation -Dbench.scenario="$scenario" \
        -Dbench.url="$URL" -Dbench.users="$USERS" -Dbench.seconds="$seconds" -Dbench.sessions="$SESSIONS" \
        -Dbench.conditionalPages="$CONDITIONAL_PAGES" ${SESSION_ACCOUNTS:+-Dbench.sessions.accounts="$SESSION_ACCOUNTS" -Dbench.sessions.password="$BENCH_PASSWORD"} \
        -Dbench.needMin="$need_min" -Dbench.needMax="$need_max") >"$OUT/gatling-$scenario.log" 2>&1 \
        || { profile_stop "$scenario"; warn "Gatling run $scenario failed (see $OUT/gatling-$scenario.log)"; echo -; return; }
    profile_stop "$scenario"
    after=$(ls -d "$ROOT"/portal-bench/target/gatling/*/ 2>/dev/null | sort)
    comm -13 <(echo "$before") <(echo "$after") | tail -n 1 | sed 's:/$::'
}

# --profile: a JFR recording of Payara during each measured scenario (warm-ups apart), SCENARIO.jfr in the run's
# folder, and where its CPU went (SCENARIO-cpu.txt, tools/jfr-top.py)
profile_start() {
    [ "$PROFILE" = yes ] && [ "$1" != warmup ] || return 0
    # deeper stacks than JFR's 64 frames, so that Payara's requests keep their entry points (effective only
    # before the JVM's first recording)
    jcmd "$(payara_pid)" JFR.configure stackdepth=256 >/dev/null 2>&1 || true
    jcmd "$(payara_pid)" JFR.start name="bench-$1" settings=profile filename="$OUT/$1.jfr" >/dev/null 2>&1 \
        || warn "could not start JFR for $1"
}
profile_stop() {
    [ "$PROFILE" = yes ] && [ "$1" != warmup ] || return 0
    jcmd "$(payara_pid)" JFR.stop name="bench-$1" >/dev/null 2>&1 || { warn "could not stop JFR for $1"; return 0; }
    python3 "$ROOT/tools/jfr-top.py" "$OUT/$1.jfr" 25 >"$OUT/$1-cpu.txt" 2>&1 || warn "no CPU profile for $1"
}

# bench_accounts N: N people of the realm for the sessions scenario (bench-001 …, password $BENCH_PASSWORD, which
# the realm's password policy accepts (12 characters or more); created through
# Keycloak's admin API where missing; the development Keycloak keeps them until it stops). The eight demo accounts
# alone made Keycloak's brute-force protection ("user_temporarily_disabled") turn down a third of 1 000 sign-ins:
# the same account signing in again within a second counts as an attack.
bench_accounts() {
    local n=$1 kc="http://localhost:$STACK_KC_PORT" token i name list=""
    token=$(curl -fsS -d grant_type=password -d client_id=admin-cli -d username=admin -d password=admin \
        "$kc/realms/master/protocol/openid-connect/token" | sed -n 's/.*"access_token":"\([^"]*\)".*/\1/p') \
        || { warn "no admin token from Keycloak: the sessions use the demo accounts"; return; }
    for ((i = 1; i <= n; i++)); do
        name=$(printf 'bench-%03d' "$i")
        curl -sS -o /dev/null -H "Authorization: Bearer $token" -H 'Content-Type: application/json' \
            -d "{\"username\":\"$name\",\"enabled\":true,\"email\":\"$name@example.org\",\"emailVerified\":true,\"firstName\":\"Bench\",\"lastName\":\"$name\",\"credentials\":[{\"type\":\"password\",\"value\":\"$BENCH_PASSWORD\",\"temporary\":false}]}" \
            "$kc/admin/realms/mitwirken/users" || true # 201 new, 409 there already
        list+="${list:+,}$name"
    done
    SESSION_ACCOUNTS=$list
}

# row_locks: MariaDB's counters of row-lock waits (how long transactions waited for each other's rows, in ms)
row_locks() { sql "SHOW GLOBAL STATUS WHERE Variable_name LIKE 'Innodb_row_lock%' OR Variable_name IN ('Com_commit', 'Innodb_data_fsyncs', 'Innodb_os_log_fsyncs')" || true; }

# heap_after NAME: forces a full GC in Payara and prints the heap in use, committed and the maximum (heap-NAME.txt
# keeps jcmd's answer)
heap_after() {
    local pid used max
    pid=$(payara_pid)
    if [ -z "$pid" ] || ! command -v jcmd >/dev/null; then echo "not measured"; return; fi
    jcmd "$pid" GC.run >/dev/null 2>&1 || true
    jcmd "$pid" GC.heap_info >"$OUT/heap-$1.txt" 2>&1 || true
    used=$(awk '/heap +total/ { for (i = 1; i <= NF; i++) { if ($i == "total") t = $(i+1); if ($i == "used") u = $(i+1) } }
        END { gsub(/[K,]/, "", t); gsub(/[K,]/, "", u); if (u != "") printf "%d MiB of %d MiB committed", u/1024, t/1024 }' "$OUT/heap-$1.txt")
    [ -n "$used" ] || used="unknown (see $OUT/heap-$1.txt)"
    max=$(jcmd "$pid" VM.flags 2>/dev/null | tr ' ' '\n' | sed -n 's/^-XX:MaxHeapSize=//p')
    [ -n "$max" ] && used="$used, max heap $((max / 1048576)) MiB"
    echo "$used"
}
payara_pid() {
    local pid
    pid=$(cat "$PAYARA_HOME/glassfish/domains/$STACK_DOMAIN/config/pid" 2>/dev/null || true)
    if [ -z "$pid" ] || ! kill -0 "$pid" 2>/dev/null; then
        # the domain runs from another checkout's Payara (./portal up of a second worktree deploys into it)
        pid=$(jcmd -l 2>/dev/null | awk -v d="$STACK_DOMAIN" '/ASMain/ {
            for (i = 1; i < NF; i++) if ($i == "-domainname" && $(i + 1) == d) print $1 }' | head -n 1)
    fi
    echo "$pid"
}

# histogram NAME: the live objects' class histogram (jcmd GC.class_histogram, itself after a full GC) in
# histogram-NAME.txt
histogram() {
    local pid
    pid=$(payara_pid)
    [ -n "$pid" ] && command -v jcmd >/dev/null || return 0
    jcmd "$pid" GC.class_histogram >"$OUT/histogram-$1.txt" 2>&1 || true
}

# conditional_probe: whether the public pages of the conditional scenario give an ETag and answer it with 304;
# prints "k of n pages with ETag, m answered 304"
conditional_probe() {
    local path etag code n=0 tagged=0 not_modified=0
    for path in ${CONDITIONAL_PAGES//,/ }; do
        n=$((n + 1))
        etag=$(curl -sS -o /dev/null -D - --max-time 30 "$URL$path" | tr -d '\r' | sed -n 's/^[Ee][Tt][Aa][Gg]: *//p')
        [ -n "$etag" ] || continue
        tagged=$((tagged + 1))
        code=$(curl -sS -o /dev/null -w '%{http_code}' --max-time 30 -H "If-None-Match: $etag" "$URL$path")
        [ "$code" = 304 ] && not_modified=$((not_modified + 1))
    done
    echo "$tagged of $n pages with ETag, $not_modified answered 304"
}

report_static=-; report_plain=-; report_browse=-; report_submit=-; report_search=-; report_similar=-
report_conditional=-; report_sessions=-; conditional_note=-; rush_out=-; rush2_out=-
heap="not measured"; heap_submit="not measured"
if [ "$WARMUP" -gt 0 ]; then
    say "Warm-up: $USERS users for $WARMUP s over all public pages"
    gatling warmup "$WARMUP" >/dev/null
fi
if wants static; then say "Static page: $USERS users, $SECONDS_EACH s"; report_static=$(gatling static "$SECONDS_EACH"); fi
if wants plain; then say "Plain servlet: $USERS users, $SECONDS_EACH s"; report_plain=$(gatling plain "$SECONDS_EACH"); fi
if wants browse; then
    say "Public browsing: $USERS users, $SECONDS_EACH s"
    report_browse=$(gatling browse "$SECONDS_EACH")
    heap=$(heap_after browse)
fi
if wants search; then
    say "Needs search with varying words: $USERS users, $SECONDS_EACH s"
    report_search=$(gatling search "$SECONDS_EACH")
fi
if wants similar; then
    say "Similar needs while typing (/api/needs/similar): $USERS users, $SECONDS_EACH s"
    report_similar=$(gatling similar "$SECONDS_EACH")
fi
if wants conditional; then
    conditional_note=$(conditional_probe)
    if [[ "$conditional_note" == 0\ of* ]]; then
        say "Conditional GETs: no public page gives an ETag (page cache off or not built): not run"
        conditional_note="no ETag"
    else
        say "Conditional GETs with If-None-Match ($conditional_note): $USERS users, $SECONDS_EACH s"
        report_conditional=$(gatling conditional "$SECONDS_EACH")
    fi
fi
if wants submit; then
    say "Submission load: $USERS signed-in users, $SECONDS_EACH s"
    report_submit=$(gatling submit "$SECONDS_EACH")
    heap_submit=$(heap_after submit) # the signed-in users' sessions (with their forms' view state) are still alive
fi
if wants sessions; then
    # before: the sessions still alive from earlier scenarios count in both figures, so the difference is the
    # new sessions' own cost
    heap_after sessions-before >/dev/null
    histogram sessions-before
    bench_accounts 100
    say "Signed-in sessions: $SESSIONS sign-ins at Keycloak, each opening the submission form, kept alive"
    report_sessions=$(gatling sessions "$SECONDS_EACH")
    heap_after sessions >/dev/null
    histogram sessions
    # the sessions that signed in: the OK count of Gatling's last summary line of the callback
    alive=$(grep -E '> sign-in: back to the portal +[|]' "$OUT/gatling-sessions.log" 2>/dev/null | tail -n 1 \
        | awk -F'|' '{ gsub(/[ ,]/, "", $3); print $3 }')
    python3 "$ROOT/tools/histogram-growth.py" "$OUT/histogram-sessions-before.txt" "$OUT/histogram-sessions.txt" \
        "${alive:-$SESSIONS}" 15 >"$OUT/histogram-sessions-top15.txt" 2>&1 || true
fi
if wants rush; then
    say "Registration rush: $ATTEMPTS attempts for $SEATS seats"
    rush_out="$OUT/rush.txt"
    profile_start rush
    row_locks >"$OUT/rush-locks-before.txt"
    "$ROOT/scripts/rush.sh" "$ATTEMPTS" "$SEATS" >"$rush_out" 2>&1 || warn "the rush reported errors or overbooking (see $rush_out)"
    row_locks >"$OUT/rush-locks-after.txt"
    profile_stop rush
fi
if wants rush2; then
    say "Registration rush on two nodes: $ATTEMPTS attempts for $SEATS seats (a second node is started and stopped)"
    rush2_out="$OUT/rush2.txt"
    "$ROOT/scripts/rush.sh" --nodes 2 "$ATTEMPTS" "$SEATS" >"$rush2_out" 2>&1 \
        || warn "the two-node rush reported errors, overbooking or mails not sent exactly once (see $rush2_out)"
fi

echo
python3 "$ROOT/tools/bench-table.py" static="$report_static" plain="$report_plain" browse="$report_browse" \
    search="$report_search" similar="$report_similar" conditional="$report_conditional" \
    conditional_note="$conditional_note" submit="$report_submit" sessions="$report_sessions" \
    sessions_wanted="$SESSIONS" heap_sessions_before="$OUT/heap-sessions-before.txt" \
    heap_sessions="$OUT/heap-sessions.txt" rush="$rush_out" rush2="$rush2_out" heap="$heap" \
    heap_submit="$heap_submit" page_cache="$PAGE_CACHE" | tee "$OUT/table.txt"
echo
echo "Gatling's HTML reports:"
for r in "$report_static" "$report_plain" "$report_browse" "$report_search" "$report_similar" "$report_conditional" \
         "$report_submit" "$report_sessions"; do
    [ "$r" != - ] && echo "  $r/index.html"
done
[ -f "$OUT/histogram-sessions-top15.txt" ] && echo "Class histogram with the sessions alive: $OUT/histogram-sessions-top15.txt"
echo "Logs and this table: $OUT"
