package de.mitwirken.web.platform;

import jakarta.el.ValueExpression;
import jakarta.faces.component.UIComponent;
import jakarta.faces.component.UIInput;
import jakarta.faces.component.UIMessage;
import jakarta.faces.component.UIViewRoot;
import jakarta.faces.component.visit.VisitContext;
import jakarta.faces.component.visit.VisitHint;
import jakarta.faces.component.visit.VisitResult;
import jakarta.faces.context.FacesContext;
import jakarta.faces.event.AbortProcessingException;
import jakarta.faces.event.PreRenderViewEvent;
import jakarta.faces.event.SystemEvent;
import jakarta.faces.event.SystemEventListener;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;

/**
 * Ties every field to its error message for screen readers, on every form at once: before a view is rendered,
 * each input that an {@code <h:message for="…">} (with an id of its own) reports on and that has a message gets
 * {@code aria-invalid="true"} and the message's id in its {@code aria-describedby} (next to any hint ids the
 * page gives). A field without a message is rendered as the page wrote it. Registered in faces-config.xml.
 * For radio and checkbox groups the attributes land on the group's list; their fieldset names the message too.
 */
public class FieldMessages implements SystemEventListener {

    private static final String DESCRIBED_BY = "aria-describedby";
    private static final String INVALID = "aria-invalid";
    /** What the page itself put there (a text or an expression), kept so a field that becomes valid gets it back. */
    private static final String ORIGINAL = FieldMessages.class.getName() + ".original.";

    @Override
    public boolean isListenerForSource(Object source) {
        return source instanceof UIViewRoot;
    }

    @Override
    public void processEvent(SystemEvent event) throws AbortProcessingException {
        if (!(event instanceof PreRenderViewEvent)) {
            return;
        }
        FacesContext context = FacesContext.getCurrentInstance();
        UIViewRoot root = (UIViewRoot) event.getSource();
        if (root.isTransient()) {
            return; // pages without forms have no field messages
        }
        // rows of ui:repeat share one component: messages inside them are the page's own business
        VisitContext visit = VisitContext.createVisitContext(context, null,
                EnumSet.of(VisitHint.SKIP_ITERATION, VisitHint.SKIP_UNRENDERED));
        root.visitTree(visit, (ctx, component) -> {
            if (component instanceof UIMessage message) {
                tie(context, message);
            }
            return VisitResult.ACCEPT;
        });
    }

    private static void tie(FacesContext context, UIMessage message) {
        String id = message.getId();
        if (message.getFor() == null || id == null || id.startsWith(UIViewRoot.UNIQUE_ID_PREFIX)) {
            return; // a message without an id of its own renders no element to point at
        }
        UIComponent target;
        try {
            target = message.findComponent(message.getFor());
        } catch (IllegalArgumentException e) {
            return; // "for" runs through something that is no naming container: the message's own renderer says so
        }
        if (!(target instanceof UIInput input)) {
            return;
        }
        boolean invalid = !input.isValid() || !context.getMessageList(input.getClientId(context)).isEmpty();
        Map<String, Object> passThrough = input.getPassThroughAttributes(true);
        Map<String, Object> attributes = input.getAttributes();
        for (String name : new String[] {DESCRIBED_BY, INVALID}) {
            if (!attributes.containsKey(ORIGINAL + name)) {
                Object original = passThrough.get(name);
                attributes.put(ORIGINAL + name, original == null ? "" : original);
            }
        }
        if (!invalid) {
            restore(passThrough, attributes, DESCRIBED_BY);
            restore(passThrough, attributes, INVALID);
            return;
        }
        Set<String> ids = new LinkedHashSet<>();
        String pageIds = text(context, attributes.get(ORIGINAL + DESCRIBED_BY));
        for (String token : pageIds.trim().split("\\s+")) {
            if (!token.isEmpty()) {
                ids.add(token);
            }
        }
        ids.add(message.getClientId(context));
        passThrough.put(DESCRIBED_BY, String.join(" ", ids));
        passThrough.put(INVALID, "true");
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
