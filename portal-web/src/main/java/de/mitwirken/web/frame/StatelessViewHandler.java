package de.mitwirken.web.frame;

import jakarta.faces.application.ViewHandler;
import jakarta.faces.application.ViewHandlerWrapper;
import jakarta.faces.component.UIViewRoot;
import jakarta.faces.context.FacesContext;
import jakarta.servlet.ServletContext;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Set;

/**
 * Makes every view transient from the moment it is created, except pages that declare
 * {@code <ui:param name="stateful" value="true"/>} (the template's switch for pages with forms).
 * <p>
 * Why here and not only in the template's f:view: PrimeFaces' CSP mode stores its nonce in the view map
 * before the view is built, and a view map of a non-transient view opens an HTTP session. Set this early,
 * a visitor reading public pages gets no session.
 */
public class StatelessViewHandler extends ViewHandlerWrapper {

    static final String STATEFUL_MARKER = "name=\"stateful\" value=\"true\"";

    private volatile Set<String> statefulViews;

    public StatelessViewHandler(ViewHandler wrapped) {
        super(wrapped);
    }

    @Override
    public UIViewRoot createView(FacesContext context, String viewId) {
        UIViewRoot root = super.createView(context, viewId);
        if (root != null && !statefulViews(context).contains(root.getViewId())) {
            root.setTransient(true);
        }
        return root;
    }

    private Set<String> statefulViews(FacesContext context) {
        if (statefulViews == null) {
            ServletContext servlet = (ServletContext) context.getExternalContext().getContext();
            Set<String> found = new HashSet<>();
            scan(servlet, "/", found);
            statefulViews = Set.copyOf(found);
        }
        return statefulViews;
    }

    private static void scan(ServletContext servlet, String dir, Set<String> found) {
        Set<String> paths = servlet.getResourcePaths(dir);
        if (paths == null) {
            return;
        }
        for (String path : paths) {
            if (path.startsWith("/WEB-INF/") || path.startsWith("/META-INF/") || path.startsWith("/resources/")) {
                continue;
            }
            if (path.endsWith("/")) {
                scan(servlet, path, found);
            } else if (path.endsWith(".xhtml") && declaresStateful(servlet, path)) {
                found.add(path);
            }
        }
    }

    private static boolean declaresStateful(ServletContext servlet, String path) {
        try (InputStream in = servlet.getResourceAsStream(path)) {
            return in != null && new String(in.readAllBytes(), StandardCharsets.UTF_8).contains(STATEFUL_MARKER);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
