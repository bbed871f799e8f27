package de.mitwirken.web.frame;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import org.snakeyaml.engine.v2.api.Load;
import org.snakeyaml.engine.v2.api.LoadSettings;

/**
 * The OpenAPI document of the portal at /openapi: the maintained file openapi.yaml next to this class, as YAML,
 * or as JSON when asked for with {@code ?format=JSON} or {@code Accept: application/json}. Payara's own
 * MicroProfile OpenAPI service is switched off (scripts/configure-domain.sh): its generated document was not
 * valid OpenAPI, and one maintained document, checked against the resources by OpenApiDocumentTest, is the
 * single source of truth. Public, the same for everyone, and readable by tools in other origins (CORS).
 */
@WebServlet(value = "/openapi", loadOnStartup = 1)
public class OpenApiServlet extends PortalServlet {

    static final String RESOURCE = "openapi.yaml";
    static final String YAML = "application/yaml;charset=UTF-8";
    static final String JSON = "application/json;charset=UTF-8";

    private byte[] yaml;
    private byte[] json;

    @Override
    public void init() throws ServletException {
        super.init();
        yaml = document();
        json = toJson(yaml).getBytes(StandardCharsets.UTF_8);
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        boolean asJson = wantsJson(request.getParameter("format"), request.getHeader("Accept"));
        byte[] body = asJson ? json : yaml;
        response.setContentType(asJson ? JSON : YAML);
        response.setHeader("Vary", "Accept");
        response.setHeader("Access-Control-Allow-Origin", "*");
        response.setHeader("Cache-Control", "public, max-age=300");
        response.setContentLength(body.length);
        response.getOutputStream().write(body);
    }

    /** The format parameter decides when given (JSON or YAML); else JSON only when asked for and YAML is not. */
    static boolean wantsJson(String format, String accept) {
        if (format != null && !format.isBlank()) {
            return format.strip().equalsIgnoreCase("json");
        }
        String a = accept == null ? "" : accept.toLowerCase(Locale.ROOT);
        return a.contains("application/json") && !a.contains("yaml");
    }

    static byte[] document() {
        try (InputStream in = Objects.requireNonNull(OpenApiServlet.class.getResourceAsStream(RESOURCE), RESOURCE)) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The same document as JSON: YAML 1.2 read by snakeyaml-engine, written with JSON-P. */
    static String toJson(byte[] yaml) {
        Object tree = new Load(LoadSettings.builder().setAllowDuplicateKeys(false).build())
                .loadFromString(new String(yaml, StandardCharsets.UTF_8));
        return json(tree).toString();
    }

    private static JsonValue json(Object node) {
        if (node == null) {
            return JsonValue.NULL;
        }
        if (node instanceof Map<?, ?> map) {
            JsonObjectBuilder object = Json.createObjectBuilder();
            map.forEach((key, value) -> object.add(String.valueOf(key), json(value)));
            return object.build();
        }
        if (node instanceof List<?> list) {
            JsonArrayBuilder array = Json.createArrayBuilder();
            list.forEach(item -> array.add(json(item)));
            return array.build();
        }
        if (node instanceof Boolean b) {
            return b ? JsonValue.TRUE : JsonValue.FALSE;
        }
        if (node instanceof Integer || node instanceof Long) {
            return Json.createValue(((Number) node).longValue());
        }
        if (node instanceof BigInteger big) {
            return Json.createValue(big);
        }
        if (node instanceof Number number) {
            return Json.createValue(new BigDecimal(number.toString()));
        }
        return Json.createValue(node.toString());
    }
}
