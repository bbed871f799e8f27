package de.mitwirken.web.frame;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.swagger.v3.core.util.Json;
import io.swagger.v3.parser.core.models.SwaggerParseResult;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/** /openapi answers YAML, or JSON when asked for, and both say the same. */
class OpenApiServletTest {

    @Test
    void jsonOnlyWhenAskedFor() {
        assertFalse(OpenApiServlet.wantsJson(null, null));
        assertFalse(OpenApiServlet.wantsJson(null, "*/*"));
        assertFalse(OpenApiServlet.wantsJson(null, "text/html,application/xhtml+xml"));
        assertTrue(OpenApiServlet.wantsJson(null, "application/json"));
        assertFalse(OpenApiServlet.wantsJson(null, "application/yaml, application/json;q=0.5"));
        assertTrue(OpenApiServlet.wantsJson("JSON", null));
        assertTrue(OpenApiServlet.wantsJson("json", "application/yaml"));
        assertFalse(OpenApiServlet.wantsJson("yaml", "application/json"));
        assertFalse(OpenApiServlet.wantsJson("<script>", "application/json"), "an unknown format: YAML, the default");
    }

    @Test
    void theJsonFormIsTheSameDocument() throws Exception {
        String json = OpenApiServlet.toJson(OpenApiServlet.document());
        assertTrue(json.startsWith("{\"openapi\":\"3.0.3\""), json.substring(0, 40));
        SwaggerParseResult fromJson = OpenApiDocumentTest.parse(json);
        assertEquals(List.of(), fromJson.getMessages());
        SwaggerParseResult fromYaml = OpenApiDocumentTest.parse(new String(OpenApiServlet.document(), StandardCharsets.UTF_8));
        assertEquals(Json.mapper().writeValueAsString(fromYaml.getOpenAPI()),
                Json.mapper().writeValueAsString(fromJson.getOpenAPI()));
    }
}
