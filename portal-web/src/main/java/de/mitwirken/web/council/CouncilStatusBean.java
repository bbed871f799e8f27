package de.mitwirken.web.council;

import de.mitwirken.council.boundary.CouncilCrawls;
import de.mitwirken.council.boundary.CrawlStatus;
import de.mitwirken.web.frame.Pages;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/** The council crawl's section of the admin's system status page: progress, last figures, "retrieve now". */
@Named
@RequestScoped
public class CouncilStatusBean {

    @Inject
    CouncilCrawls crawls;

    private CrawlStatus status;

    public CrawlStatus getStatus() {
        if (status == null) {
            status = crawls.status();
        }
        return status;
    }

    public void crawlNow() {
        crawls.crawlNow();
        status = null;
        Pages.info("council.status.crawlAsked");
    }
}
