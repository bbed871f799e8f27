package de.mitwirken.web.frame;

import com.rometools.rome.feed.atom.Content;
import com.rometools.rome.feed.atom.Entry;
import com.rometools.rome.feed.atom.Feed;
import com.rometools.rome.feed.atom.Link;
import com.rometools.rome.feed.atom.Person;
import com.rometools.rome.feed.synd.SyndPerson;
import com.rometools.rome.io.FeedException;
import com.rometools.rome.io.WireFeedOutput;
import de.mitwirken.platform.entity.Language;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.text.MessageFormat;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Comparator;
import java.util.Date;
import java.util.Enumeration;
import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import org.jdom2.Document;
import org.jdom2.Namespace;
import org.jdom2.output.Format;
import org.jdom2.output.XMLOutputter;

/**
 * An Atom feed (RFC 4287) of public things, written with Rome and answered with conditional GETs: the feeds of the
 * capabilities (web.needs, web.backlog, web.reporting, web.board) fill one with their entries. The portal is the
 * feed's author; entry ids are tag URIs (RFC 4151) on the portal's host, stable as long as the host is; at most
 * {@link #MAX_ENTRIES}, newest first. The language is the visitor's cookie, else the reader's Accept-Language,
 * else German; it is the feed's xml:lang.
 */
public final class AtomFeed {

    public static final String MEDIA_TYPE = "application/atom+xml";
    public static final int MAX_ENTRIES = 50;
    /** An empty feed's date: constant, so that its ETag and Last-Modified stay the same until something comes. */
    static final Instant NOTHING_YET = Instant.parse("2024-01-01T00:00:00Z");
    /** The date part of the tag URIs: the year the portal's ids began, never to change (RFC 4151, 2.1). */
    private static final String TAG_DATE = "2024";
    /** What XML 1.0 allows in text; the rest (most control characters) is dropped. */
    private static final java.util.regex.Pattern NOT_XML =
            java.util.regex.Pattern.compile("[^\\x09\\x0A\\x0D\\x20-\\x{D7FF}\\x{E000}-\\x{FFFD}\\x{10000}-\\x{10FFFF}]");

    /** One entry: id as given to {@link #tag}, texts as the reader sees them, link absolute. */
    public record Item(String id, String title, String summary, String link, Instant updated, Instant published) {
    }

    private final String baseUrl;
    private final Language language;
    private final ResourceBundle texts;
    private final List<Item> items = new ArrayList<>();

    public AtomFeed(String baseUrl, Language language) {
        this.baseUrl = baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
        this.language = language;
        this.texts = ResourceBundle.getBundle(Messages.NAME, language.locale());
    }

    public Language language() {
        return language;
    }

    /** An absolute address on the portal, for a path that starts with "/". */
    public String url(String path) {
        return baseUrl + path;
    }

    /** A stable entry or feed id: tag:host,2024:name (name of [A-Za-z0-9.-/]). */
    public String tag(String name) {
        String host = URI.create(baseUrl).getHost();
        return "tag:" + (host == null ? "localhost" : host) + "," + TAG_DATE + ":" + name;
    }

    /** A text of the message bundles in the feed's language, with {0}-style arguments. */
    public String label(String key, Object... arguments) {
        String pattern;
        try {
            pattern = texts.getString(key);
        } catch (MissingResourceException missing) {
            return key;
        }
        return arguments.length == 0 ? pattern : new MessageFormat(pattern, language.locale()).format(arguments);
    }

    /** A moment as the pages show it (in the city's time zone). */
    public String dateTime(Instant instant) {
        return instant == null ? "" : Formatter.dateTime(instant, language.locale());
    }

    public String date(java.time.LocalDate day) {
        return day == null ? "" : Formatter.date(day, language.locale());
    }

    public AtomFeed add(Item item) {
        items.add(item);
        return this;
    }

    /** The newest entries first, at most {@link #MAX_ENTRIES}. */
    List<Item> entries() {
        return items.stream().sorted(Comparator.comparing(Item::updated).reversed().thenComparing(Item::id))
                .limit(MAX_ENTRIES).toList();
    }

    /** When the feed last changed: its newest entry's date, to the second (HTTP dates have no more). */
    public Instant updated() {
        return items.stream().map(Item::updated).max(Comparator.naturalOrder()).orElse(NOTHING_YET)
                .truncatedTo(ChronoUnit.SECONDS);
    }

    /**
     * The feed document: id and title of the feed, its own address (self) and the page it stands for (alternate,
     * text/html).
     */
    public byte[] write(String name, String title, String selfPath, String pagePath) {
        Feed feed = new Feed("atom_1.0");
        feed.setEncoding("UTF-8");
        feed.setLanguage(language.tag());
        feed.setId(tag("feed/" + name));
        feed.setTitleEx(text(title));
        feed.setUpdated(Date.from(updated()));
        Person portal = new Person();
        portal.setName(label("portal.name"));
        portal.setUri(url("/"));
        feed.setAuthors(List.<SyndPerson>of(portal));
        feed.setAlternateLinks(List.of(link("alternate", "text/html", url(pagePath))));
        feed.setOtherLinks(List.of(link("self", MEDIA_TYPE, url(selfPath))));
        feed.setEntries(entries().stream().map(AtomFeed::entry).toList());
        try {
            // Rome keeps an Atom feed's language but does not write it: xml:lang goes on the root element here
            Document document = new WireFeedOutput().outputJDom(feed);
            document.getRootElement().setAttribute("lang", language.tag(), Namespace.XML_NAMESPACE);
            return new XMLOutputter(Format.getPrettyFormat().setEncoding("UTF-8")).outputString(document)
                    .getBytes(StandardCharsets.UTF_8);
        } catch (FeedException e) {
            throw new IllegalStateException("feed " + name + " could not be written", e);
        }
    }

    private static Entry entry(Item item) {
        Entry entry = new Entry();
        entry.setId(item.id());
        entry.setTitleEx(text(item.title()));
        entry.setUpdated(Date.from(item.updated()));
        if (item.published() != null) {
            entry.setPublished(Date.from(item.published()));
        }
        entry.setAlternateLinks(List.of(link("alternate", "text/html", item.link())));
        if (item.summary() != null && !item.summary().isBlank()) {
            entry.setSummary(text(item.summary()));
        }
        return entry;
    }

    private static Content text(String value) {
        Content content = new Content();
        content.setType(Content.TEXT);
        content.setValue(xmlSafe(value));
        return content;
    }

    /** XML 1.0 has no place for most control characters: a text typed with one still makes a feed, without it. */
    static String xmlSafe(String value) {
        return value == null ? "" : NOT_XML.matcher(value).replaceAll("");
    }

    private static Link link(String rel, String type, String href) {
        Link link = new Link();
        link.setRel(rel);
        link.setType(type);
        link.setHref(href);
        return link;
    }

    /**
     * Answers the request with the feed: ETag (a hash of the document, so one per language) and Last-Modified, 304
     * when the reader's copy is still the one; readers always ask again (no-cache), which costs them a 304.
     */
    public static void send(byte[] document, Instant updated, HttpServletRequest request, HttpServletResponse response)
            throws IOException {
        String etag = etag(document);
        response.setHeader("ETag", etag);
        response.setDateHeader("Last-Modified", updated.toEpochMilli());
        response.setHeader("Cache-Control", "no-cache");
        response.setHeader("Vary", "Accept-Language, Cookie");
        if (notModified(request, etag, updated)) {
            response.setStatus(HttpServletResponse.SC_NOT_MODIFIED);
            return;
        }
        response.setContentType(MEDIA_TYPE + ";charset=UTF-8");
        response.setContentLength(document.length);
        if (!"HEAD".equals(request.getMethod())) {
            response.getOutputStream().write(document);
        }
    }

    /** If-None-Match decides when it is sent; otherwise If-Modified-Since, to the second (as {@link Conditional}). */
    static boolean notModified(HttpServletRequest request, String etag, Instant updated) {
        String match = request.getHeader("If-None-Match");
        if (match != null) {
            return Conditional.matches(match, etag);
        }
        long since;
        try {
            since = request.getDateHeader("If-Modified-Since");
        } catch (IllegalArgumentException unreadable) {
            return false;
        }
        return since >= 0 && updated.toEpochMilli() <= since;
    }

    static String etag(byte[] document) {
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(document);
            return "\"" + Base64.getUrlEncoder().withoutPadding().encodeToString(hash).substring(0, 27) + "\"";
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The visitor's language cookie, else the first of our languages the reader accepts, else German. */
    public static Language languageOf(HttpServletRequest request) {
        return LanguageCookie.read(request).orElseGet(() -> {
            if (request.getHeader("Accept-Language") == null) {
                return Language.DEFAULT;
            }
            Enumeration<Locale> accepted = request.getLocales();
            while (accepted.hasMoreElements()) {
                var ours = Language.fromTag(accepted.nextElement().toLanguageTag());
                if (ours.isPresent()) {
                    return ours.get();
                }
            }
            return Language.DEFAULT;
        });
    }
}
