package de.mitwirken.web.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import de.mitwirken.web.frame.Messages;
import de.mitwirken.web.platform.OpenDataCatalog.Entry;
import de.mitwirken.web.platform.OpenDataset.Distribution;
import de.mitwirken.web.platform.OpenDataset.Facts;
import de.mitwirken.web.platform.OpenDataset.Format;
import de.mitwirken.web.platform.OpenDataset.Frequency;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.Set;
import java.util.stream.Collectors;
import org.eclipse.rdf4j.model.IRI;
import org.eclipse.rdf4j.model.Literal;
import org.eclipse.rdf4j.model.Model;
import org.eclipse.rdf4j.model.Resource;
import org.eclipse.rdf4j.model.Value;
import org.eclipse.rdf4j.model.impl.SimpleValueFactory;
import org.eclipse.rdf4j.model.util.Models;
import org.eclipse.rdf4j.model.vocabulary.DCAT;
import org.eclipse.rdf4j.model.vocabulary.DCTERMS;
import org.eclipse.rdf4j.model.vocabulary.FOAF;
import org.eclipse.rdf4j.model.vocabulary.RDF;
import org.eclipse.rdf4j.model.vocabulary.VCARD4;
import org.eclipse.rdf4j.model.vocabulary.XSD;
import org.eclipse.rdf4j.rio.RDFFormat;
import org.eclipse.rdf4j.rio.Rio;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The catalogue, written as JSON-LD and Turtle and parsed back with RDF4J, holds what DCAT-AP.de asks of a
 * catalogue, its datasets and their distributions; the texts of every dataset the capabilities contribute exist.
 */
class OpenDataCatalogTest {

    static final String BASE = "https://mitwirken.musterstadt.example";
    static final OpenDataCatalog.Settings SETTINGS = new OpenDataCatalog.Settings(BASE + "/", "Stadt Musterstadt",
            "opendata@musterstadt.example", OpenDataSettings.DL_BY_DE_2, "05515000");

    /** The text keys of the datasets the capabilities contribute (NeedsOpenData, BacklogOpenData, …). */
    static final List<String> KEYS = List.of("needs.opendata.needs", "needs.opendata.clusters",
            "backlog.opendata.roadmap", "backlog.opendata.kpis", "board.opendata.recommendations",
            "board.opendata.oparl", "conference.opendata.programme");

    static final Instant MODIFIED = Instant.parse("2026-11-30T09:15:00Z");

    static List<Entry> entries() {
        ResourceBundle de = ResourceBundle.getBundle(Messages.NAME, Locale.GERMAN);
        ResourceBundle en = ResourceBundle.getBundle(Messages.NAME, Locale.ENGLISH);
        List<Entry> entries = new ArrayList<>();
        entries.add(entry("needs", KEYS.get(0), Frequency.CONT, de, en, Distribution.file("/needs/export.csv", Format.CSV),
                Distribution.file("/api/needs", Format.JSON), Distribution.file("/feeds/needs.atom", Format.ATOM)));
        entries.add(entry("clusters", KEYS.get(1), Frequency.IRREG, de, en,
                Distribution.file("/opendata/clusters.csv", Format.CSV), Distribution.file("/api/needs/clusters", Format.JSON)));
        entries.add(entry("roadmap", KEYS.get(2), Frequency.IRREG, de, en,
                Distribution.file("/backlog/export.csv", Format.CSV), Distribution.file("/feeds/roadmap.atom", Format.ATOM)));
        entries.add(entry("kpis", KEYS.get(3), Frequency.IRREG, de, en,
                Distribution.file("/opendata/kpis.csv", Format.CSV), Distribution.file("/api/kpis", Format.JSON)));
        entries.add(entry("recommendations", KEYS.get(4), Frequency.IRREG, de, en,
                Distribution.file("/opendata/recommendations.csv", Format.CSV)));
        entries.add(entry("oparl", KEYS.get(5), Frequency.CONT, de, en,
                new Distribution("/oparl", Format.JSON, "https://schema.oparl.org/1.1/", false)));
        entries.add(entry("programme", KEYS.get(6), Frequency.IRREG, de, en,
                Distribution.file("/opendata/programme.csv", Format.CSV)));
        return entries;
    }

    static Entry entry(String id, String key, Frequency frequency, ResourceBundle de, ResourceBundle en,
                       Distribution... distributions) {
        Facts facts = new Facts(id, key, 0, frequency, List.of("GOVE"), "/" + id, null, List.of(), List.of(distributions));
        return new Entry(facts, OpenDatasets.texts(key, de, en), MODIFIED);
    }

    static Model roundTrip(RDFFormat format) throws Exception {
        Model built = OpenDataCatalog.build(SETTINGS, OpenDatasets.texts("opendata.catalog",
                ResourceBundle.getBundle(Messages.NAME, Locale.GERMAN),
                ResourceBundle.getBundle(Messages.NAME, Locale.ENGLISH)), entries());
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        OpenDataCatalog.write(built, format, out);
        Model parsed = Rio.parse(new ByteArrayInputStream(out.toByteArray()), BASE, format);
        assertTrue(Models.isomorphic(built, parsed), "what was written is what is read back");
        return parsed;
    }

    @ParameterizedTest
    @EnumSource(value = Written.class)
    void theCatalogueHasItsMandatoryProperties(Written written) throws Exception {
        Model m = roundTrip(written.format);
        Resource catalog = single(m.filter(null, RDF.TYPE, DCAT.CATALOG).subjects());
        assertEquals(BASE + "/opendata/catalog", catalog.stringValue());
        assertEquals(Set.of("de", "en"), languages(m, catalog, DCTERMS.TITLE));
        assertEquals(Set.of("de", "en"), languages(m, catalog, DCTERMS.DESCRIPTION));
        Resource publisher = (Resource) object(m, catalog, DCTERMS.PUBLISHER);
        assertEquals("Stadt Musterstadt", object(m, publisher, FOAF.NAME).stringValue());
        assertTrue(m.contains(publisher, RDF.TYPE, FOAF.AGENT));
        assertEquals("http://publications.europa.eu/resource/authority/language/DEU",
                object(m, catalog, DCTERMS.LANGUAGE).stringValue());
        assertEquals(MODIFIED, Instant.parse(object(m, catalog, DCTERMS.MODIFIED).stringValue()));
        assertEquals(7, m.filter(catalog, DCAT.HAS_DATASET, null).size());
    }

    @ParameterizedTest
    @EnumSource(value = Written.class)
    void everyDatasetHasItsMandatoryAndRecommendedProperties(Written written) throws Exception {
        Model m = roundTrip(written.format);
        Set<Resource> datasets = m.filter(null, RDF.TYPE, DCAT.DATASET).subjects();
        assertEquals(7, datasets.size());
        for (Resource d : datasets) {
            assertEquals(Set.of("de", "en"), languages(m, d, DCTERMS.TITLE), d + " title");
            assertEquals(Set.of("de", "en"), languages(m, d, DCTERMS.DESCRIPTION), d + " description");
            Resource publisher = (Resource) object(m, d, DCTERMS.PUBLISHER);
            assertEquals("Stadt Musterstadt", object(m, publisher, FOAF.NAME).stringValue());
            Resource contact = (Resource) object(m, d, DCAT.CONTACT_POINT);
            assertTrue(m.contains(contact, RDF.TYPE, VCARD4.ORGANIZATION));
            assertEquals("Stadt Musterstadt", object(m, contact, VCARD4.FN).stringValue());
            assertEquals("mailto:opendata@musterstadt.example", object(m, contact, VCARD4.HAS_EMAIL).stringValue());
            assertTrue(object(m, d, DCTERMS.ACCRUAL_PERIODICITY).stringValue()
                    .matches("http://publications\\.europa\\.eu/resource/authority/frequency/(CONT|IRREG)"));
            Literal modified = (Literal) object(m, d, DCTERMS.MODIFIED);
            assertEquals(XSD.DATETIME, modified.getDatatype());
            assertEquals(MODIFIED, Instant.parse(modified.stringValue()));
            assertEquals("http://publications.europa.eu/resource/authority/data-theme/GOVE",
                    object(m, d, DCAT.THEME).stringValue());
            assertFalse(m.filter(d, DCAT.KEYWORD, null).isEmpty(), d + " keywords");
            assertEquals("http://dcat-ap.de/def/politicalGeocoding/municipalityKey/05515000",
                    object(m, d, iri(OpenDataCatalog.DCATDE + "politicalGeocodingURI")).stringValue());
            assertEquals("http://dcat-ap.de/def/politicalGeocoding/Level/municipality",
                    object(m, d, iri(OpenDataCatalog.DCATDE + "politicalGeocodingLevelURI")).stringValue());
            assertFalse(m.filter(d, DCAT.HAS_DISTRIBUTION, null).isEmpty(), d + " distributions");
        }
    }

    @ParameterizedTest
    @EnumSource(value = Written.class)
    void everyDistributionHasAddressFormatAndLicence(Written written) throws Exception {
        Model m = roundTrip(written.format);
        Set<Resource> distributions = m.filter(null, RDF.TYPE, DCAT.DISTRIBUTION).subjects();
        assertEquals(12, distributions.size());
        for (Resource d : distributions) {
            assertEquals(Set.of("de", "en"), languages(m, d, DCTERMS.TITLE), d + " title");
            String access = object(m, d, DCAT.ACCESS_URL).stringValue();
            assertTrue(access.startsWith(BASE + "/"), access);
            assertFalse(access.startsWith(BASE + "//"), access);
            assertTrue(object(m, d, DCTERMS.FORMAT).stringValue()
                    .matches("http://publications\\.europa\\.eu/resource/authority/file-type/(CSV|JSON|ATOM)"));
            assertTrue(object(m, d, DCAT.MEDIA_TYPE).stringValue().startsWith("https://www.iana.org/assignments/media-types/"));
            assertEquals("http://dcat-ap.de/def/licenses/dl-by-de/2.0", object(m, d, DCTERMS.LICENSE).stringValue());
            assertEquals("Stadt Musterstadt",
                    object(m, d, iri(OpenDataCatalog.DCATDE + "licenseAttributionByText")).stringValue());
        }
        IRI csv = iri(BASE + "/opendata/catalog#kpis-csv");
        assertEquals(BASE + "/opendata/kpis.csv", object(m, csv, DCAT.DOWNLOAD_URL).stringValue());
        assertEquals("https://www.iana.org/assignments/media-types/text/csv", object(m, csv, DCAT.MEDIA_TYPE).stringValue());
        IRI oparl = iri(BASE + "/opendata/catalog#oparl-json-api");
        assertEquals("https://schema.oparl.org/1.1/", object(m, oparl, DCTERMS.CONFORMS_TO).stringValue());
        assertTrue(m.filter(oparl, DCAT.DOWNLOAD_URL, null).isEmpty(), "an API is accessed, not downloaded");
    }

    @Test
    void withoutAnAgsThereIsNoGeocoding() {
        OpenDataCatalog.Settings noAgs = new OpenDataCatalog.Settings(BASE, "Stadt", "a@b.example",
                OpenDataSettings.DL_BY_DE_2, "");
        Model m = OpenDataCatalog.build(noAgs, entries().get(0).texts(), entries());
        assertTrue(m.filter(null, iri(OpenDataCatalog.DCATDE + "politicalGeocodingURI"), null).isEmpty());
        assertEquals(7, m.filter(null, RDF.TYPE, DCAT.DATASET).size());
    }

    @Test
    void everyContributedDatasetHasItsTextsInGermanAndEnglish() {
        ResourceBundle de = ResourceBundle.getBundle(Messages.NAME, Locale.GERMAN);
        ResourceBundle en = ResourceBundle.getBundle(Messages.NAME, Locale.ENGLISH);
        for (String key : KEYS) {
            OpenDataCatalog.Texts t = OpenDatasets.texts(key, de, en);
            assertFalse(t.titleDe().equals(t.titleEn()), key);
            assertFalse(t.keywordsDe().isEmpty() || t.keywordsEn().isEmpty(), key + " keywords");
        }
    }

    @Test
    void theAddressOrTheAcceptHeaderChoosesTheFormat() {
        assertEquals(RDFFormat.JSONLD, OpenDataCatalogServlet.format("/opendata/catalog", null));
        assertEquals(RDFFormat.JSONLD, OpenDataCatalogServlet.format("/opendata/catalog", "*/*"));
        assertEquals(RDFFormat.TURTLE, OpenDataCatalogServlet.format("/opendata/catalog", "text/turtle"));
        assertEquals(RDFFormat.JSONLD, OpenDataCatalogServlet.format("/opendata/catalog",
                "application/ld+json, text/turtle;q=0.5"));
        assertEquals(RDFFormat.TURTLE, OpenDataCatalogServlet.format("/opendata/catalog.ttl", "application/ld+json"));
        assertEquals(RDFFormat.JSONLD, OpenDataCatalogServlet.format("/opendata/catalog.jsonld", "text/turtle"));
    }

    enum Written {
        JSONLD(RDFFormat.JSONLD), TURTLE(RDFFormat.TURTLE);

        final RDFFormat format;

        Written(RDFFormat format) {
            this.format = format;
        }
    }

    private static IRI iri(String value) {
        return SimpleValueFactory.getInstance().createIRI(value);
    }

    private static Value object(Model m, Resource subject, IRI predicate) {
        Set<Value> values = m.filter(subject, predicate, null).objects();
        assertEquals(1, values.size(), subject + " " + predicate + ": " + values);
        return values.iterator().next();
    }

    private static Set<String> languages(Model m, Resource subject, IRI predicate) {
        return m.filter(subject, predicate, null).objects().stream()
                .map(v -> ((Literal) v).getLanguage().orElse("none")).collect(Collectors.toSet());
    }

    private static <T> T single(Set<T> values) {
        assertEquals(1, values.size(), values.toString());
        return values.iterator().next();
    }
}
