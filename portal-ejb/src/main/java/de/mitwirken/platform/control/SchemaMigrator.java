package de.mitwirken.platform.control;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionManagement;
import jakarta.ejb.TransactionManagementType;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.logging.Logger;
import java.util.regex.Pattern;
import javax.sql.DataSource;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.MigrationInfo;

/**
 * Brings the database schema up to date before anything else touches it, with the schema owner's
 * account (jdbc/portal-schema). Flyway locks the schema history, so several nodes starting at once
 * migrate exactly once. Afterwards the application's account (jdbc/portal) gets table privileges:
 * read and write everywhere, but only SELECT and INSERT on the append-only audit log.
 * Demo data lives in repeatable migrations of its own location (db/demo), applied where
 * portal.demo.enabled is true. Beans that use the database at start-up declare @DependsOn("SchemaMigrator").
 */
@Startup
@Singleton
@TransactionManagement(TransactionManagementType.BEAN)
public class SchemaMigrator {

    private static final Logger LOG = Logger.getLogger(SchemaMigrator.class.getName());
    private static final Pattern ACCOUNT = Pattern.compile("'[A-Za-z0-9_]{1,80}'@'[A-Za-z0-9_.%:-]{1,255}'");
    static final String AUDIT_TABLE = "audit_entry";

    @Resource(lookup = "jdbc/portal-schema")
    DataSource schemaOwner;

    @Inject
    @ConfigProperty(name = "portal.demo.enabled", defaultValue = "false")
    boolean demoData;

    /** The application's database account, e.g. 'mitwirken'@'%'; empty: one account for both (no grants). */
    @Inject
    @ConfigProperty(name = "portal.db.app-account", defaultValue = "")
    String appAccount;

    @PostConstruct
    void migrate() {
        int applied = flyway().migrate().migrationsExecuted;
        LOG.info(() -> "Database schema at version " + currentVersion() + " (" + applied + " migrations applied"
                + (demoData ? ", demo data on)" : ")"));
        grantTablePrivileges();
    }

    public String currentVersion() {
        MigrationInfo current = flyway().info().current();
        return current == null || current.getVersion() == null ? "-" : current.getVersion().getVersion();
    }

    private Flyway flyway() {
        List<String> locations = new ArrayList<>(List.of("classpath:db/migration"));
        if (demoData) {
            locations.add("classpath:db/demo");
        }
        return Flyway.configure(getClass().getClassLoader())
                .dataSource(schemaOwner)
                .locations(locations.toArray(String[]::new))
                // a database once filled with demo data may later run without that location
                .ignoreMigrationPatterns("*:missing")
                .load();
    }

    private void grantTablePrivileges() {
        String account = appAccount == null ? "" : appAccount.strip();
        if (account.isEmpty()) {
            LOG.warning("portal.db.app-account is not set: the application uses the schema owner's rights,"
                    + " and the audit log is protected by its triggers only");
            return;
        }
        if (!ACCOUNT.matcher(account).matches()) {
            throw new IllegalStateException("portal.db.app-account must look like 'user'@'host': " + account);
        }
        try (Connection connection = schemaOwner.getConnection(); Statement sql = connection.createStatement()) {
            String schema = connection.getCatalog();
            List<String> tables = new ArrayList<>();
            try (ResultSet rs = connection.getMetaData().getTables(schema, null, "%", new String[] {"TABLE"})) {
                while (rs.next()) {
                    tables.add(rs.getString("TABLE_NAME"));
                }
            }
            for (String table : tables) {
                String target = "`" + schema + "`.`" + table + "`";
                sql.execute("GRANT " + privilegesOn(table) + " ON " + target + " TO " + account);
                if (AUDIT_TABLE.equals(table) || table.startsWith("flyway_")) {
                    revokeQuietly(sql, "REVOKE UPDATE, DELETE ON " + target + " FROM " + account);
                }
            }
            LOG.info(() -> "table privileges granted to " + account + " on " + tables.size() + " tables");
        } catch (SQLException e) {
            throw new IllegalStateException("could not grant table privileges to " + account
                    + " (the schema account needs GRANT OPTION on the schema)", e);
        }
    }

    static String privilegesOn(String table) {
        if (AUDIT_TABLE.equals(table)) {
            return "SELECT, INSERT";
        }
        return table.startsWith("flyway_") ? "SELECT" : "SELECT, INSERT, UPDATE, DELETE";
    }

    private static void revokeQuietly(Statement sql, String revoke) {
        try {
            sql.execute(revoke);
        } catch (SQLException notGrantedBefore) {
            // nothing to take back
        }
    }
}
