package de.mitwirken.web.frame;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Named;
import java.util.ArrayList;
import java.util.List;
import java.util.ResourceBundle;

/**
 * Texts in Leichte Sprache (easy-to-read German) or plain English: one sentence a line, as the rules of
 * Leichte Sprache ask. A section's lines are the bundle keys easy.&lt;section&gt;.1, .2, … in order.
 */
@Named
@RequestScoped
public class EasyTexts {

    public List<String> lines(String section) {
        FacesContext context = FacesContext.getCurrentInstance();
        ResourceBundle bundle = context.getApplication().getResourceBundle(context, "msg");
        List<String> lines = new ArrayList<>();
        for (int i = 1; bundle.containsKey("easy." + section + "." + i); i++) {
            lines.add(bundle.getString("easy." + section + "." + i));
        }
        return lines;
    }
}
