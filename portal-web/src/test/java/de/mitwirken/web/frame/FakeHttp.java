package de.mitwirken.web.frame;

import jakarta.servlet.ServletOutputStream;
import jakarta.servlet.WriteListener;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.ByteArrayOutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.lang.reflect.Proxy;
import java.nio.charset.StandardCharsets;
import java.security.Principal;
import java.text.SimpleDateFormat;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TimeZone;

/** Just enough of a servlet request and response, as dynamic proxies, for the page cache's filter. */
final class FakeHttp {

    private FakeHttp() {
    }

    /** A request; cookies as "name=value", headers as "Name: value". */
    static HttpServletRequest request(String method, String uri, String query, Principal user, HttpSession session,
                                      List<String> cookies, Map<String, String> headers) {
        Cookie[] jar = cookies.isEmpty() ? null : cookies.stream()
                .map(c -> new Cookie(c.substring(0, c.indexOf('=')), c.substring(c.indexOf('=') + 1)))
                .toArray(Cookie[]::new);
        return (HttpServletRequest) Proxy.newProxyInstance(FakeHttp.class.getClassLoader(),
                new Class<?>[] {HttpServletRequest.class}, (proxy, m, args) -> switch (m.getName()) {
                    case "getMethod" -> method;
                    case "getRequestURI" -> uri;
                    case "getContextPath" -> "";
                    case "getQueryString" -> query;
                    case "getUserPrincipal" -> user;
                    case "getSession" -> session; // only getSession(false) is asked
                    case "getCookies" -> jar;
                    case "isSecure" -> false;
                    case "getHeader" -> headers.get((String) args[0]);
                    case "getDateHeader" -> headers.containsKey((String) args[0])
                            ? httpDate().parse(headers.get((String) args[0])).getTime() : -1L;
                    case "toString" -> method + " " + uri;
                    default -> throw new UnsupportedOperationException(m.getName());
                });
    }

    static HttpServletRequest visitor(String uri, String... cookies) {
        return request("GET", uri, null, null, null, List.of(cookies), Map.of());
    }

    static SimpleDateFormat httpDate() {
        SimpleDateFormat format = new SimpleDateFormat("EEE, dd MMM yyyy HH:mm:ss zzz", Locale.US);
        format.setTimeZone(TimeZone.getTimeZone("GMT"));
        return format;
    }

    /** A response that records what it was told. */
    static final class Response {
        final Map<String, List<String>> headers = new LinkedHashMap<>();
        final ByteArrayOutputStream body = new ByteArrayOutputStream();
        final List<Cookie> cookies = new ArrayList<>();
        private PrintWriter writer;
        int status = 200;
        String contentType;
        final HttpServletResponse proxy;

        Response() {
            ServletOutputStream out = new ServletOutputStream() {
                @Override
                public void write(int b) {
                    body.write(b);
                }

                @Override
                public boolean isReady() {
                    return true;
                }

                @Override
                public void setWriteListener(WriteListener listener) {
                    throw new UnsupportedOperationException();
                }
            };
            proxy = (HttpServletResponse) Proxy.newProxyInstance(FakeHttp.class.getClassLoader(),
                    new Class<?>[] {HttpServletResponse.class}, (p, m, args) -> switch (m.getName()) {
                        case "setHeader" -> {
                            headers.put((String) args[0], new ArrayList<>(List.of((String) args[1])));
                            yield null;
                        }
                        case "addHeader" -> {
                            headers.computeIfAbsent((String) args[0], k -> new ArrayList<>()).add((String) args[1]);
                            yield null;
                        }
                        case "setDateHeader" -> {
                            headers.put((String) args[0], new ArrayList<>(List.of(
                                    httpDate().format(new java.util.Date((Long) args[1])))));
                            yield null;
                        }
                        case "getHeader" -> headers.containsKey((String) args[0]) ? headers.get((String) args[0]).get(0) : null;
                        case "setStatus" -> {
                            status = (Integer) args[0];
                            yield null;
                        }
                        case "getStatus" -> status;
                        case "setContentType" -> {
                            contentType = (String) args[0];
                            yield null;
                        }
                        case "getContentType" -> contentType;
                        case "getCharacterEncoding" -> "UTF-8";
                        case "setContentLength", "setContentLengthLong", "flushBuffer", "resetBuffer" -> null;
                        case "getOutputStream" -> out;
                        case "getWriter" -> writer == null
                                ? writer = new PrintWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8)) : writer;
                        case "addCookie" -> {
                            cookies.add((Cookie) args[0]);
                            yield null;
                        }
                        case "isCommitted" -> false;
                        case "toString" -> "response";
                        default -> throw new UnsupportedOperationException(m.getName());
                    });
        }

        String header(String name) {
            List<String> values = headers.get(name);
            return values == null ? null : String.join(" | ", values);
        }

        String text() {
            if (writer != null) {
                writer.flush();
            }
            return body.toString(StandardCharsets.UTF_8);
        }
    }
}
