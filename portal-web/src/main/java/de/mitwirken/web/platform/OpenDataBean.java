package de.mitwirken.web.platform;

import de.mitwirken.platform.entity.Language;
import de.mitwirken.web.frame.LocaleBean;
import de.mitwirken.web.platform.OpenDataCatalog.Entry;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.Instant;
import java.util.List;

/** The "Offene Daten" page: the catalogue's datasets for people, in the page's language, with their downloads. */
@Named("openData")
@RequestScoped
public class OpenDataBean {

    /** The licence the catalogue names by default, and the page where people read it. */
    static final String DL_BY_DE_2_NAME = "Datenlizenz Deutschland – Namensnennung – Version 2.0";
    static final String DL_BY_DE_2_PAGE = "https://www.govdata.de/dl-de/by-2-0";

    @Inject
    OpenDatasets datasets;

    @Inject
    OpenDataSettings settings;

    @Inject
    LocaleBean locale;

    /** A dataset as the page shows it. */
    public record Row(String id, String title, String description, String frequency, Instant modified,
                      List<Link> links) {
    }

    /** A download or API address; format is the key suffix of its label (opendata.format.*). */
    public record Link(String href, String format, boolean api) {
    }

    private List<Row> rows;

    public List<Row> getDatasets() {
        if (rows == null) {
            boolean german = locale.getLanguage() == Language.DE;
            rows = datasets.entries().stream().map(e -> row(e, german)).toList();
        }
        return rows;
    }

    private static Row row(Entry e, boolean german) {
        return new Row(e.facts().id(), german ? e.texts().titleDe() : e.texts().titleEn(),
                german ? e.texts().descriptionDe() : e.texts().descriptionEn(), e.facts().frequency().name(),
                e.modified(), e.facts().distributions().stream()
                        .map(d -> new Link(d.path(), d.format().name(), d.conformsTo() != null)).toList());
    }

    public String getLicenseName() {
        String license = settings.settings().license();
        return OpenDataSettings.DL_BY_DE_2.equals(license) ? DL_BY_DE_2_NAME : license;
    }

    public String getLicensePage() {
        String license = settings.settings().license();
        return OpenDataSettings.DL_BY_DE_2.equals(license) ? DL_BY_DE_2_PAGE : license;
    }

    public String getPublisher() {
        return settings.settings().publisher();
    }

    public String getContactEmail() {
        return settings.settings().contactEmail();
    }
}
