package de.mitwirken.platform.control;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionManagement;
import jakarta.ejb.TransactionManagementType;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.MigrationInfo;

/**
 * Brings the database schema up to date before anything else touches it. Flyway locks the schema
 * history, so several nodes starting at once migrate exactly once. Demo data lives in repeatable
 * migrations of its own location (db/demo) and is applied only where portal.demo.enabled is true.
 * Beans that use the database at start-up must declare @DependsOn("SchemaMigrator").
 */
@Startup
@Singleton
@TransactionManagement(TransactionManagementType.BEAN)
public class SchemaMigrator {

    private static final Logger LOG = Logger.getLogger(SchemaMigrator.class.getName());

    @Resource(lookup = "jdbc/portal")
    DataSource dataSource;

    @Inject
    @ConfigProperty(name = "portal.demo.enabled", defaultValue = "false")
    boolean demoData;

    @PostConstruct
    void migrate() {
        int applied = flyway().migrate().migrationsExecuted;
        LOG.info(() -> "Database schema at version " + currentVersion() + " (" + applied + " migrations applied"
                + (demoData ? ", demo data on)" : ")"));
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
                .dataSource(dataSource)
                .locations(locations.toArray(String[]::new))
                // a database once filled with demo data may later run without that location
                .ignoreMigrationPatterns("*:missing")
                .load();
    }
}
