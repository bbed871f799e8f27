#!/usr/bin/env bash
# ./portal status: what of the local stack answers.
set -uo pipefail
source "$(dirname "$0")/lib.sh"
check() { if port_open "$2"; then printf '  %-14s up    (port %s)\n' "$1" "$2"; else printf '  %-14s down  (port %s)\n' "$1" "$2"; fi; }
check "Portal" 8080
check "Payara admin" 4848
check "Keycloak" 8180
check "Mail catcher" 3025
port_open 18080 && check "Second node" 18080   # ./portal node2 up (for the two-node rush)
check "MariaDB" "$(cat "$RUN/db-port" 2>/dev/null || echo 3306)"
