package de.mitwirken.web.frame;

import jakarta.el.ValueExpression;
import jakarta.faces.component.NamingContainer;
import jakarta.faces.component.UIComponent;
import jakarta.faces.component.UIInput;
import jakarta.faces.component.UIMessage;
import jakarta.faces.component.UIViewRoot;
import jakarta.faces.context.FacesContext;
import jakarta.faces.event.AbortProcessingException;
import jakarta.faces.event.PreRenderComponentEvent;
import jakarta.faces.event.SystemEvent;
import jakarta.faces.event.SystemEventListener;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;

/**
 * Ties every field to its error message for screen readers, on every form at once: just before an input is
 * rendered, if it has a message and an {@code <h:message for="…">} with an id of its own reports on it (in the
 * same form), it gets {@code aria-invalid="true"} and the message's id in its {@code aria-describedby} (next to
 * any hint ids the page gives). A field without a message is rendered as the page wrote it. Registered in
 * faces-config.xml for PreRenderComponentEvent. For radio and checkbox groups Mojarra writes pass-through
 * attributes on every element of the group (list, items, buttons, labels), so each radio button and checkbox is
 * marked itself; the pages' fieldsets name the message too.
 */
public class FieldMessages implements SystemEventListener {

    private static final String DESCRIBED_BY = "aria-describedby";
    private static final String INVALID = "aria-invalid";
    /** What the page itself put there (a text or an expression), kept so a field that becomes valid gets it back. */
    private static final String ORIGINAL = FieldMessages.class.getName() + ".original.";

    @Override
    public boolean isListenerForSource(Object source) {
        return source instanceof UIInput;
    }

    @Override
    public void processEvent(SystemEvent event) throws AbortProcessingException {
        if (!(event instanceof PreRenderComponentEvent) || !(event.getSource() instanceof UIInput input)) {
            return;
        }
        FacesContext context = FacesContext.getCurrentInstance();
        boolean invalid = !input.isValid() || !context.getMessageList(input.getClientId(context)).isEmpty();
        Map<String, Object> attributes = input.getAttributes();
        if (!invalid && !attributes.containsKey(ORIGINAL + INVALID)) {
            return; // never touched: nothing to undo
        }
        UIMessage message = invalid ? messageFor(input) : null;
        if (message == null) {
            if (attributes.containsKey(ORIGINAL + INVALID)) {
                Map<String, Object> passThrough = input.getPassThroughAttributes(true);
                restore(passThrough, attributes, DESCRIBED_BY);
                restore(passThrough, attributes, INVALID);
            }
            return;
        }
        Map<String, Object> passThrough = input.getPassThroughAttributes(true);
        for (String name : new String[] {DESCRIBED_BY, INVALID}) {
            if (!attributes.containsKey(ORIGINAL + name)) {
                Object original = passThrough.get(name);
                attributes.put(ORIGINAL + name, original == null ? "" : original);
            }
        }
        Set<String> ids = new LinkedHashSet<>();
        for (String token : text(context, attributes.get(ORIGINAL + DESCRIBED_BY)).trim().split("\\s+")) {
            if (!token.isEmpty()) {
                ids.add(token);
            }
        }
        ids.add(message.getClientId(context));
        passThrough.put(DESCRIBED_BY, String.join(" ", ids));
        passThrough.put(INVALID, "true");
    }

    /**
     * The message with an id of its own whose "for" names this input: a sibling, else anywhere in the same naming
     * container (a form). Only the component tree is walked, no expression is evaluated.
     */
    private static UIMessage messageFor(UIInput input) {
        UIComponent parent = input.getParent();
        UIMessage sibling = parent == null ? null : find(parent, input.getId(), false);
        if (sibling != null) {
            return sibling;
        }
        UIComponent container = input.getNamingContainer();
        return container == null ? null : find(container, input.getId(), true);
    }

    private static UIMessage find(UIComponent under, String inputId, boolean deep) {
        for (UIComponent child : under.getChildren()) {
            if (child instanceof UIMessage message && inputId.equals(message.getFor()) && message.getId() != null
                    && !message.getId().startsWith(UIViewRoot.UNIQUE_ID_PREFIX)) {
                return message; // a message without an id of its own renders no element to point at
            }
            if (deep && !(child instanceof NamingContainer)) {
                UIMessage found = find(child, inputId, true);
                if (found != null) {
                    return found;
                }
            }
        }
        return null;
    }

    private static void restore(Map<String, Object> passThrough, Map<String, Object> attributes, String name) {
        Object original = attributes.get(ORIGINAL + name);
        if (original == null || "".equals(original)) {
            passThrough.remove(name);
        } else {
            passThrough.put(name, original);
        }
    }

    private static String text(FacesContext context, Object value) {
        if (value instanceof ValueExpression expression) {
            Object result = expression.getValue(context.getELContext());
            return result == null ? "" : result.toString();
        }
        return value == null ? "" : value.toString();
    }
}
