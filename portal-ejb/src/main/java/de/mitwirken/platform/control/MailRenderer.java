package de.mitwirken.platform.control;

import static de.mitwirken.platform.boundary.Markup.escapeHtml;

import de.mitwirken.platform.boundary.MailTemplate;
import de.mitwirken.platform.entity.Language;
import de.mitwirken.platform.entity.RenderedMail;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.HashMap;
import java.util.Map;
import java.util.ResourceBundle;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Turns a template and its values into subject, plain text and HTML in the recipient's language.
 * The HTML is derived from the text (escaped, paragraphs, links), so no template can inject markup.
 */
@ApplicationScoped
public class MailRenderer {

    static final String LAYOUT_BUNDLE = "de.mitwirken.platform.mails";
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{([A-Za-z][A-Za-z0-9]*)}");
    private static final Pattern URL = Pattern.compile("https?://[^\\s<>\"]+");

    @Inject
    @ConfigProperty(name = "portal.base.url")
    String baseUrl;

    public RenderedMail render(MailTemplate template, Language language, Map<String, String> values) {
        ResourceBundle texts = bundle(template.bundle(), language);
        ResourceBundle layout = bundle(LAYOUT_BUNDLE, language);
        Map<String, String> all = new HashMap<>(values);
        all.putIfAbsent("baseUrl", base());
        String subject = fill(texts.getString(template.key() + ".subject"), all);
        String body = fill(texts.getString(template.key() + ".body"), all);
        String text = body.strip() + "\n\n" + fill(layout.getString("layout.signature"), all) + "\n\n-- \n"
                + fill(layout.getString("layout.footer"), all);
        return new RenderedMail(subject, text, html(language, subject, text));
    }

    /** One line of a template in a language, e.g. its ".digest" line for the daily summary. */
    public String line(MailTemplate template, String suffix, Language language, Map<String, String> values) {
        Map<String, String> all = new HashMap<>(values);
        all.putIfAbsent("baseUrl", base());
        return fill(bundle(template.bundle(), language).getString(template.key() + suffix), all)
                .replaceAll("[\\r\\n]+", " ").strip();
    }

    public String base() {
        return baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
    }

    static String fill(String pattern, Map<String, String> values) {
        Matcher m = PLACEHOLDER.matcher(pattern);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String value = values.get(m.group(1));
            if (value == null) {
                throw new IllegalArgumentException("no value for {" + m.group(1) + "} in \"" + pattern + "\"");
            }
            m.appendReplacement(out, Matcher.quoteReplacement(value));
        }
        m.appendTail(out);
        return out.toString();
    }

    static String html(Language language, String subject, String text) {
        StringBuilder html = new StringBuilder("<!DOCTYPE html><html lang=\"").append(language.tag())
                .append("\"><head><meta charset=\"utf-8\"><title>").append(escapeHtml(subject))
                .append("</title></head><body style=\"font-family:Arial,Helvetica,sans-serif;font-size:16px;"
                        + "line-height:1.5;color:#1b1b1b;max-width:40em\">");
        for (String paragraph : text.split("\\n\\s*\\n")) {
            html.append("<p>").append(linkify(escapeHtml(paragraph.strip())).replace("\n", "<br>")).append("</p>");
        }
        return html.append("</body></html>").toString();
    }

    private static String linkify(String escaped) {
        Matcher m = URL.matcher(escaped);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            m.appendReplacement(out, Matcher.quoteReplacement("<a href=\"" + m.group() + "\">" + m.group() + "</a>"));
        }
        m.appendTail(out);
        return out.toString();
    }

    private static ResourceBundle bundle(String name, Language language) {
        return ResourceBundle.getBundle(name, language.locale(), MailRenderer.class.getClassLoader(),
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
    }
}
