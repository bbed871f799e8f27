package de.mitwirken.needs.control;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.DependsOn;
import jakarta.ejb.EJB;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.Timeout;
import jakarta.ejb.TimerConfig;
import jakarta.ejb.TimerService;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import java.util.logging.Logger;

/** Runs {@link NeedIndexer} over all unindexed needs once, two seconds after deployment (not in the start-up path). */
@Singleton
@Startup
@DependsOn("SchemaMigrator")
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class NeedIndexStarter {

    private static final Logger LOG = Logger.getLogger(NeedIndexStarter.class.getName());

    @Resource
    TimerService timers;

    @EJB
    NeedIndexer indexer;

    @PostConstruct
    void schedule() {
        timers.createSingleActionTimer(2000, new TimerConfig("need-indexer", false));
    }

    @Timeout
    void run() {
        int total = 0;
        int done;
        do {
            done = indexer.indexBatch();
            total += done;
        } while (done > 0);
        int indexed = total;
        if (indexed > 0) {
            LOG.info(() -> "search terms computed for " + indexed + " needs");
        }
    }
}
