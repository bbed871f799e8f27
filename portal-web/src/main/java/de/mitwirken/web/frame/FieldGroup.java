package de.mitwirken.web.frame;

import jakarta.faces.component.FacesComponent;
import jakarta.faces.component.UIComponent;
import jakarta.faces.component.UIPanel;
import jakarta.faces.context.FacesContext;
import jakarta.faces.context.ResponseWriter;
import java.io.IOException;

/**
 * The {@code <fieldset>} of {@code <mw:choice>} (WEB-INF/tags/choice.xhtml): a group of radio buttons or checkboxes
 * with its legend. The fieldset is described by the group's hint and error message, whose ids are taken from the
 * group's client id when rendered ({@code apply:expertise-hint apply:expertise-error}), as the pages wrote by hand.
 * A component rather than markup because only a component knows the form the group sits in; it is no naming
 * container, so the ids inside stay as they are.
 */
@FacesComponent(FieldGroup.COMPONENT_TYPE)
public class FieldGroup extends UIPanel {

    public static final String COMPONENT_TYPE = "de.mitwirken.FieldGroup";

    public FieldGroup() {
        setRendererType(null);
    }

    @Override
    public void encodeBegin(FacesContext context) throws IOException {
        if (!isRendered()) {
            return;
        }
        pushComponentToEL(context, this);
        ResponseWriter writer = context.getResponseWriter();
        writer.startElement("fieldset", this);
        // a plain HTML id, not a client id: pages and tests address some groups as a whole (id="found")
        Object fieldsetId = getAttributes().get("fieldsetId");
        if (fieldsetId != null && !fieldsetId.toString().isBlank()) {
            writer.writeAttribute("id", fieldsetId, "fieldsetId");
        }
        Object styleClass = getAttributes().get("styleClass");
        if (styleClass != null && !styleClass.toString().isBlank()) {
            writer.writeAttribute("class", styleClass, "styleClass");
        }
        UIComponent group = FieldWiring.find(this, String.valueOf(getAttributes().get("for")));
        if (group != null) {
            String id = group.getClientId(context);
            boolean hint = Boolean.TRUE.equals(getAttributes().get("hint"));
            writer.writeAttribute("aria-describedby", (hint ? id + "-hint " : "") + id + "-error", null);
        }
    }

    @Override
    public void encodeEnd(FacesContext context) throws IOException {
        if (!isRendered()) {
            return;
        }
        context.getResponseWriter().endElement("fieldset");
        popComponentFromEL(context);
    }
}
