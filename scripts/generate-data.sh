#!/usr/bin/env bash
# ./portal generate-data [NEEDS] [--items ITEMS]: adds NEEDS generated needs (default 100 000) with people,
# supports, comments and follows to the database of ./portal up (or DB_NAME), for scale and load tests; with
# --items (or a second number), also ITEMS backlog items linked to those needs (0 needs: to needs already there).
set -euo pipefail
source "$(dirname "$0")/lib.sh"
NEEDS=100000
ITEMS=0
positional=0
while [ $# -gt 0 ]; do
    case "$1" in
        --items) [ $# -ge 2 ] || die "--items needs a number"; ITEMS=$2; shift 2 ;;
        --items=*) ITEMS=${1#--items=}; shift ;;
        *) if [ $positional -eq 0 ]; then NEEDS=$1; else ITEMS=$1; fi; positional=$((positional + 1)); shift ;;
    esac
done
[[ "$NEEDS" =~ ^[0-9]+$ && "$ITEMS" =~ ^[0-9]+$ ]] || die "usage: ./portal generate-data [NEEDS] [--items ITEMS]"
DB_NAME=${DB_NAME:-mitwirken}
ensure_tools
ensure_mariadb
"${DB_ADMIN[@]}" -e "USE \`$DB_NAME\`; SELECT 1 FROM service LIMIT 1" >/dev/null 2>&1 \
    || die "database $DB_NAME has no portal schema yet: run ./portal up first"
say "Building the generator"
(cd "$ROOT" && mvn -q -B -DskipTests -pl portal-tools -am install) >"$LOGS/generate-build.log" 2>&1 \
    || die "build failed (see $LOGS/generate-build.log)"
say "Generating $NEEDS needs and $ITEMS backlog items in $DB_NAME on $DB_HOST:$DB_PORT"
cd "$ROOT"
DB_HOST=$DB_HOST DB_PORT=$DB_PORT DB_NAME=$DB_NAME DB_USER=${DB_USER:-mitwirken_schema} \
    DB_PASSWORD=${DB_PASSWORD:-mitwirken} mvn -q -B -pl portal-tools exec:java -Dexec.args="$NEEDS --items $ITEMS"
say "Done. Search stems are already computed; the portal shows the data at once."
