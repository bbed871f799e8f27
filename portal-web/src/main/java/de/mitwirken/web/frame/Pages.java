package de.mitwirken.web.frame;

import de.mitwirken.platform.boundary.NotAllowed;
import de.mitwirken.platform.boundary.NotFoundException;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.text.MessageFormat;
import java.util.ResourceBundle;
import java.util.function.LongFunction;

/** Small helpers for backing beans: texts of the message bundle, messages next to fields, redirects. */
public final class Pages {

    private Pages() {
    }

    public static String text(String key) {
        FacesContext context = FacesContext.getCurrentInstance();
        ResourceBundle bundle = context.getApplication().getResourceBundle(context, "msg");
        return bundle.getString(key);
    }

    /** A message tied to a field (its client id), shown next to it and announced by screen readers. */
    public static void error(String clientId, String key) {
        FacesContext.getCurrentInstance().addMessage(clientId,
                new FacesMessage(FacesMessage.SEVERITY_ERROR, text(key), null));
    }

    /**
     * A refusal's message next to its field, with the arguments the domain gave (see platform.entity.Refusal).
     * Without arguments the text is used as written (no MessageFormat quoting rules apply to it).
     */
    public static void error(String clientId, String key, Object... args) {
        if (args.length == 0) {
            error(clientId, key);
            return;
        }
        FacesContext context = FacesContext.getCurrentInstance();
        String text = new MessageFormat(text(key), context.getViewRoot().getLocale()).format(args);
        context.addMessage(clientId, new FacesMessage(FacesMessage.SEVERITY_ERROR, text, null));
    }

    /** A step the domain does not allow now: its message for the whole page, with the domain's arguments. */
    public static void refused(NotAllowed e) {
        error(null, e.messageKey(), e.args());
    }

    public static void info(String key) {
        FacesContext context = FacesContext.getCurrentInstance();
        context.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_INFO, text(key), null));
    }

    /** A message with values filled in ({0}, {1}, … in the bundle text), formatted for the page's locale. */
    public static void info(String key, Object... values) {
        FacesContext context = FacesContext.getCurrentInstance();
        String text = new MessageFormat(text(key), context.getViewRoot().getLocale()).format(values);
        context.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_INFO, text, null));
    }

    /** A message that survives the redirect after a successful POST. */
    public static void infoAfterRedirect(String key) {
        info(key);
        FacesContext.getCurrentInstance().getExternalContext().getFlash().setKeepMessages(true);
    }

    /**
     * The object a page's URL names by its id parameter, loaded with {@code load}; null, after answering 404,
     * when the parameter is missing or malformed or the object does not exist.
     */
    public static <T> T byIdOr404(String parameter, LongFunction<T> load) {
        Long id = UrlParams.id(FacesContext.getCurrentInstance().getExternalContext().getRequestParameterMap()
                .get(parameter));
        T found = null;
        if (id != null) {
            try {
                found = load.apply(id);
            } catch (NotFoundException e) {
                found = null;
            }
        }
        if (found == null) {
            notFound();
        }
        return found;
    }

    /** Answers 404 (the friendly not-found page) for a page whose object does not exist. */
    public static void notFound() {
        FacesContext context = FacesContext.getCurrentInstance();
        try {
            context.getExternalContext().responseSendError(404, null);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        context.responseComplete();
    }

    public static void redirect(String localPath) {
        ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
        try {
            external.redirect(external.getRequestContextPath() + LocalPath.parseOrHome(localPath));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
