#!/usr/bin/env bash
# ./portal down: stops what ./portal up started (pid files and markers in .work/run), nothing else. The portal is
# undeployed before its domain stops, so that the next start boots no application (lib.sh, start_domain).
set -uo pipefail
source "$(dirname "$0")/lib.sh"
[ "${1:-}" = --quiet ] || say "Stopping the local stack"
if [ -x "$ASADMIN" ]; then stop_domain_if_ours "$STACK_DOMAIN" "$STACK_ADMIN_PORT"; fi
stop_keycloak_if_ours "$PORTAL_STACK"
stop_pid "$RUN/greenmail.pid" "mail catcher"
stop_mariadb_if_ours
rm -f "$RUN/db-port" "$RUN/db-name"
exit 0
