#!/usr/bin/env bash
# Configures a running Payara domain for the portal; safe to run again and again (idempotent).
#   ADMIN_PORT    admin port of the domain (4848)
#   DB_HOST DB_PORT DB_NAME DB_USER DB_PASSWORD   the portal's MariaDB database and application account
#   DB_SCHEMA_USER DB_SCHEMA_PASSWORD              the schema owner's account (Flyway); default DB_USER_schema
#   SMTP_HOST SMTP_PORT MAIL_FROM                 the mail server behind the JNDI session mail/portal
#   PORTAL_BASE_URL OIDC_PROVIDER_URI PORTAL_DEMO_ENABLED   MicroProfile Config values of the domain
#   PORTAL_PROXY_FORWARDED_PROTO  true behind a TLS-terminating proxy that sets X-Forwarded-Proto (default false)
#   DB_URL        a JDBC URL instead of the one DB_HOST and DB_PORT make (e.g. Connector/J's sequential URL of a Galera
#                 cluster; ./portal cluster)
#   CONFIG        the configuration to set (server-config, the DAS's; ./portal cluster: its instances' config)
#   TARGETS       where the JDBC and mail resources are referenced (default: server; ./portal cluster: its instances)
# Prints "restart" on stdout when JVM options changed and the domain must be restarted.
set -euo pipefail
source "$(dirname "$0")/lib.sh"

: "${ADMIN_PORT:?}" "${DB_HOST:?}" "${DB_PORT:?}" "${DB_NAME:?}" "${DB_USER:?}" "${DB_PASSWORD:?}"
SMTP_HOST=${SMTP_HOST:-127.0.0.1}
SMTP_PORT=${SMTP_PORT:-3025}
MAIL_FROM=${MAIL_FROM:-noreply@mitwirken.example}
a() { asadmin_at "$ADMIN_PORT" "$@"; }
# asadmin needs ':' and '=' escaped inside --property lists
esc() { printf '%s' "$1" | sed -e 's/\\/\\\\/g' -e 's/:/\\:/g' -e 's/=/\\=/g'; }

ensure_mariadb_driver
if ! a list-libraries 2>/dev/null | grep -q "mariadb-java-client-$MARIADB_DRIVER_VERSION.jar"; then
    a add-library "$MARIADB_DRIVER_JAR" >/dev/null
fi

DB_SCHEMA_USER=${DB_SCHEMA_USER:-${DB_USER}_schema}
DB_SCHEMA_PASSWORD=${DB_SCHEMA_PASSWORD:-$DB_PASSWORD}
url=${DB_URL:-jdbc:mariadb://$DB_HOST:$DB_PORT/$DB_NAME?sslMode=disable}
CONFIG=${CONFIG:-server-config}
TARGETS=${TARGETS:-server}
# resource_refs JNDI: the resource is referenced by every target (a resource is created for the first one only)
resource_refs() {
    local target
    for target in $TARGETS; do
        a list-resource-refs "$target" 2>/dev/null | grep -qx "$1" || a create-resource-ref --target "$target" "$1" >/dev/null
    done
}
first_target=${TARGETS%% *}

# pool NAME JNDI USER PASSWORD STEADY MAX
# READ COMMITTED: a read after taking a lock (e.g. a conference's seats) must see what the transaction that
# held the lock before committed; under MariaDB's default REPEATABLE READ it would see an older snapshot.
pool() {
    local name=$1 jndi=$2 user=$3 password=$4
    if a list-jdbc-connection-pools 2>/dev/null | grep -qx "$name"; then
        a set "resources.jdbc-connection-pool.$name.property.url=$url" \
              "resources.jdbc-connection-pool.$name.property.user=$user" \
              "resources.jdbc-connection-pool.$name.property.password=$password" \
              "resources.jdbc-connection-pool.$name.transaction-isolation-level=read-committed" >/dev/null
    else
        a create-jdbc-connection-pool --datasourceclassname org.mariadb.jdbc.MariaDbDataSource \
            --restype javax.sql.DataSource --steadypoolsize "$5" --maxpoolsize "$6" \
            --isconnectvalidatereq=true --validationmethod auto-commit --failconnection=false \
            --isolationlevel read-committed \
            --property "user=$(esc "$user"):password=$(esc "$password"):url=$(esc "$url")" "$name" >/dev/null
    fi
    a list-jdbc-resources "$first_target" 2>/dev/null | grep -qx "$jndi" \
        || a create-jdbc-resource --target "$first_target" --connectionpoolid "$name" "$jndi" >/dev/null
    resource_refs "$jndi"
    a ping-connection-pool "$name" >/dev/null || die "the domain cannot reach database $DB_NAME as $user"
}
pool PortalPool jdbc/portal "$DB_USER" "$DB_PASSWORD" 4 48
pool PortalSchemaPool jdbc/portal-schema "$DB_SCHEMA_USER" "$DB_SCHEMA_PASSWORD" 0 2

# the mail session is recreated each time: cheap, and no dotted-name escaping of "mail/portal" needed
if a list-javamail-resources "$first_target" 2>/dev/null | grep -qx mail/portal; then
    # Payara deletes a resource only while one target refers to it: the others' references go first
    for target in ${TARGETS#"$first_target"}; do
        a delete-resource-ref --target "$target" mail/portal >/dev/null 2>&1 || true
    done
    a delete-javamail-resource --target "$first_target" mail/portal >/dev/null
fi
a create-javamail-resource --target "$first_target" --mailhost "$SMTP_HOST" --mailuser mitwirken \
    --fromaddress "$MAIL_FROM" --property "mail-smtp-port=$SMTP_PORT" mail/portal >/dev/null
resource_refs mail/portal

for prop in "portal.base.url=${PORTAL_BASE_URL:-http://localhost:8080}" \
            "oidc.provider.uri=${OIDC_PROVIDER_URI:-http://localhost:8180/realms/mitwirken}" \
            "portal.demo.enabled=${PORTAL_DEMO_ENABLED:-true}" \
            "portal.db.app-account='$DB_USER'@'%'" \
            "portal.mail.from=$MAIL_FROM" \
            "portal.mail.poll.seconds=${PORTAL_MAIL_POLL_SECONDS:-5}" \
            "portal.mail.retry.first.seconds=${PORTAL_MAIL_RETRY_FIRST_SECONDS:-60}" \
            "portal.mail.retry.max.seconds=${PORTAL_MAIL_RETRY_MAX_SECONDS:-21600}" \
            "portal.mail.attempts=${PORTAL_MAIL_ATTEMPTS:-8}" \
            "portal.backlog.rerank.seconds=${PORTAL_BACKLOG_RERANK_SECONDS:-5}" \
            "portal.reporting.schedule.check-seconds=${PORTAL_REPORTING_SCHEDULE_CHECK_SECONDS:-3600}" \
            "portal.oparl.crawl-seconds=${PORTAL_OPARL_CRAWL_SECONDS:-900}" \
            "portal.proxy.forwarded-proto=${PORTAL_PROXY_FORWARDED_PROTO:-false}" \
            "portal.conference.guest.per-address-per-hour=${PORTAL_CONFERENCE_GUEST_PER_ADDRESS_PER_HOUR:-3}" \
            "portal.conference.guest.per-network-per-hour=${PORTAL_CONFERENCE_GUEST_PER_NETWORK_PER_HOUR:-20}" \
            "portal.conference.guest.total-per-hour=${PORTAL_CONFERENCE_GUEST_TOTAL_PER_HOUR:-500}" \
            "portal.proxy.forwarded-for=${PORTAL_PROXY_FORWARDED_FOR:-false}"; do
    a set-config-property --source=domain --propertyName="${prop%%=*}" --propertyValue="${prop#*=}" >/dev/null
done
# the strategy office's address for scheduled report drafts; unset: the operator's address (portal.operator.email)
if [ -n "${PORTAL_REPORTING_OFFICE_MAIL:-}" ]; then
    a set-config-property --source=domain --propertyName=portal.reporting.office-mail \
        --propertyValue="$PORTAL_REPORTING_OFFICE_MAIL" >/dev/null
fi

# the council's OParl System URL that the portal crawls for papers; unset: no crawl
if [ -n "${PORTAL_OPARL_COUNCIL_URL:-}" ]; then
    a set-config-property --source=domain --propertyName=portal.oparl.council-url \
        --propertyValue="$PORTAL_OPARL_COUNCIL_URL" >/dev/null
fi

restart=no
# Payara's default of 5 request threads queues a registration rush until connections time out (30 s idle);
# 32 keep the queue short (seats are still decided one at a time under the lock). The test domain keeps 5
# (PORTAL_HTTP_THREADS=5 in test.sh), the setting its timings were tuned with. (The roles lost under parallel
# signed-in requests, payara/Payara#6145, are avoided in ReturnToPageMechanism, not by fewer threads.)
threads=${PORTAL_HTTP_THREADS:-32}
pool_size=configs.config.$CONFIG.thread-pools.thread-pool.http-thread-pool.max-thread-pool-size
if [ "$(a get "$pool_size" 2>/dev/null | sed -n 's/.*=//p')" != "$threads" ]; then
    a set "$pool_size=$threads" >/dev/null
    restart=yes
fi
# The portal serves its maintained OpenAPI document at /openapi (web.frame.OpenApiServlet). Payara's generated
# one (MicroProfile OpenAPI) was not valid OpenAPI 3 (issue #25): switched off, so that it neither scans the
# application at deployment nor answers under /openapi/*. Takes effect after a restart.
if a get-openapi-configuration --target "$CONFIG" 2>/dev/null | awk '$1 == "true" { found = 1 } END { exit !found }'; then
    a set-openapi-configuration --target "$CONFIG" --enabled=false >/dev/null
    restart=yes
fi
# The front door names neither product nor version (issue #26): no Server and X-Powered-By headers on any
# listener, and product.name (below) set to the portal's name, which Payara's own error pages would otherwise fill
# with "Payara Server" and its version.
# The admin listener answers on 127.0.0.1 only (asadmin of this machine, the scripts, Arquillian all use localhost).
# Both take effect after a restart.
for listener in http-listener-1 http-listener-2 admin-listener; do
    http=configs.config.$CONFIG.network-config.protocols.protocol.$listener.http
    for attribute in xpowered-by server-header; do
        if [ "$(a get "$http.$attribute" 2>/dev/null | sed -n 's/.*=//p')" != false ]; then
            a set "$http.$attribute=false" >/dev/null
            restart=yes
        fi
    done
done
admin_address=configs.config.$CONFIG.network-config.network-listeners.network-listener.admin-listener.address
if [ "$(a get "$admin_address" 2>/dev/null | sed -n 's/.*=//p')" != 127.0.0.1 ]; then
    a set "$admin_address=127.0.0.1" >/dev/null
    restart=yes
fi
existing=$(a list-jvm-options --target "$CONFIG" 2>/dev/null || true)
# jakarta.mail 2.1 looks its StreamProvider up with a ServiceLoader over every module of the server for each
# part of each mail (StreamProvider.provider(), no caching): that scan was most of the outbox sender's time when
# a rush queued 2 000 mails. Naming the provider makes it a plain class lookup.
for opt in -Duser.timezone=UTC -Dfile.encoding=UTF-8 -Dproduct.name=Mitwirken \
           -Djakarta.mail.util.StreamProvider=org.eclipse.angus.mail.util.MailStreamProvider; do
    if ! grep -qx -- "$opt" <<<"$existing"; then
        a create-jvm-options --target "$CONFIG" -- "$opt" >/dev/null
        restart=yes
    fi
done
[ "$restart" = yes ] && echo restart
exit 0
