package de.mitwirken.it.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import de.mitwirken.it.support.Portal;
import de.mitwirken.it.support.SharedPortal;
import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.eclipse.rdf4j.model.Literal;
import org.eclipse.rdf4j.model.Model;
import org.eclipse.rdf4j.model.Resource;
import org.eclipse.rdf4j.model.Value;
import org.eclipse.rdf4j.model.vocabulary.DCAT;
import org.eclipse.rdf4j.model.vocabulary.DCTERMS;
import org.eclipse.rdf4j.model.vocabulary.RDF;
import org.eclipse.rdf4j.rio.RDFFormat;
import org.eclipse.rdf4j.rio.Rio;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The DCAT-AP.de catalogue on the running server (RDF4J inside the EAR): both formats parse back to the same
 * datasets; the CSV distributions of the catalogue answer as CSV with the demo's data; the "Offene Daten" page
 * lists the datasets and is linked from every page's footer.
 */
@ExtendWith(SharedPortal.class)
class OpenDataIT {

    static final Set<String> DATASETS = Set.of("needs", "clusters", "roadmap", "kpis", "recommendations", "programme",
            "oparl");

    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

    @Test
    void theCatalogueParsesBackInBothFormats() throws Exception {
        HttpResponse<String> jsonLd = get("/opendata/catalog", "*/*");
        assertEquals(200, jsonLd.statusCode(), jsonLd.body());
        assertTrue(type(jsonLd).startsWith("application/ld+json"), type(jsonLd));
        HttpResponse<String> turtle = get("/opendata/catalog", "text/turtle");
        assertEquals(200, turtle.statusCode());
        assertTrue(type(turtle).startsWith("text/turtle"), type(turtle));
        assertTrue(type(get("/opendata/catalog.ttl", "*/*")).startsWith("text/turtle"));
        assertTrue(type(get("/opendata/catalog.jsonld", "text/turtle")).startsWith("application/ld+json"));

        Model fromJson = Rio.parse(new StringReader(jsonLd.body()), Portal.base(), RDFFormat.JSONLD);
        Model fromTurtle = Rio.parse(new StringReader(turtle.body()), Portal.base(), RDFFormat.TURTLE);
        for (Model m : List.of(fromJson, fromTurtle)) {
            assertEquals(DATASETS, datasetIds(m));
            for (Resource d : m.filter(null, RDF.TYPE, DCAT.DATASET).subjects()) {
                assertEquals(Set.of("de", "en"), m.filter(d, DCTERMS.TITLE, null).objects().stream()
                        .map(v -> ((Literal) v).getLanguage().orElse("")).collect(Collectors.toSet()), d.toString());
                assertEquals(1, m.filter(d, DCTERMS.MODIFIED, null).size(), d + " modified");
                assertEquals(1, m.filter(d, DCTERMS.ACCRUAL_PERIODICITY, null).size(), d + " frequency");
                assertFalse(m.filter(d, DCAT.CONTACT_POINT, null).isEmpty(), d + " contact");
            }
            for (Resource dist : m.filter(null, RDF.TYPE, DCAT.DISTRIBUTION).subjects()) {
                assertEquals("http://dcat-ap.de/def/licenses/dl-by-de/2.0",
                        single(m.filter(dist, DCTERMS.LICENSE, null).objects()).stringValue());
            }
        }
        assertEquals(fromJson.filter(null, RDF.TYPE, DCAT.DISTRIBUTION).size(),
                fromTurtle.filter(null, RDF.TYPE, DCAT.DISTRIBUTION).size());
    }

    @Test
    void theCatalogueCsvFilesAnswerAsCsvWithTheDemoData() throws Exception {
        Model m = Rio.parse(new StringReader(get("/opendata/catalog.ttl", "*/*").body()), Portal.base(),
                RDFFormat.TURTLE);
        TreeSet<String> ours = new TreeSet<>();
        for (Value url : m.filter(null, DCAT.DOWNLOAD_URL, null).objects()) {
            String address = url.stringValue();
            assertTrue(address.startsWith(Portal.base() + "/"), "the configured base URL: " + address);
            String path = address.substring(Portal.base().length());
            if (path.startsWith("/opendata/") && path.endsWith(".csv")) {
                ours.add(path);
            }
        }
        assertEquals(new TreeSet<>(List.of("/opendata/clusters.csv", "/opendata/kpis.csv",
                "/opendata/programme.csv", "/opendata/recommendations.csv")), ours);
        for (String path : ours) {
            HttpResponse<String> csv = get(path, "*/*");
            assertEquals(200, csv.statusCode(), path);
            assertTrue(type(csv).startsWith("text/csv"), path + " " + type(csv));
            assertTrue(csv.body().startsWith("\uFEFF\""), path + " starts with the BOM and a quoted header");
            assertTrue(csv.body().split("\r\n").length > 1, path + " has the demo's rows: " + csv.body());
        }
        String recommendations = get("/opendata/recommendations.csv", "*/*").body();
        assertTrue(recommendations.contains("Ausschuss für Digitalisierung"), recommendations);
        assertFalse(recommendations.contains("Offene Daten zu Baustellen"), "a draft is not public");
        // the distributions the catalogue names from other parts of the portal answer too
        for (String path : List.of("/needs/export.csv", "/backlog/export.csv", "/api/kpis", "/api/needs/clusters")) {
            assertEquals(200, get(path, "*/*").statusCode(), path);
        }
    }

    @Test
    void theOpenDataPageListsTheDatasetsAndTheFooterLinksIt() throws Exception {
        HttpResponse<String> page = get("/platform/open-data.xhtml", "text/html");
        assertEquals(200, page.statusCode());
        String html = page.body();
        for (String id : DATASETS) {
            assertTrue(html.contains("id=\"dataset-" + id + "\""), id);
        }
        assertTrue(html.contains("Empfehlungen des Digitalisierungsbeirats") && html.contains("/opendata/kpis.csv")
                && html.contains("/opendata/catalog.ttl") && html.contains("/openapi") && html.contains("/oparl"), html);
        assertTrue(html.contains("Datenlizenz Deutschland"), "the licence is named");
        assertTrue(get("/index.xhtml", "text/html").body().contains("/platform/open-data.xhtml"),
                "the footer's open-data section links the page");
    }

    private static Set<String> datasetIds(Model m) {
        return m.filter(null, RDF.TYPE, DCAT.DATASET).subjects().stream()
                .map(r -> r.stringValue().substring(r.stringValue().indexOf('#') + 1)).collect(Collectors.toSet());
    }

    private static Value single(Set<Value> values) {
        assertEquals(1, values.size(), values.toString());
        return values.iterator().next();
    }

    private static String type(HttpResponse<String> response) {
        return response.headers().firstValue("Content-Type").orElse("");
    }

    private HttpResponse<String> get(String path, String accept) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create(Portal.url(path))).header("Accept", accept)
                .header("Accept-Language", "de").GET().build(), HttpResponse.BodyHandlers.ofString());
    }
}
