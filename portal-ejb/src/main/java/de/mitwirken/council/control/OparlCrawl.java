package de.mitwirken.council.control;

import de.mitwirken.council.entity.CrawlResult;
import jakarta.json.JsonObject;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.BooleanSupplier;
import java.util.logging.Logger;

/**
 * Crawls a council's OParl server as the spec's update mechanism describes: System → its bodies → each body's
 * external lists of organizations, meetings and papers, page by page along links.next (whatever the page size).
 * A list read to its end before is asked again with modified_since = that run's start minus a margin, which
 * brings changes and deletions. Each page is applied with its resume point, so a crawl cut off by an unavailable
 * server resumes at the page where it stopped. A page that cannot be read (invalid JSON, 4xx) ends that list for
 * this run (counted; retried next time); invalid objects in a page are skipped and counted. After each page the
 * crawl asks whether it may go on (the job: the node still holds the crawl's lease and is not stopping).
 */
public class OparlCrawl {

    private static final Logger LOG = Logger.getLogger(OparlCrawl.class.getName());
    /** The lists of a body the portal uses, in an order that reads names and results before the papers. */
    static final List<String> LISTS = List.of("organization", "meeting", "paper");
    /** Changes saved on the council's side while our previous run read the list must not be missed. */
    static final Duration MARGIN = Duration.ofMinutes(5);
    /** A server whose next links run in a circle must not keep the crawl forever. */
    static final int MAX_PAGES = 10_000;

    private final OparlFetcher fetcher;
    private final CouncilStore store;
    private final Clock clock;
    private final BooleanSupplier mayGoOn;
    private final CrawlFigures figures = new CrawlFigures();

    public OparlCrawl(OparlFetcher fetcher, CouncilStore store, Clock clock) {
        this(fetcher, store, clock, () -> true);
    }

    public OparlCrawl(OparlFetcher fetcher, CouncilStore store, Clock clock, BooleanSupplier mayGoOn) {
        this.fetcher = fetcher;
        this.store = store;
        this.clock = clock;
        this.mayGoOn = mayGoOn;
    }

    /** Crawls from the System URL; stops early (interrupted) when the server is unavailable. */
    public CrawlResult crawl(String systemUrl) {
        try {
            JsonObject system = fetcher.object(systemUrl);
            String bodies = OparlReader.text(system, "body");
            if (bodies == null) {
                throw new OparlRefused("the System names no body list: " + systemUrl);
            }
            for (JsonObject body : allObjects(bodies)) {
                for (String list : LISTS) {
                    String url = body.get(list) instanceof jakarta.json.JsonString s ? s.getString() : null;
                    if (url != null) {
                        crawlList(url);
                    }
                }
            }
        } catch (OparlUnavailable e) {
            figures.interrupted = true;
            figures.problem = e.getMessage();
            LOG.warning(() -> "OParl crawl interrupted, resumes at the next run: " + e.getMessage());
        } catch (OparlRefused | ClassCastException e) {
            figures.failedLists++;
            figures.problem = e.getMessage();
            LOG.warning(() -> "OParl crawl could not start: " + e.getMessage());
        }
        figures.retries = fetcher.retries();
        return figures.result();
    }

    /** The bodies: a short list, read whole every time. */
    private List<JsonObject> allObjects(String listUrl) {
        List<JsonObject> objects = new java.util.ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (String url = listUrl; url != null && seen.add(url) && seen.size() <= MAX_PAGES; ) {
            JsonObject page = fetcher.object(url);
            figures.pages++;
            for (JsonObject object : OparlReader.data(page)) {
                if (object != null && "Body".equals(safeType(object)) && !object.getBoolean("deleted", false)) {
                    objects.add(object);
                } else {
                    figures.invalid++;
                }
            }
            url = OparlReader.next(page);
        }
        return objects;
    }

    void crawlList(String listUrl) {
        figures.lists++;
        CouncilStore.Cursor cursor = store.cursor(listUrl);
        Instant runStart;
        String url;
        if (cursor.resumeUrl() != null) {
            runStart = cursor.resumeSince();
            url = cursor.resumeUrl();
        } else {
            runStart = clock.instant().truncatedTo(ChronoUnit.SECONDS);
            url = cursor.lastSuccess() == null ? listUrl
                    : withParameter(listUrl, "modified_since", cursor.lastSuccess().minus(MARGIN));
        }
        Set<String> seen = new HashSet<>();
        while (url != null) {
            if (!seen.add(url) || seen.size() > MAX_PAGES) {
                LOG.warning("OParl list " + listUrl + " pages in a circle; stopped at " + url);
                break;
            }
            JsonObject json;
            OparlData.Page page;
            try {
                json = fetcher.object(url);
                page = OparlReader.page(json);
            } catch (OparlRefused e) {
                figures.failedLists++;
                figures.invalid++;
                figures.problem = e.getMessage();
                LOG.warning(() -> "OParl page skipped, the list is read again at the next run: " + e.getMessage());
                return;
            }
            String next = OparlReader.next(json);
            store.apply(listUrl, page, next, runStart);
            figures.pages++;
            figures.objects += page.size();
            figures.deleted += page.deleted().size();
            figures.invalid += page.invalid();
            figures.unknown += page.unknown();
            url = next;
            if (url != null && !mayGoOn.getAsBoolean()) {
                // resumes at the page after this one, on whichever node claims the crawl next
                throw new OparlUnavailable("the crawl stopped after a page: this node stops or lost the crawl", null);
            }
        }
        store.finished(listUrl, runStart);
    }

    private static String safeType(JsonObject object) {
        try {
            return OparlReader.type(object);
        } catch (ClassCastException e) {
            return null;
        }
    }

    static String withParameter(String url, String name, Instant value) {
        String time = DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(value.atOffset(ZoneOffset.UTC));
        return url + (url.contains("?") ? "&" : "?") + name + "=" + URLEncoder.encode(time, StandardCharsets.UTF_8);
    }
}
