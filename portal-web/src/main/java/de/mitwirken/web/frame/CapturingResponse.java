package de.mitwirken.web.frame;

import jakarta.servlet.ServletOutputStream;
import jakarta.servlet.WriteListener;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.Charset;

/**
 * Holds back a page while it is rendered, so that {@link PageCacheFilter} can decide whether it may be shared:
 * the body is kept, PrimeFaces' nonce policy is kept aside (not sent yet), a cookie or an error is noted. Every
 * other header goes to the real response at once.
 */
final class CapturingResponse extends HttpServletResponseWrapper {

    private static final String CSP = "Content-Security-Policy";

    private final ByteArrayOutputStream body = new ByteArrayOutputStream(32 * 1024);
    private ServletOutputStream stream;
    private PrintWriter writer;
    private String noncePolicy;
    private int status = SC_OK;
    private boolean cookieSet;
    private boolean handedOver;

    CapturingResponse(HttpServletResponse response) {
        super(response);
    }

    @Override
    public void addHeader(String name, String value) {
        if (isNoncePolicy(name, value)) {
            noncePolicy = value;
        } else {
            noteCookie(name);
            super.addHeader(name, value);
        }
    }

    @Override
    public void setHeader(String name, String value) {
        if (isNoncePolicy(name, value)) {
            noncePolicy = value;
        } else {
            noteCookie(name);
            super.setHeader(name, value);
        }
    }

    @Override
    public void addCookie(Cookie cookie) {
        cookieSet = true;
        super.addCookie(cookie);
    }

    @Override
    public void setStatus(int sc) {
        status = sc;
        super.setStatus(sc);
    }

    @Override
    public void sendError(int sc, String msg) throws IOException {
        status = sc;
        handedOver = true;
        super.sendError(sc, msg);
    }

    @Override
    public void sendError(int sc) throws IOException {
        status = sc;
        handedOver = true;
        super.sendError(sc);
    }

    @Override
    public void sendRedirect(String location) throws IOException {
        status = SC_FOUND;
        handedOver = true;
        super.sendRedirect(location);
    }

    @Override
    public void setContentLength(int len) {
        // the length of what is finally sent is set by the filter
    }

    @Override
    public void setContentLengthLong(long len) {
        // as above
    }

    @Override
    public ServletOutputStream getOutputStream() {
        if (stream == null) {
            stream = new ServletOutputStream() {
                @Override
                public void write(int b) {
                    body.write(b);
                }

                @Override
                public void write(byte[] b, int off, int len) {
                    body.write(b, off, len);
                }

                @Override
                public boolean isReady() {
                    return true;
                }

                @Override
                public void setWriteListener(WriteListener listener) {
                    throw new IllegalStateException("a page being cached is written blocking");
                }
            };
        }
        return stream;
    }

    @Override
    public PrintWriter getWriter() {
        if (writer == null) {
            writer = new PrintWriter(new OutputStreamWriter(getOutputStream(), charset()));
        }
        return writer;
    }

    @Override
    public void flushBuffer() {
        if (writer != null) {
            writer.flush();
        }
    }

    @Override
    public boolean isCommitted() {
        return handedOver || super.isCommitted();
    }

    @Override
    public void resetBuffer() {
        body.reset();
        super.resetBuffer();
    }

    @Override
    public void reset() {
        body.reset();
        noncePolicy = null;
        super.reset();
    }

    Charset charset() {
        return Charset.forName(getCharacterEncoding());
    }

    byte[] body() {
        flushBuffer();
        return body.toByteArray();
    }

    String noncePolicy() {
        return noncePolicy;
    }

    int status() {
        return status;
    }

    boolean cookieSet() {
        return cookieSet;
    }

    /** An error or redirect went to the container, which writes that response itself. */
    boolean handedOver() {
        return handedOver;
    }

    private void noteCookie(String name) {
        if ("Set-Cookie".equalsIgnoreCase(name)) {
            cookieSet = true;
        }
    }

    private static boolean isNoncePolicy(String name, String value) {
        return CSP.equalsIgnoreCase(name) && value != null && value.contains("'nonce-");
    }
}
