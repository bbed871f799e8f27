package de.mitwirken.web.frame;

import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;

/**
 * A fixed short text through the same filters as every page, without JSF, CDI beans or the database: the load
 * benchmark's measure of what the servlet container itself does (docs/performance.md).
 */
@WebServlet(value = "/bench/plain", loadOnStartup = 1)
public class PlainServlet extends PortalServlet {

    private static final byte[] BODY = "Mitwirken\n".getBytes(StandardCharsets.UTF_8);

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        response.setContentType("text/plain;charset=UTF-8");
        response.setContentLength(BODY.length);
        response.getOutputStream().write(BODY);
    }
}
