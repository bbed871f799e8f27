package de.mitwirken.web.frame;

import de.mitwirken.platform.boundary.Markup;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The small formatting subset people may use in needs and comments, rendered safely: everything is
 * escaped first, then only our own markup is added — paragraphs (blank line), line breaks, lists
 * ("- " or "* " at the start of a line), **bold**, and web links (rel="nofollow noopener ugc").
 * No markup a person types ever reaches the page as markup.
 */
@Named("safeText")
@ApplicationScoped
public class SafeText {

    private static final Pattern BOLD = Pattern.compile("\\*\\*([^*\\n]{1,200})\\*\\*");
    private static final Pattern URL = Pattern.compile("https?://[A-Za-z0-9.-]+(?::\\d{1,5})?(?:/[^\\s<>\"']*)?");

    public String html(String text) {
        if (text == null || text.isBlank()) {
            return "";
        }
        StringBuilder out = new StringBuilder();
        for (String block : text.strip().split("\\n\\s*\\n")) {
            String[] lines = block.split("\\n");
            boolean list = true;
            for (String line : lines) {
                list &= line.startsWith("- ") || line.startsWith("* ");
            }
            if (list) {
                out.append("<ul>");
                for (String line : lines) {
                    out.append("<li>").append(inline(line.substring(2))).append("</li>");
                }
                out.append("</ul>");
            } else {
                out.append("<p>");
                for (int i = 0; i < lines.length; i++) {
                    out.append(i > 0 ? "<br/>" : "").append(inline(lines[i]));
                }
                out.append("</p>");
            }
        }
        return out.toString();
    }

    static String inline(String raw) {
        String escaped = Markup.escapeHtml(raw);
        Matcher bold = BOLD.matcher(escaped);
        escaped = bold.replaceAll("<strong>$1</strong>");
        Matcher url = URL.matcher(escaped);
        StringBuilder out = new StringBuilder();
        while (url.find()) {
            String href = url.group();
            url.appendReplacement(out, Matcher.quoteReplacement(
                    "<a href=\"" + href + "\" rel=\"nofollow noopener ugc\">" + href + "</a>"));
        }
        url.appendTail(out);
        return out.toString();
    }
}
