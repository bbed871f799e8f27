package de.mitwirken.web.platform;

import de.mitwirken.web.frame.PortalServlet;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import org.eclipse.rdf4j.model.Model;
import org.eclipse.rdf4j.rio.RDFFormat;

/**
 * The DCAT-AP.de catalogue of the open datasets: JSON-LD by default, Turtle when asked for (Accept: text/turtle)
 * or by its own address; harvesters such as GovData read it. Public, the same for everyone.
 */
@WebServlet(value = {"/opendata/catalog", "/opendata/catalog.jsonld", "/opendata/catalog.ttl"}, loadOnStartup = 1)
public class OpenDataCatalogServlet extends PortalServlet {

    @Inject
    OpenDatasets datasets;

    @Inject
    OpenDataSettings settings;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        RDFFormat format = format(request.getServletPath(), request.getHeader("Accept"));
        Model model = OpenDataCatalog.build(settings.settings(), datasets.catalogueTexts(), datasets.entries());
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        OpenDataCatalog.write(model, format, body);
        response.setContentType(format.getDefaultMIMEType() + "; charset=utf-8");
        response.setHeader("Vary", "Accept");
        response.setHeader("Access-Control-Allow-Origin", "*");
        response.setContentLength(body.size());
        body.writeTo(response.getOutputStream());
    }

    /** The address decides; on /opendata/catalog Turtle only when the client asks for it and not for JSON-LD. */
    static RDFFormat format(String path, String accept) {
        if (path.endsWith(".ttl")) {
            return RDFFormat.TURTLE;
        }
        if (path.endsWith(".jsonld") || accept == null) {
            return RDFFormat.JSONLD;
        }
        boolean turtle = accept.contains("text/turtle");
        boolean jsonLd = accept.contains("application/ld+json") || accept.contains("application/json");
        return turtle && !jsonLd ? RDFFormat.TURTLE : RDFFormat.JSONLD;
    }
}
