package de.mitwirken.web.platform;

import de.mitwirken.web.platform.OpenDataset.Distribution;
import de.mitwirken.web.platform.OpenDataset.Facts;
import java.io.OutputStream;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import org.eclipse.rdf4j.model.IRI;
import org.eclipse.rdf4j.model.Model;
import org.eclipse.rdf4j.model.Resource;
import org.eclipse.rdf4j.model.ValueFactory;
import org.eclipse.rdf4j.model.impl.LinkedHashModel;
import org.eclipse.rdf4j.model.impl.SimpleValueFactory;
import org.eclipse.rdf4j.model.vocabulary.DCAT;
import org.eclipse.rdf4j.model.vocabulary.DCTERMS;
import org.eclipse.rdf4j.model.vocabulary.FOAF;
import org.eclipse.rdf4j.model.vocabulary.RDF;
import org.eclipse.rdf4j.model.vocabulary.VCARD4;
import org.eclipse.rdf4j.model.vocabulary.XSD;
import org.eclipse.rdf4j.rio.RDFFormat;
import org.eclipse.rdf4j.rio.Rio;
import org.eclipse.rdf4j.rio.WriterConfig;
import org.eclipse.rdf4j.rio.helpers.BasicWriterSettings;
import org.eclipse.rdf4j.rio.helpers.JSONLDMode;
import org.eclipse.rdf4j.rio.helpers.JSONLDSettings;

/**
 * The open datasets as a DCAT-AP.de catalogue (the German profile of DCAT-AP 2 that GovData harvests), built as
 * an RDF model and written as Turtle or JSON-LD. Pure: the facts come in, nothing is looked up.
 */
public final class OpenDataCatalog {

    public static final String DCATDE = "http://dcat-ap.de/def/dcatde/";
    static final String EU = "http://publications.europa.eu/resource/authority/";
    static final String IANA = "https://www.iana.org/assignments/media-types/";
    static final String GEOCODING = "http://dcat-ap.de/def/politicalGeocoding/";

    /** Who publishes; {@code ags} (Amtlicher Gemeindeschlüssel, 8 digits) may be empty. */
    public record Settings(String baseUrl, String publisher, String contactEmail, String license, String ags) {
    }

    /** Texts in German and English; keywords may be empty. */
    public record Texts(String titleDe, String titleEn, String descriptionDe, String descriptionEn,
                        List<String> keywordsDe, List<String> keywordsEn) {
    }

    /** A dataset with its texts and the date of its latest change. */
    public record Entry(Facts facts, Texts texts, Instant modified) {
        public Entry {
            Objects.requireNonNull(modified);
        }
    }

    private static final ValueFactory VF = SimpleValueFactory.getInstance();

    private OpenDataCatalog() {
    }

    public static Model build(Settings settings, Texts catalogue, List<Entry> entries) {
        Model m = new LinkedHashModel();
        m.setNamespace("dcat", DCAT.NAMESPACE);
        m.setNamespace("dct", DCTERMS.NAMESPACE);
        m.setNamespace("dcatde", DCATDE);
        m.setNamespace("foaf", FOAF.NAMESPACE);
        m.setNamespace("vcard", VCARD4.NAMESPACE);
        m.setNamespace("xsd", XSD.NAMESPACE);
        String base = settings.baseUrl().replaceAll("/+$", "");
        IRI catalog = VF.createIRI(base + "/opendata/catalog");
        IRI publisher = VF.createIRI(base + "/opendata/catalog#publisher");
        IRI contact = VF.createIRI(base + "/opendata/catalog#contact");
        IRI license = VF.createIRI(settings.license());
        IRI german = VF.createIRI(EU + "language/DEU");

        m.add(publisher, RDF.TYPE, FOAF.ORGANIZATION);
        m.add(publisher, RDF.TYPE, FOAF.AGENT);
        m.add(publisher, FOAF.NAME, VF.createLiteral(settings.publisher()));
        m.add(contact, RDF.TYPE, VCARD4.ORGANIZATION);
        m.add(contact, VCARD4.FN, VF.createLiteral(settings.publisher()));
        m.add(contact, VCARD4.HAS_EMAIL, VF.createIRI("mailto:" + settings.contactEmail()));

        m.add(catalog, RDF.TYPE, DCAT.CATALOG);
        texts(m, catalog, catalogue);
        m.add(catalog, DCTERMS.PUBLISHER, publisher);
        m.add(catalog, DCTERMS.LANGUAGE, german);
        m.add(catalog, FOAF.HOMEPAGE, VF.createIRI(base + "/"));
        m.add(catalog, DCTERMS.LICENSE, license);
        entries.stream().map(Entry::modified).max(Instant::compareTo)
                .ifPresent(last -> m.add(catalog, DCTERMS.MODIFIED, dateTime(last)));

        for (Entry e : entries) {
            IRI dataset = VF.createIRI(base + "/opendata/catalog#" + e.facts().id());
            m.add(catalog, DCAT.HAS_DATASET, dataset);
            m.add(dataset, RDF.TYPE, DCAT.DATASET);
            m.add(dataset, DCTERMS.IDENTIFIER, VF.createLiteral(dataset.stringValue()));
            texts(m, dataset, e.texts());
            e.texts().keywordsDe().forEach(k -> m.add(dataset, DCAT.KEYWORD, VF.createLiteral(k, "de")));
            e.texts().keywordsEn().forEach(k -> m.add(dataset, DCAT.KEYWORD, VF.createLiteral(k, "en")));
            m.add(dataset, DCTERMS.PUBLISHER, publisher);
            m.add(dataset, DCAT.CONTACT_POINT, contact);
            m.add(dataset, DCTERMS.ACCRUAL_PERIODICITY, VF.createIRI(EU + "frequency/" + e.facts().frequency().name()));
            m.add(dataset, DCTERMS.MODIFIED, dateTime(e.modified()));
            m.add(dataset, DCTERMS.LANGUAGE, german);
            e.facts().themes().forEach(t -> m.add(dataset, DCAT.THEME, VF.createIRI(EU + "data-theme/" + t)));
            m.add(dataset, DCAT.LANDING_PAGE, VF.createIRI(absolute(base, e.facts().landingPage())));
            if (settings.ags() != null && settings.ags().matches("\\d{8}")) {
                m.add(dataset, VF.createIRI(DCATDE, "politicalGeocodingLevelURI"),
                        VF.createIRI(GEOCODING + "Level/municipality"));
                m.add(dataset, VF.createIRI(DCATDE, "politicalGeocodingURI"),
                        VF.createIRI(GEOCODING + "municipalityKey/" + settings.ags()));
            }
            for (Distribution d : e.facts().distributions()) {
                distribution(m, dataset, d, e, base, license, settings.publisher());
            }
        }
        return m;
    }

    private static void distribution(Model m, IRI dataset, Distribution d, Entry e, String base, IRI license,
                                     String attribution) {
        IRI dist = VF.createIRI(dataset.stringValue() + "-" + d.format().name().toLowerCase(java.util.Locale.ROOT)
                + (d.conformsTo() == null ? "" : "-api"));
        IRI url = VF.createIRI(absolute(base, d.path()));
        m.add(dataset, DCAT.HAS_DISTRIBUTION, dist);
        m.add(dist, RDF.TYPE, DCAT.DISTRIBUTION);
        m.add(dist, DCTERMS.TITLE, VF.createLiteral(e.texts().titleDe() + " (" + d.format().euCode + ")", "de"));
        m.add(dist, DCTERMS.TITLE, VF.createLiteral(e.texts().titleEn() + " (" + d.format().euCode + ")", "en"));
        m.add(dist, DCAT.ACCESS_URL, url);
        if (d.download()) {
            m.add(dist, DCAT.DOWNLOAD_URL, url);
        }
        m.add(dist, DCTERMS.FORMAT, VF.createIRI(EU + "file-type/" + d.format().euCode));
        m.add(dist, DCAT.MEDIA_TYPE, VF.createIRI(IANA + d.format().mediaType));
        m.add(dist, DCTERMS.LICENSE, license);
        m.add(dist, VF.createIRI(DCATDE, "licenseAttributionByText"), VF.createLiteral(attribution));
        m.add(dist, DCTERMS.MODIFIED, dateTime(e.modified()));
        if (d.conformsTo() != null) {
            m.add(dist, DCTERMS.CONFORMS_TO, VF.createIRI(d.conformsTo()));
        }
    }

    private static void texts(Model m, Resource subject, Texts t) {
        m.add(subject, DCTERMS.TITLE, VF.createLiteral(t.titleDe(), "de"));
        m.add(subject, DCTERMS.TITLE, VF.createLiteral(t.titleEn(), "en"));
        m.add(subject, DCTERMS.DESCRIPTION, VF.createLiteral(t.descriptionDe(), "de"));
        m.add(subject, DCTERMS.DESCRIPTION, VF.createLiteral(t.descriptionEn(), "en"));
    }

    static String absolute(String base, String path) {
        return path.startsWith("http://") || path.startsWith("https://") ? path : base + path;
    }

    private static org.eclipse.rdf4j.model.Literal dateTime(Instant at) {
        return VF.createLiteral(at.truncatedTo(java.time.temporal.ChronoUnit.SECONDS).toString(), XSD.DATETIME);
    }

    /** Turtle or JSON-LD (compact, with the namespaces as its context), UTF-8. */
    public static void write(Model model, RDFFormat format, OutputStream out) {
        WriterConfig config = new WriterConfig();
        config.set(BasicWriterSettings.PRETTY_PRINT, true);
        if (format == RDFFormat.JSONLD) {
            config.set(JSONLDSettings.JSONLD_MODE, JSONLDMode.COMPACT);
        }
        Rio.write(model, out, format, config);
    }
}
