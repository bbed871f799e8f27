#!/bin/bash
# The start of each Galera node of docker/compose.cluster.yaml (its hostname is its service name). A node founds a
# new cluster (--wsrep-new-cluster) only
#  - on the founder's first start (GALERA_FOUNDER, db1): its data directory holds no Galera state yet and none of
#    the other nodes (GALERA_PEERS, host:port of their replication ports) answers, or
#  - when the operator names it after the whole cluster was down: GALERA_BOOTSTRAP=db2 docker compose ... up -d db2,
#    for the node whose grastate.dat says safe_to_bootstrap: 1 (docs/operations.md, "Cluster runbook").
# Every other start joins the running nodes: a restarted node, or a founder rebuilt on an empty volume while the
# others run, never splits off a second cluster.
datadir=${GALERA_DATADIR:-/var/lib/mysql}
peer_answers() {
    local peer
    for peer in ${GALERA_PEERS//,/ }; do
        [ "${peer%%:*}" = "$HOSTNAME" ] && continue
        timeout 3 bash -c "exec 3<>/dev/tcp/${peer%%:*}/${peer##*:}" 2>/dev/null && return 0
    done
    return 1
}
if [ -n "${GALERA_BOOTSTRAP:-}" ] && [ "$GALERA_BOOTSTRAP" = "$HOSTNAME" ]; then
    set -- "$@" --wsrep-new-cluster
elif [ "${GALERA_FOUNDER:-}" = "$HOSTNAME" ] && [ ! -e "$datadir/grastate.dat" ] && ! peer_answers; then
    set -- "$@" --wsrep-new-cluster
fi
exec docker-entrypoint.sh "$@"
