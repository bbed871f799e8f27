package de.mitwirken.web.platform;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * What a capability contributes to the open-data catalogue: a CDI bean in the capability's web package lists its
 * open datasets, so that the platform (catalogue, "Offene Daten" page) knows none of the capabilities. Titles,
 * descriptions and keywords are message keys {@code <textKey>.title}, {@code .description} and {@code .keywords}
 * (comma-separated) in the contributing capability's bundles, e.g. textKey {@code needs.opendata.needs}.
 */
public interface OpenDataset {

    /** The datasets of this capability; only public data. */
    List<Facts> datasets();

    /**
     * One dataset. {@code modified} is the latest change the data itself tells (null when it cannot tell cheaply);
     * then the catalogue takes the last change of {@code tables} in the public data change log.
     */
    record Facts(String id, String textKey, int position, Frequency frequency, List<String> themes, String landingPage,
                 Instant modified, List<String> tables, List<Distribution> distributions) {
        public Facts {
            Objects.requireNonNull(id);
            Objects.requireNonNull(textKey);
            themes = List.copyOf(themes);
            tables = List.copyOf(tables);
            distributions = List.copyOf(distributions);
        }
    }

    /**
     * One way to get the dataset: a path of the portal (or an absolute URL); {@code conformsTo} names the standard
     * the data follows (e.g. OParl), else null. An API is accessed, not downloaded.
     */
    record Distribution(String path, Format format, String conformsTo, boolean download) {
        public static Distribution file(String path, Format format) {
            return new Distribution(path, format, null, true);
        }
    }

    /** File formats with their EU file-type code and IANA media type. */
    enum Format {
        CSV("CSV", "text/csv"),
        JSON("JSON", "application/json"),
        ATOM("ATOM", "application/atom+xml");

        public final String euCode;
        public final String mediaType;

        Format(String euCode, String mediaType) {
            this.euCode = euCode;
            this.mediaType = mediaType;
        }
    }

    /** Update frequencies, codes of the EU frequency vocabulary. */
    enum Frequency {
        CONT, DAILY, WEEKLY, MONTHLY, QUARTERLY, IRREG
    }
}
