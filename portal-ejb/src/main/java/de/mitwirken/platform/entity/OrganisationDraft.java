package de.mitwirken.platform.entity;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What a person names when asking to represent an organisation, cleaned. The register number is optional; when
 * given it must look like an entry of a German register (Handels-, Vereins-, Genossenschafts-, Partnerschafts-
 * register: "HRB 12345", "VR 678", "GnR 12", "PR 9", optionally with a court suffix letter "HRB 1234 B").
 */
public record OrganisationDraft(String name, OrganisationType type, String registerNumber) {

    public static final int NAME_MIN = 2;
    public static final int NAME_MAX = 200;

    private static final Pattern REGISTER = Pattern.compile("(HRA|HRB|VR|GNR|GSR|PR)\\s*(\\d{1,6})(?:\\s*([A-Z]{1,2}))?");

    public OrganisationDraft {
        name = name == null ? "" : CleanText.line(name);
        registerNumber = registerNumber == null || registerNumber.isBlank() ? null : CleanText.line(registerNumber);
    }

    /** Field name → message key for each field that is not acceptable. */
    public Map<String, String> problems() {
        Map<String, String> problems = new LinkedHashMap<>();
        int length = CleanText.length(name);
        if (length < NAME_MIN || length > NAME_MAX) {
            problems.put("name", "platform.organisations.error.name");
        }
        if (type == null) {
            problems.put("type", "platform.organisations.error.type");
        }
        if (registerNumber != null && normalisedRegisterNumber(registerNumber) == null) {
            problems.put("registerNumber", "platform.organisations.error.registerNumber");
        }
        return problems;
    }

    /** "hrb12345" → "HRB 12345", "GnR 7" → "GnR 7"; null when it does not look like a register entry. */
    public static String normalisedRegisterNumber(String typed) {
        if (typed == null) {
            return null;
        }
        Matcher m = REGISTER.matcher(typed.strip().toUpperCase(Locale.ROOT));
        if (!m.matches()) {
            return null;
        }
        String kind = switch (m.group(1)) {
            case "GNR" -> "GnR";
            case "GSR" -> "GsR";
            default -> m.group(1);
        };
        return kind + " " + m.group(2) + (m.group(3) == null ? "" : " " + m.group(3));
    }

    /** The register number as stored: normalised, or null. */
    public String register() {
        return normalisedRegisterNumber(registerNumber);
    }

    /** Case and spacing do not make another organisation: the key two names are compared by. */
    public static String nameKey(String name) {
        return CleanText.line(name).toLowerCase(Locale.ROOT).replaceAll("\\s+", " ");
    }
}
