package de.mitwirken.tools.cluster;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The few things the driver reads from the portal's and Keycloak's pages: a form's action and hidden fields. */
final class Html {

    private static final Pattern INPUT = Pattern.compile("<input[^>]*>");
    private static final Pattern NAME = Pattern.compile("\\bname=\"([^\"]*)\"");
    private static final Pattern VALUE = Pattern.compile("\\bvalue=\"([^\"]*)\"");
    private static final Pattern ACTION = Pattern.compile("\\baction=\"([^\"]*)\"");
    private static final Pattern NONCE = Pattern.compile("PrimeFaces\\.csp\\.init\\('([^']+)'\\)");

    private Html() {
    }

    /** The form with this id (or null): its action and its hidden inputs. */
    record Form(String action, Map<String, String> hidden) {
    }

    static Form form(String page, String id) {
        Matcher start = Pattern.compile("<form[^>]*\\bid=\"" + Pattern.quote(id) + "\"[^>]*>").matcher(page);
        if (!start.find()) {
            return null;
        }
        int end = page.indexOf("</form>", start.end());
        String inside = page.substring(start.end(), end < 0 ? page.length() : end);
        Matcher action = ACTION.matcher(start.group());
        Map<String, String> hidden = new LinkedHashMap<>();
        Matcher input = INPUT.matcher(inside);
        while (input.find()) {
            String tag = input.group();
            Matcher name = NAME.matcher(tag);
            if (tag.contains("type=\"hidden\"") && name.find()) {
                Matcher value = VALUE.matcher(tag);
                hidden.put(unescape(name.group(1)), value.find() ? unescape(value.group(1)) : "");
            }
        }
        return new Form(action.find() ? unescape(action.group(1)) : "", hidden);
    }

    static String nonce(String page) {
        Matcher m = NONCE.matcher(page);
        return m.find() ? m.group(1) : "";
    }

    /** Signed in: the frame shows the sign-out form. */
    static boolean signedIn(String page) {
        return Pattern.compile("action=\"[^\"]*/signout\"").matcher(page).find();
    }

    static String unescape(String s) {
        return s.replace("&amp;", "&").replace("&quot;", "\"").replace("&#39;", "'").replace("&lt;", "<")
                .replace("&gt;", ">");
    }
}
