package de.mitwirken.web.council;

import de.mitwirken.board.boundary.BoardPublication;
import de.mitwirken.board.boundary.Published;
import de.mitwirken.board.boundary.PublicBoard;
import de.mitwirken.platform.boundary.NotFoundException;
import de.mitwirken.platform.entity.Language;
import de.mitwirken.reporting.boundary.ProgressReports;
import de.mitwirken.reporting.boundary.ReportFile;
import de.mitwirken.reporting.boundary.ReportSummary;
import de.mitwirken.web.frame.PortalServlet;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The OParl 1.1 interface (issue #25), read-only and public: {@code /oparl} the System, {@code /oparl/bodies},
 * {@code /oparl/body/1} and its external lists, every object at its id, and the files' content
 * ({@code /oparl/file/{id}/access} inline, {@code …/download} as attachment). JSON in UTF-8 without nulls, CORS
 * open to all, 404 (as problem+json) for unknown ids, 400 for malformed filters. Deleted objects answer 410 with
 * their deleted form.
 */
@WebServlet(value = {"/oparl", "/oparl/*"}, loadOnStartup = 1)
public class OparlServlet extends PortalServlet {

    private static final Pattern LIST = Pattern.compile("/body/1/([a-z-]+)|/organization/board/(meetings)");
    private static final Pattern OBJECT = Pattern.compile("/([a-z-]+)/([A-Za-z0-9-]+)");
    private static final Pattern FILE = Pattern.compile("/file/([A-Za-z0-9-]+)/(access|download)");

    @Inject
    OparlSettings settings;

    @Inject
    BoardPublication board;

    @Inject
    PublicBoard publicBoard;

    @Inject
    ProgressReports reports;

    @Override
    protected void doOptions(HttpServletRequest request, HttpServletResponse response) {
        cors(response);
        response.setHeader("Allow", "GET, HEAD, OPTIONS");
        response.setStatus(HttpServletResponse.SC_NO_CONTENT);
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        cors(response);
        String path = request.getPathInfo() == null || "/".equals(request.getPathInfo()) ? "" : request.getPathInfo();
        OparlList.Query query;
        try {
            query = OparlList.Query.parse(request::getParameter);
        } catch (IllegalArgumentException e) {
            problem(response, HttpServletResponse.SC_BAD_REQUEST, "Bad Request", e.getMessage());
            return;
        }
        Matcher file = FILE.matcher(path);
        if (file.matches()) {
            content(response, file.group(1), "download".equals(file.group(2)));
            return;
        }
        OparlCatalogue catalogue = catalogue(query.omitInternal());
        Matcher list = LIST.matcher(path);
        if (path.isEmpty()) {
            json(response, HttpServletResponse.SC_OK, catalogue.system());
        } else if ("/bodies".equals(path)) {
            json(response, HttpServletResponse.SC_OK, OparlList.page(settings.oparl() + "/bodies",
                    List.of(new OparlList.Entry(catalogue.body(), null, null, false)), query));
        } else if ("/body/1".equals(path)) {
            json(response, HttpServletResponse.SC_OK, catalogue.body());
        } else if (list.matches()) {
            String name = list.group(1) != null ? list.group(1) : list.group(2);
            if (!OparlCatalogue.LISTS.contains(name)) {
                notFound(response, path);
                return;
            }
            json(response, HttpServletResponse.SC_OK, OparlList.page(settings.oparl() + path, catalogue.list(name), query));
        } else if (OBJECT.matcher(path).matches() && catalogue.find(settings.oparl() + path) != null) {
            OparlList.Entry entry = catalogue.find(settings.oparl() + path);
            json(response, entry.deleted() ? HttpServletResponse.SC_GONE : HttpServletResponse.SC_OK, entry.object());
        } else {
            notFound(response, path);
        }
    }

    private OparlCatalogue catalogue(boolean omitInternal) {
        List<OparlCatalogue.Report> released = reports.releasedReports().stream()
                .map(s -> report(s)).flatMap(Optional::stream).toList();
        Published.Board published = board.openData();
        return new OparlCatalogue(settings, omitInternal, published.memberships(), published.withdrawals(),
                published.meetings(), published.recommendations(), released,
                new OparlCatalogue.WorkingGroups(published.workingGroups(), published.groupWithdrawals()));
    }

    private Optional<OparlCatalogue.Report> report(ReportSummary summary) {
        return reports.pdf(summary.id(), Language.DE)
                .map(f -> new OparlCatalogue.Report(summary, f.bytes().length, OparlFiles.sha512(f.bytes())));
    }

    /** A file's bytes: an agenda document, a meeting's agenda or minutes, a recommendation, a report. */
    private void content(HttpServletResponse response, String localId, boolean download) throws IOException {
        Optional<OparlFiles.Content> content;
        try {
            content = OparlFiles.find(localId, board, publicBoard, id -> reports.pdf(id, Language.DE).map(ReportFile::bytes));
        } catch (NotFoundException e) {
            content = Optional.empty();
        }
        if (content.isEmpty()) {
            notFound(response, "/file/" + localId);
            return;
        }
        response.setContentType(content.get().contentType());
        response.setContentLength(content.get().bytes().length);
        response.setHeader("Content-Disposition", (download ? "attachment" : "inline") + "; filename*=UTF-8''"
                + URLEncoder.encode(content.get().fileName(), StandardCharsets.UTF_8).replace("+", "%20"));
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.getOutputStream().write(content.get().bytes());
    }

    private static void cors(HttpServletResponse response) {
        response.setHeader("Access-Control-Allow-Origin", "*");
        response.setHeader("Access-Control-Allow-Methods", "GET, HEAD, OPTIONS");
        response.setHeader("Access-Control-Allow-Headers", "Accept, Content-Type");
    }

    private static void json(HttpServletResponse response, int status, JsonObject body) throws IOException {
        response.setStatus(status);
        response.setContentType("application/json; charset=utf-8");
        response.setHeader("Cache-Control", "no-cache");
        byte[] bytes = inert(body.toString()).getBytes(StandardCharsets.UTF_8);
        response.setContentLength(bytes.length);
        response.getOutputStream().write(bytes);
    }

    private static void notFound(HttpServletResponse response, String path) throws IOException {
        problem(response, HttpServletResponse.SC_NOT_FOUND, "Not Found", "no OParl object at " + path);
    }

    private static void problem(HttpServletResponse response, int status, String title, String detail) throws IOException {
        response.setStatus(status);
        response.setContentType("application/problem+json; charset=utf-8");
        String text = Json.createObjectBuilder().add("type", "about:blank").add("title", title).add("status", status)
                .add("detail", detail == null ? title : detail).build().toString();
        byte[] bytes = inert(text).getBytes(StandardCharsets.UTF_8);
        response.setContentLength(bytes.length);
        response.getOutputStream().write(bytes);
    }

    /**
     * The same JSON with {@code <}, {@code >} and {@code &} as Unicode escapes: a text a client sent (a bad filter, an
     * unknown path) that comes back in a detail can never become markup, wherever the answer is shown.
     */
    static String inert(String json) {
        return json.replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026");
    }
}
