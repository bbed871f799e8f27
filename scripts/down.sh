#!/usr/bin/env bash
# ./portal down: stops what ./portal up started (pid files and markers in .work/run), nothing else.
set -uo pipefail
source "$(dirname "$0")/lib.sh"
[ "${1:-}" = --quiet ] || say "Stopping the local stack"
if [ -x "$ASADMIN" ]; then stop_domain_if_ours domain1; fi
stop_keycloak_if_ours run
stop_pid "$RUN/greenmail.pid" "mail catcher"
stop_mariadb_if_ours
rm -f "$RUN/db-port"
exit 0
