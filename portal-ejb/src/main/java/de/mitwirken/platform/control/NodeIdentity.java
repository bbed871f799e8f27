package de.mitwirken.platform.control;

import jakarta.enterprise.context.ApplicationScoped;
import java.lang.management.ManagementFactory;
import java.util.UUID;

/** A name for this server process, recorded with outbox claims and job runs (two nodes, one database). */
@ApplicationScoped
public class NodeIdentity {

    private final String name = ManagementFactory.getRuntimeMXBean().getName() + "/"
            + UUID.randomUUID().toString().substring(0, 8);

    public String name() {
        return name.length() > 100 ? name.substring(0, 100) : name;
    }
}
