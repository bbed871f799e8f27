#!/usr/bin/env bash
# Shared helpers of ./portal: find or install what the stack needs, start and stop its services.
# Everything lives under .work/ (ignored by git); nothing outside it is changed except Debian packages.

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
WORK="$ROOT/.work"
LOGS="$WORK/logs"           # (RUN, the pid files and markers of what ./portal started: below, per stack)
mkdir -p "$WORK" "$LOGS"

pom_property() { sed -n "s:.*<$1>\(.*\)</$1>.*:\1:p" "$ROOT/pom.xml" | head -n 1; }
PAYARA_VERSION="$(pom_property payara.version)"
KEYCLOAK_VERSION="$(pom_property keycloak.version)"
MARIADB_DRIVER_VERSION="$(pom_property mariadb.version)"
GREENMAIL_VERSION="$(pom_property greenmail.version)"
PAYARA_HOME="$WORK/payara6"
ASADMIN="$PAYARA_HOME/bin/asadmin"
export AS_JAVA="${AS_JAVA:-${JAVA_HOME:-/usr/lib/jvm/java-17-openjdk-amd64}}"

# The stack that ./portal up, down and status work on (node2, rush and bench join it): "run", the developer's,
# unless PORTAL_STACK=check (scripts/check-restarts.sh, part of ./portal test): a second stack beside it and beside a
# test run, with a domain, ports, database and markers of its own, signing in through the Keycloak that
# PORTAL_KEYCLOAK_URL names. (./portal test runs its test stack on other ports: scripts/test.sh.)
PORTAL_STACK=${PORTAL_STACK:-run}
case "$PORTAL_STACK" in
    run)
        RUN="$WORK/run"
        STACK_DOMAIN=domain1 STACK_PORTBASE="" STACK_ADMIN_PORT=4848 STACK_HTTP_PORT=8080
        STACK_KC_PORT=8180 STACK_KC_MGMT_PORT=9000 STACK_SMTP_PORT=3025 STACK_MAIL_UI_PORT=8025
        STACK_DB_NAME=mitwirken ;;
    check)
        RUN="$WORK/run-check"
        STACK_DOMAIN=mitwirken-check STACK_PORTBASE=28000 STACK_ADMIN_PORT=28048 STACK_HTTP_PORT=28080
        STACK_KC_PORT="" STACK_KC_MGMT_PORT="" STACK_SMTP_PORT=28025 STACK_MAIL_UI_PORT=28026
        STACK_DB_NAME=mitwirken_check ;;
    *) echo "PORTAL_STACK must be run or check" >&2; exit 2 ;;
esac
mkdir -p "$RUN"
NODE2_PORTBASE=18000     # ./portal node2 (scripts/node2.sh): admin 18048, http 18080
NODE2_HTTP_PORT=$((NODE2_PORTBASE + 80))

say()  { printf '\033[1;34m==>\033[0m %s\n' "$*"; }
warn() { printf '\033[1;33mwarning:\033[0m %s\n' "$*" >&2; }
die()  { printf '\033[1;31merror:\033[0m %s\n' "$*" >&2; exit 1; }

as_root() { if [ "$(id -u)" = 0 ]; then "$@"; else sudo "$@"; fi; }

apt_install() {
    say "Installing Debian packages: $*"
    as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -q "$@" >"$LOGS/apt.log" 2>&1 || {
        as_root env DEBIAN_FRONTEND=noninteractive apt-get update -q >>"$LOGS/apt.log" 2>&1
        as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -q "$@" >>"$LOGS/apt.log" 2>&1
    } || die "could not install $* (see $LOGS/apt.log)"
}

port_open() { (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null; }

# wait_for_url URL SECONDS [what]
wait_for_url() {
    local url=$1 seconds=$2 what=${3:-$1} i
    for ((i = 0; i < seconds; i++)); do
        if curl -fsS -o /dev/null --max-time 3 "$url" 2>/dev/null; then return 0; fi
        sleep 1
    done
    return 1
}

pid_alive() { [ -f "$1" ] && kill -0 "$(cat "$1")" 2>/dev/null; }

# stop_pid PIDFILE NAME: SIGTERM, wait up to 30 s, then SIGKILL; removes the pid file.
stop_pid() {
    local file=$1 name=$2 pid i
    [ -f "$file" ] || return 0
    pid=$(cat "$file")
    if kill -0 "$pid" 2>/dev/null; then
        say "Stopping $name (pid $pid)"
        kill "$pid" 2>/dev/null || true
        for ((i = 0; i < 30; i++)); do kill -0 "$pid" 2>/dev/null || break; sleep 1; done
        kill -0 "$pid" 2>/dev/null && kill -9 "$pid" 2>/dev/null || true
    fi
    rm -f "$file"
}

# Fetched into a folder of its own and moved in place only when complete: an interrupted run leaves no
# half-written archive that a later run would take for whole.
maven_fetch() { # maven_fetch GROUP:ARTIFACT:VERSION[:TYPE[:CLASSIFIER]] DIR
    local tmp="$2/.fetch.$$"
    rm -rf "$tmp" && mkdir -p "$tmp"
    mvn -q -B dependency:copy -Dartifact="$1" -DoutputDirectory="$tmp" >"$LOGS/maven-fetch.log" 2>&1 \
        || { rm -rf "$tmp"; die "could not fetch $1 from Maven Central (see $LOGS/maven-fetch.log)"; }
    mv -f "$tmp"/* "$2"/ && rm -rf "$tmp"
}

ensure_tools() {
    command -v java >/dev/null || apt_install openjdk-17-jdk-headless
    command -v mvn >/dev/null || apt_install maven
    command -v curl >/dev/null || apt_install curl
    command -v unzip >/dev/null || apt_install unzip
}

# ---------------------------------------------------------------- MariaDB
# Uses a server on 127.0.0.1:3306 that lets root in without a password; otherwise runs a private
# server on 127.0.0.1:3307 whose data lives in .work/mariadb. Sets DB_HOST, DB_PORT, DB_ADMIN (a client
# command line with admin rights).
ensure_mariadb() {
    command -v mariadb >/dev/null || apt_install mariadb-client
    DB_HOST=127.0.0.1
    if mariadb -h 127.0.0.1 -P 3306 -u root --connect-timeout=3 -e 'SELECT 1' >/dev/null 2>&1; then
        DB_PORT=3306
        DB_ADMIN=(mariadb -h 127.0.0.1 -P 3306 -u root)
        return
    fi
    local dir="$WORK/mariadb" sock="$WORK/mariadb/mysqld.sock"
    DB_PORT=3307
    DB_ADMIN=(mariadb --socket="$sock" -u root)
    if "${DB_ADMIN[@]}" -e 'SELECT 1' >/dev/null 2>&1; then return; fi
    [ -x /usr/sbin/mariadbd ] || apt_install mariadb-server
    local user=mysql
    id mysql >/dev/null 2>&1 || user=$(id -un)
    if [ ! -d "$dir/data/mysql" ]; then
        say "Creating a private MariaDB data directory in $dir"
        mkdir -p "$dir/data"
        [ "$(id -u)" = 0 ] && chown -R "$user" "$dir"
        mariadb-install-db --datadir="$dir/data" --user="$user" --auth-root-authentication-method=socket \
            --skip-test-db >"$LOGS/mariadb-install.log" 2>&1 || die "mariadb-install-db failed (see $LOGS/mariadb-install.log)"
    fi
    say "Starting a private MariaDB on 127.0.0.1:$DB_PORT"
    [ "$(id -u)" = 0 ] && chown -R "$user" "$dir"
    start-stop-daemon --start --oknodo --background --make-pidfile --pidfile "$RUN/mariadb.pid" \
        --exec /usr/sbin/mariadbd -- --user="$user" --datadir="$dir/data" --socket="$sock" \
        --port="$DB_PORT" --bind-address=127.0.0.1 --pid-file="$dir/mariadbd.pid" \
        --log-error="$LOGS/mariadb.log" --character-set-server=utf8mb4 --collation-server=utf8mb4_unicode_ci
    local i
    for ((i = 0; i < 60; i++)); do "${DB_ADMIN[@]}" -e 'SELECT 1' >/dev/null 2>&1 && return; sleep 1; done
    die "MariaDB did not start (see $LOGS/mariadb.log)"
}

# create_database NAME USER PASSWORD: the schema belongs to USER_schema (all rights, used by Flyway);
# the application's account USER gets table privileges from the portal itself after each migration
# (SchemaMigrator), so that it can never change or delete audit log entries.
create_database() {
    local db=$1 app=$2 password=$3 owner="$2_schema"
    "${DB_ADMIN[@]}" <<SQL || die "could not create database $db"
CREATE DATABASE IF NOT EXISTS \`$db\` CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci;
DROP USER IF EXISTS '$app'@'localhost', '$app'@'127.0.0.1';
CREATE USER IF NOT EXISTS '$owner'@'%' IDENTIFIED BY '$password';
CREATE USER IF NOT EXISTS '$app'@'%' IDENTIFIED BY '$password';
GRANT ALL PRIVILEGES ON \`$db\`.* TO '$owner'@'%' WITH GRANT OPTION;
SQL
    # an older set-up gave the application account all rights on the schema: take them back; reading
    # everything is fine (and needed to connect before the first migration)
    "${DB_ADMIN[@]}" -e "REVOKE ALL PRIVILEGES ON \`$db\`.* FROM '$app'@'%'" >/dev/null 2>&1 || true
    "${DB_ADMIN[@]}" -e "GRANT SELECT ON \`$db\`.* TO '$app'@'%'" || die "could not grant $app access to $db"
}

drop_database() { "${DB_ADMIN[@]}" -e "DROP DATABASE IF EXISTS \`$1\`" || warn "could not drop database $1"; }

stop_mariadb_if_ours() { stop_pid "$RUN/mariadb.pid" "private MariaDB"; }

# ---------------------------------------------------------------- Payara
ensure_payara() {
    [ -x "$ASADMIN" ] && return
    local zip="$WORK/dist/payara-$PAYARA_VERSION.zip"
    if [ ! -f "$zip" ]; then
        say "Fetching Payara Server $PAYARA_VERSION from Maven Central"
        maven_fetch "fish.payara.distributions:payara:$PAYARA_VERSION:zip" "$WORK/dist"
    fi
    local tmp="$WORK/payara-unpack.$$"
    rm -rf "$tmp" && mkdir -p "$tmp"
    (cd "$tmp" && unzip -q "$zip") || { rm -rf "$tmp" "$zip"; die "could not unpack Payara (archive removed; run again)"; }
    rm -rf "$PAYARA_HOME" && mv "$tmp/payara6" "$PAYARA_HOME" && rm -rf "$tmp"
}

ensure_mariadb_driver() {
    local jar="$WORK/dist/mariadb-java-client-$MARIADB_DRIVER_VERSION.jar"
    [ -f "$jar" ] || maven_fetch "org.mariadb.jdbc:mariadb-java-client:$MARIADB_DRIVER_VERSION" "$WORK/dist"
    MARIADB_DRIVER_JAR="$jar"
}

asadmin_at() { local port=$1; shift; "$ASADMIN" --interactive=false --port "$port" "$@"; }

# Payara 6's start-domain returns before the applications of the last run are loaded, and takes asadmin commands
# while it loads them (payara/Payara#6453). A deploy --force sent in that window raced the loading and left a half
# deployment: servlets without their injected fields, the security headers filter not started, a closed persistence
# unit, while deploy and readiness said all was well (issue #20; docs/operations.md). So a domain never boots an
# application: stop_domain undeploys the portal before it stops the domain, and start_domain, should the portal still
# be registered (the domain was killed), disables it before the boot (--prebootcommandfile), waits until the boot is
# over and undeploys it. Only then do the scripts deploy.
domain_dir() { echo "$PAYARA_HOME/glassfish/domains/$1"; }

portal_registered() { grep -q '<application-ref[^>]* ref="portal"' "$(domain_dir "$1")/config/domain.xml" 2>/dev/null; }

# wait_for_boot LOG OFFSET: the boot is over when Payara logs, on its SERVER_READY event (after loading the
# applications), that its notification service bootstrapped.
wait_for_boot() {
    local log=$1 offset=$2 i
    for ((i = 0; i < 180; i++)); do
        [ "$(stat -c %s "$log" 2>/dev/null || echo 0)" -lt "$offset" ] && offset=0 # rotated
        tail -c +"$((offset + 1))" "$log" 2>/dev/null | grep -q 'Payara Notification Service bootstrapped' && return 0
        sleep 1
    done
    return 1
}

# start_domain NAME ADMIN_PORT: starts a stopped domain with no application running in it. Never starts a domain
# twice (that spawns a second JVM).
start_domain() {
    local name=$1 port=$2
    if port_open "$port"; then
        say "Payara domain $name is running already (admin port $port)"
        return
    fi
    local preboot="$RUN/payara-$name.preboot" log stale=no offset
    log="$(domain_dir "$name")/logs/server.log"
    : >"$preboot"
    if portal_registered "$name"; then
        stale=yes
        echo "set servers.server.server.application-ref.portal.enabled=false" >"$preboot"
    fi
    offset=$(stat -c %s "$log" 2>/dev/null || echo 0)
    say "Starting Payara domain $name"
    "$ASADMIN" start-domain --prebootcommandfile "$preboot" "$name" >"$LOGS/payara-$name-start.log" 2>&1 \
        || die "Payara domain $name did not start (see $LOGS/payara-$name-start.log)"
    touch "$RUN/payara-$name.started"
    if [ "$stale" = yes ]; then
        say "Removing the deployment the domain kept from its last run (it was not stopped by ./portal down)"
        wait_for_boot "$log" "$offset" || die "Payara domain $name did not finish its boot (see $log)"
        asadmin_at "$port" undeploy portal >>"$LOGS/payara-$name-start.log" 2>&1 \
            || die "could not undeploy the portal's old deployment (see $LOGS/payara-$name-start.log)"
    fi
}

# stop_domain NAME ADMIN_PORT: undeploys the portal (so that the next start boots no application), then stops.
stop_domain() {
    local name=$1 port=$2
    if port_open "$port" && portal_registered "$name"; then
        asadmin_at "$port" undeploy portal >"$LOGS/payara-$name-stop.log" 2>&1 \
            || warn "could not undeploy the portal from $name (see $LOGS/payara-$name-stop.log); the next start removes it"
    fi
    "$ASADMIN" stop-domain "$name" >>"$LOGS/payara-$name-stop.log" 2>&1 || warn "could not stop Payara domain $name"
}

restart_domain() { stop_domain "$1" "$2"; start_domain "$1" "$2"; }

stop_domain_if_ours() { # NAME ADMIN_PORT
    if [ -f "$RUN/payara-$1.started" ]; then
        say "Stopping Payara domain $1"
        stop_domain "$1" "$2"
        rm -f "$RUN/payara-$1.started"
    fi
}

# deploy_portal ADMIN_PORT EAR LOG
deploy_portal() {
    # --enabled=true: a deploy over a disabled application would stay disabled
    asadmin_at "$1" deploy --force=true --enabled=true --name portal "$2" >"$3" 2>&1
}

# ---------------------------------------------------------------- Keycloak
# ensure_keycloak_install DIR: an unpacked Keycloak of its own per use (run, test), kept between runs so
# that its one-off build step is not repeated.
ensure_keycloak_install() {
    local dir=$1
    [ -x "$dir/bin/kc.sh" ] && return
    local zip="$WORK/dist/keycloak-quarkus-dist-$KEYCLOAK_VERSION.zip"
    if [ ! -f "$zip" ]; then
        say "Fetching Keycloak $KEYCLOAK_VERSION from Maven Central"
        maven_fetch "org.keycloak:keycloak-quarkus-dist:$KEYCLOAK_VERSION:zip" "$WORK/dist"
    fi
    local tmp="$WORK/keycloak-unpack.$$"
    rm -rf "$tmp" && mkdir -p "$tmp"
    (cd "$tmp" && unzip -q "$zip") || { rm -rf "$tmp" "$zip"; die "could not unpack Keycloak (archive removed; run again)"; }
    rm -rf "$dir" && mv "$tmp/keycloak-$KEYCLOAK_VERSION" "$dir" && rm -rf "$tmp"
}

# start_keycloak NAME DIR HTTP_PORT MANAGEMENT_PORT PORTAL_URL [PORTAL_URL_2]: dev mode, in-memory database, realm
# imported at start. The realm file's placeholders (docs/operations.md) get the local profile: the portal's exact
# redirect URIs (PORTAL_URL/Callback, and a second node's), http allowed (sslRequired none), the test client with
# password grants enabled, and a one-time code that may be used again within its 30 s (tests sign in as the same
# staff account many times a minute). The stand-in eID provider (realm eid-stand-in, issue #26) is imported beside it
# and the realm's eID identity provider pointed at it (MITWIRKEN_EID_*; docs/operations.md).
start_keycloak() {
    local name=$1 dir=$2 port=$3 mport=$4 portal_url=$5 portal_url2=${6:-$5}
    if port_open "$port"; then
        say "Keycloak is running already on port $port"
        return
    fi
    ensure_keycloak_install "$dir"
    keycloak_realm_setup "$dir" "http://localhost:$port" "$portal_url" "$portal_url2"
    say "Starting Keycloak ($name) on http://localhost:$port (with the stand-in eID provider)"
    env "${KC_REALM_ENV[@]}" KC_BOOTSTRAP_ADMIN_USERNAME=admin KC_BOOTSTRAP_ADMIN_PASSWORD=admin \
        nohup "$dir/bin/kc.sh" start-dev --http-port="$port" --http-management-port="$mport" \
        --health-enabled=true --db=dev-mem --import-realm >"$LOGS/keycloak-$name.log" 2>&1 &
    echo $! >"$RUN/keycloak-$name.pid"
}

# keycloak_realm_setup DIR KEYCLOAK_URL PORTAL_URL PORTAL_URL_2: the realm files in DIR's import folder, and in
# KC_REALM_ENV the values of their placeholders (start_keycloak above; ./portal cluster's nodes, cluster-lib.sh).
# KEYCLOAK_URL is the browser's address of Keycloak.
keycloak_realm_setup() {
    local dir=$1 kc_url=$2 portal_url=$3 portal_url2=$4 eid_cert
    mkdir -p "$dir/data/import"
    # the stand-in eID provider (issue #26) is a second realm of the same Keycloak: never imported outside ./portal
    cp "$ROOT/config/keycloak/mitwirken-realm.json" "$ROOT/config/keycloak/eid-stand-in-realm.json" "$dir/data/import/"
    # the broker's SP entity id is the browser's Keycloak URL, and the stand-in's client id must equal it: localhost
    eid_cert=$(python3 -c 'import json, sys; print(json.load(open(sys.argv[1]))["components"]["org.keycloak.keys.KeyProvider"][0]["config"]["certificate"][0])' \
        "$ROOT/config/keycloak/eid-stand-in-realm.json") || die "no signing certificate in eid-stand-in-realm.json"
    KC_REALM_ENV=(MITWIRKEN_PORTAL_URL="$portal_url" MITWIRKEN_PORTAL_URL_2="$portal_url2" MITWIRKEN_SSL_REQUIRED=none
        MITWIRKEN_TEST_CLIENT_ENABLED=true MITWIRKEN_OTP_CODE_REUSABLE=true
        MITWIRKEN_KEYCLOAK_URL="$kc_url" MITWIRKEN_EID_ENABLED=true
        MITWIRKEN_EID_IDP_ENTITY_ID="$kc_url/realms/eid-stand-in"
        MITWIRKEN_EID_SSO_URL="$kc_url/realms/eid-stand-in/protocol/saml"
        MITWIRKEN_EID_SIGNING_CERT="$eid_cert")
}

wait_for_keycloak() { # NAME MANAGEMENT_PORT
    wait_for_url "http://localhost:$2/health/ready" 180 || die "Keycloak did not become ready (see $LOGS/keycloak-$1.log)"
}

stop_keycloak_if_ours() { stop_pid "$RUN/keycloak-$1.pid" "Keycloak ($1)"; }

# ---------------------------------------------------------------- mail catcher
# start_mail_catcher SMTP_PORT WEB_PORT LOG PIDFILE: GreenMail, which keeps every mail and shows them on its web API.
start_mail_catcher() {
    local jar="$WORK/dist/greenmail-standalone-$GREENMAIL_VERSION.jar"
    [ -f "$jar" ] || maven_fetch "com.icegreen:greenmail-standalone:$GREENMAIL_VERSION" "$WORK/dist"
    say "Starting the mail catcher (SMTP 127.0.0.1:$1, web http://localhost:$2)"
    nohup java -Xmx128m -Dgreenmail.auth.disabled \
        -Dgreenmail.smtp.port="$1" -Dgreenmail.imap.port=$(($1 + 118)) \
        -Dgreenmail.hostname=127.0.0.1 -Dgreenmail.api.hostname=127.0.0.1 -Dgreenmail.api.port="$2" \
        -jar "$jar" >"$3" 2>&1 &
    echo $! >"$4"
}

# ---------------------------------------------------------------- browser tests
ensure_chromium() {
    [ -x /usr/bin/chromium ] && [ -x /usr/bin/chromedriver ] || apt_install chromium chromium-driver
}

ensure_axe() {
    local dir="$WORK/npm"
    mkdir -p "$dir"
    if ! cmp -s "$ROOT/portal-ear/src/test/js/package-lock.json" "$dir/package-lock.json" \
        || [ ! -f "$dir/node_modules/axe-core/axe.min.js" ]; then
        command -v npm >/dev/null || apt_install nodejs npm
        say "Installing axe-core from the npm registry"
        cp "$ROOT/portal-ear/src/test/js/package.json" "$ROOT/portal-ear/src/test/js/package-lock.json" "$dir/"
        (cd "$dir" && npm ci --no-audit --no-fund --loglevel=error >"$LOGS/npm.log" 2>&1) \
            || die "npm ci failed (see $LOGS/npm.log)"
    fi
}

# ---------------------------------------------------------------- is the portal really there? (issue #20)
# readiness_report BASE_URL: "UP" when /health/ready answers UP with the portal's own checks (front door and
# database) among its checks, otherwise what it said. Payara answers UP with no checks at all while no application
# runs, so UP alone proves nothing.
readiness_report() {
    curl -sS --max-time 10 "$1/health/ready" 2>/dev/null | python3 -c '
import json, sys
try:
    body = json.load(sys.stdin)
except ValueError:
    print("no readiness answer"); sys.exit()
checks = {c.get("name"): c for c in body.get("checks", [])}
missing = [n for n in ("front-door", "database") if n not in checks]
down = [c["name"] + " " + json.dumps(c.get("data", {}), ensure_ascii=False) for c in checks.values() if c.get("status") != "UP"]
if body.get("status") == "UP" and not missing and not down:
    print("UP")
else:
    print("; ".join((["not registered: " + ", ".join(missing)] if missing else []) + ["DOWN: " + d for d in down]) or "DOWN")
'
}

# wait_for_ready BASE_URL SECONDS: until readiness_report says UP; READY_REPORT keeps its last answer.
wait_for_ready() {
    local i
    for ((i = 0; i < $2; i++)); do
        READY_REPORT=$(readiness_report "$1")
        [ "$READY_REPORT" = UP ] && return 0
        sleep 1
    done
    return 1
}

# headers_missing URL [CURL_OPTIONS...]: prints the security headers a response lacks (nothing when all are there).
headers_missing() {
    local url=$1 got h; shift
    got=$(curl -sS --max-time 20 -D - -o /dev/null "$@" "$url" 2>/dev/null | tr 'A-Z' 'a-z')
    for h in content-security-policy x-content-type-options x-frame-options referrer-policy permissions-policy \
             cross-origin-opener-policy; do
        grep -q "^$h:" <<<"$got" || printf '%s ' "$h"
    done
}

# verify_portal BASE_URL: what a visitor needs, tried for real: a sign-in round trip through Keycloak as the demo
# citizen, the programme's calendar file and a report PDF downloaded, the security headers on a page, a servlet's
# answer, an error page and the redirect to sign-in. Prints one line per failure; returns 1 if there was one.
verify_portal() {
    local base=$1 tmp failed=() conference id code missing action url
    tmp=$(mktemp -d)
    conference=$(curl -sS --max-time 20 "$base/api/conferences" 2>/dev/null | grep -o '"id" *: *[0-9]*' | head -n 1 \
        | grep -o '[0-9]*$')
    if [ -z "$conference" ]; then
        failed+=("no conference in /api/conferences")
    else
        code=$(curl -sS --max-time 20 -o "$tmp/cal" -w '%{http_code}' "$base/conference/calendar?conference=$conference")
        [ "$code" = 200 ] && head -c 15 "$tmp/cal" | grep -q BEGIN:VCALENDAR \
            || failed+=("calendar download /conference/calendar?conference=$conference answered HTTP $code")
    fi
    id=$(curl -sS --max-time 30 "$base/reporting/index.xhtml" 2>/dev/null | grep -o 'report\.pdf?id=[0-9]*' | head -n 1 | grep -o '[0-9]*$')
    if [ -z "$id" ]; then
        failed+=("no released report on /reporting/index.xhtml")
    else
        code=$(curl -sS --max-time 60 -o "$tmp/pdf" -w '%{http_code}' "$base/reporting/report.pdf?id=$id")
        [ "$code" = 200 ] && head -c 5 "$tmp/pdf" | grep -q '%PDF' \
            || failed+=("report download /reporting/report.pdf?id=$id answered HTTP $code")
    fi
    for url in / "/conference/calendar?conference=${conference:-1}" /no-such-page "/signin?next=/"; do
        missing=$(headers_missing "$base$url")
        [ -z "$missing" ] || failed+=("security headers missing on $url: $missing")
    done
    # sign-in: the portal sends the visitor to Keycloak's form; the demo citizen signs in there and comes back signed in
    code=$(curl -sS -L --max-time 30 -c "$tmp/jar" -b "$tmp/jar" -o "$tmp/login" -w '%{http_code}' "$base/signin?next=/" 2>/dev/null)
    action=$(grep -o '<form[^>]*kc-form-login[^>]*>' "$tmp/login" 2>/dev/null | grep -o 'action="[^"]*"' \
        | sed 's/^action="//; s/"$//; s/&amp;/\&/g')
    if [ -z "$action" ]; then
        failed+=("sign-in: /signin did not lead to Keycloak's sign-in form (HTTP $code)")
    else
        url=$(curl -sS -L --max-time 30 -c "$tmp/jar" -b "$tmp/jar" -o "$tmp/after" -w '%{http_code} %{url_effective}' \
            --data-urlencode username=citizen --data-urlencode password=demo --data credentialId= "$action" 2>/dev/null)
        [[ "$url" == "200 $base/"* ]] && grep -q 'action="[^"]*/signout"' "$tmp/after" \
            || failed+=("sign-in: after Keycloak's form the demo citizen was not signed in to the portal (ended at: $url)")
    fi
    rm -rf "$tmp"
    [ ${#failed[@]} -eq 0 ] && return 0
    printf '%s\n' "${failed[@]}"
    return 1
}
