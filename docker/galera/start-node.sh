#!/bin/bash
# The start of each Galera node of docker/compose.cluster.yaml (its hostname is its service name). A node founds a
# new cluster (--wsrep-new-cluster) only
#  - on the founder's very first start (GALERA_FOUNDER, db1), while its data directory holds no Galera state, or
#  - when the operator names it after the whole cluster was down: GALERA_BOOTSTRAP=db2 docker compose ... up -d db2,
#    for the node whose grastate.dat says safe_to_bootstrap: 1 (docs/operations.md, "Cluster runbook").
# Every other start joins the running nodes, so a restarted node never splits off a second cluster.
datadir=${GALERA_DATADIR:-/var/lib/mysql}
if [ -n "${GALERA_BOOTSTRAP:-}" ] && [ "$GALERA_BOOTSTRAP" = "$HOSTNAME" ]; then
    set -- "$@" --wsrep-new-cluster
elif [ "${GALERA_FOUNDER:-}" = "$HOSTNAME" ] && [ ! -e "$datadir/grastate.dat" ]; then
    set -- "$@" --wsrep-new-cluster
fi
exec docker-entrypoint.sh "$@"
