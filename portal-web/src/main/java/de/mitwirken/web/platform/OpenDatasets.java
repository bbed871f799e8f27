package de.mitwirken.web.platform;

import de.mitwirken.platform.boundary.PublicDataVersion;
import de.mitwirken.web.frame.Messages;
import de.mitwirken.web.platform.OpenDataCatalog.Entry;
import de.mitwirken.web.platform.OpenDataCatalog.Texts;
import de.mitwirken.web.platform.OpenDataset.Facts;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.ResourceBundle;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.StreamSupport;

/**
 * The open datasets the capabilities contribute, with their texts in German and English and the date of their
 * latest change: what the data tells (facts.modified), or later the newest entry of their tables in the public
 * data change log. That log keeps one day only, so this bean remembers what it saw; a dataset that neither tells
 * nor changed since this bean first answered is dated then (the data is at least that old: a harvester
 * fetches once too often, never too rarely).
 */
@ApplicationScoped
public class OpenDatasets {

    @Inject
    @Any
    Instance<OpenDataset> contributors;

    @Inject
    PublicDataVersion version;

    private final Map<String, Instant> seen = new ConcurrentHashMap<>();
    /** When this bean first answered (the application's first request for the catalogue). */
    private final Instant started = Instant.now();

    public List<Entry> entries() {
        version.lastChanges().forEach((table, at) -> seen.merge(table, at, (a, b) -> a.isAfter(b) ? a : b));
        ResourceBundle de = ResourceBundle.getBundle(Messages.NAME, Locale.GERMAN);
        ResourceBundle en = ResourceBundle.getBundle(Messages.NAME, Locale.ENGLISH);
        return StreamSupport.stream(contributors.spliterator(), false).flatMap(c -> c.datasets().stream())
                .sorted(Comparator.comparingInt(Facts::position))
                .map(f -> new Entry(f, texts(f.textKey(), de, en), modified(f))).toList();
    }

    public Texts catalogueTexts() {
        return texts("opendata.catalog", ResourceBundle.getBundle(Messages.NAME, Locale.GERMAN),
                ResourceBundle.getBundle(Messages.NAME, Locale.ENGLISH));
    }

    private Instant modified(Facts f) {
        Instant last = f.modified();
        for (String table : f.tables()) {
            Instant at = seen.get(table);
            if (at != null && (last == null || at.isAfter(last))) {
                last = at;
            }
        }
        return last == null ? started : last;
    }

    static Texts texts(String key, ResourceBundle de, ResourceBundle en) {
        return new Texts(de.getString(key + ".title"), en.getString(key + ".title"), de.getString(key + ".description"),
                en.getString(key + ".description"), keywords(de, key), keywords(en, key));
    }

    private static List<String> keywords(ResourceBundle bundle, String key) {
        return bundle.containsKey(key + ".keywords")
                ? Arrays.stream(bundle.getString(key + ".keywords").split(",")).map(String::strip)
                        .filter(k -> !k.isEmpty()).toList()
                : List.of();
    }
}
