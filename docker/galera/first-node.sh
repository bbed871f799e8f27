#!/bin/bash
# db1's start in docker/compose.cluster.yaml: it founds the cluster (--wsrep-new-cluster) only on its very first
# start, while its data directory holds no Galera state yet. Every later start joins db2/db3 like any node, so a
# restarted db1 never splits off a second cluster. After all three were down, bootstrap by hand the node whose
# grastate.dat says safe_to_bootstrap: 1 (docs/operations.md, "Cluster runbook").
if [ ! -e /var/lib/mysql/grastate.dat ]; then
    set -- "$@" --wsrep-new-cluster
fi
exec docker-entrypoint.sh "$@"
