# Sourced by the Payara image's entrypoint before every start, ahead of the image's own
# init_1_generate_deploy_commands.sh (which copies the post-boot commands and appends the deployment of the EAR).
# Writes the post-boot commands from the portal's (portal-post-boot-commands.asadmin) and what the environment says:
#   DB_URL                 the portal's JDBC URL, e.g. jdbc:mariadb:sequential://db1:3306,db2:3306,db3:3306/mitwirken
#                          (a Galera cluster: one writer at a time, the next on failure); unset, it is built from
#                          DB_HOST, DB_PORT (3306) and DB_NAME (mitwirken)
#   PORTAL_GRID_DISCOVERY  how the nodes' data grid (Hazelcast: replicated web sessions) finds its members:
#                          off    one node, no data grid (docker/compose.yaml)
#                          tcpip  PORTAL_GRID_MEMBERS lists host:port of nodes (docker/compose.cluster.yaml); a new
#                                 node joins as long as one listed member answers
#                          dns    every address of the names in PORTAL_GRID_MEMBERS (host:port) is a member, e.g. a
#                                 Kubernetes headless service (docker/k8s/portal-service.yaml); needs no API rights
# The grid listens on port 6900 (docker/k8s: the pods' port "grid").
export DB_URL="${DB_URL:-jdbc:mariadb://${DB_HOST:-mariadb}:${DB_PORT:-3306}/${DB_NAME:-mitwirken}?sslMode=disable}"

portal_grid="set-hazelcast-configuration --dynamic=true --enabled=true --clustername mitwirken --startport 6900 --dasport 6900"
case "${PORTAL_GRID_DISCOVERY:-off}" in
    off)
        portal_grid="set-hazelcast-configuration --dynamic=true --enabled=false" ;;
    tcpip)
        portal_grid="$portal_grid --clustermode tcpip --tcpipmembers ${PORTAL_GRID_MEMBERS:?PORTAL_GRID_MEMBERS must list the members}" ;;
    dns)
        portal_grid="$portal_grid --clustermode dns --dnsmembers ${PORTAL_GRID_MEMBERS:?PORTAL_GRID_MEMBERS must name the members}" ;;
    *)
        echo "PORTAL_GRID_DISCOVERY must be off, tcpip or dns, not '$PORTAL_GRID_DISCOVERY'" >&2
        exit 1 ;;
esac
{
    cat "$CONFIG_DIR/portal-post-boot-commands.asadmin"
    echo "$portal_grid"
    if [ "${PORTAL_GRID_DISCOVERY:-off}" != off ]; then
        # sessions of an application deployed with availability live in the data grid: a node's loss or redeploy
        # does not sign anyone out (the web module is <distributable/>)
        echo "set configs.config.server-config.availability-service.web-container-availability.persistence-type=hazelcast"
    fi
} > "$POSTBOOT_COMMANDS"
if [ "${PORTAL_GRID_DISCOVERY:-off}" != off ]; then
    export DEPLOY_PROPS="--availabilityenabled=true ${DEPLOY_PROPS:-}"
fi
unset portal_grid
