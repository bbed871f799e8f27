#!/usr/bin/env bash
# ./portal status: what of the local stack answers.
set -uo pipefail
source "$(dirname "$0")/lib.sh"
check() { if port_open "$2"; then printf '  %-14s up    (port %s)\n' "$1" "$2"; else printf '  %-14s down  (port %s)\n' "$1" "$2"; fi; }
check "Portal" "$STACK_HTTP_PORT"
check "Payara admin" "$STACK_ADMIN_PORT"
[ -n "$STACK_KC_PORT" ] && check "Keycloak" "$STACK_KC_PORT"
check "Mail catcher" "$STACK_SMTP_PORT"
port_open "$NODE2_HTTP_PORT" && check "Second node" "$NODE2_HTTP_PORT"   # ./portal node2 up (for the two-node rush)
check "MariaDB" "$(cat "$RUN/db-port" 2>/dev/null || echo 3306)"
