package de.mitwirken.web.frame;

import jakarta.el.ExpressionFactory;
import jakarta.el.ValueExpression;
import jakarta.faces.component.NamingContainer;
import jakarta.faces.component.UIComponent;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.facelets.FaceletContext;
import jakarta.faces.view.facelets.TagConfig;
import jakarta.faces.view.facelets.TagHandler;
import java.util.Map;

/**
 * The part of {@code <mw:field>} (WEB-INF/tags/field.xhtml) that a tag file cannot do itself: it points the
 * field's input, written by the page as the tag's content, at its hint and its error message. After the content is
 * built, the input with the id {@code for} gets {@code aria-describedby="<input>-hint <input>-error"} (without the
 * hint when there is none) and {@code aria-invalid} while it has a message - exactly what the pages wrote by hand.
 * The ids are taken from the input's own client id when it is rendered, so they follow any form or table row the
 * field sits in. An attribute the page set on the input itself is left as it is. {@link FieldMessages} still adds
 * the message's id on an invalid field, as for every other input.
 */
public class FieldWiring extends TagHandler {

    private static final String DESCRIBED_BY = "aria-describedby";
    private static final String INVALID = "aria-invalid";

    public FieldWiring(TagConfig config) {
        super(config);
    }

    @Override
    public void apply(FaceletContext ctx, UIComponent parent) throws java.io.IOException {
        nextHandler.apply(ctx, parent);
        String id = getRequiredAttribute("for").getValue(ctx);
        boolean hint = getAttribute("hint") != null && getAttribute("hint").getBoolean(ctx);
        UIComponent input = find(parent, id);
        if (input == null) {
            throw new IllegalStateException("<mw:field for=\"" + id + "\"> holds no component with that id");
        }
        FacesContext faces = ctx.getFacesContext();
        ExpressionFactory el = faces.getApplication().getExpressionFactory();
        Map<String, Object> passThrough = input.getPassThroughAttributes(true);
        // #{component} is the input itself while it is rendered (and while FieldMessages looks at it)
        String describedBy = (hint ? "#{component.clientId}-hint " : "") + "#{component.clientId}-error";
        passThrough.putIfAbsent(DESCRIBED_BY, expression(el, faces, describedBy));
        passThrough.putIfAbsent(INVALID,
                expression(el, faces, "#{not empty facesContext.getMessageList(component.clientId)}"));
    }

    private static ValueExpression expression(ExpressionFactory el, FacesContext faces, String text) {
        return el.createValueExpression(faces.getELContext(), text, Object.class);
    }

    /** The component with this id among what the content added, not looking into other naming containers. */
    static UIComponent find(UIComponent under, String id) {
        for (UIComponent child : under.getChildren()) {
            if (id.equals(child.getId())) {
                return child;
            }
            if (!(child instanceof NamingContainer)) {
                UIComponent found = find(child, id);
                if (found != null) {
                    return found;
                }
            }
        }
        return null;
    }
}
