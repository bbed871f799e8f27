package de.mitwirken.backlog.entity;

import de.mitwirken.platform.entity.CleanText;
import de.mitwirken.platform.entity.EmailAddress;
import de.mitwirken.strategy.StrategyField;
import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * What the strategy office changes on an item after creating it, cleaned: the fields it was created with (the same
 * rules as {@link ItemDraft}), a budget (planned and spent, in euros, 0 or more, two decimals at most, both
 * optional) and a public contact (a name or unit and an e-mail address or a phone number; all blank: none).
 * {@link #problems()} names each bad field. The affected services are changed with the assessment, as before.
 */
public record ItemEdit(String title, String description, Set<StrategyField> fields, String ownerDepartment,
                       Horizon horizon, LocalDate startDate, LocalDate endDate, BigDecimal budgetPlanned,
                       BigDecimal budgetSpent, String contactName, String contactEmail, String contactPhone)
        implements Serializable {

    public static final int CONTACT_NAME_MAX = 200;
    /** DECIMAL(12,2): up to 9 999 999 999.99 €. */
    public static final BigDecimal BUDGET_MAX = new BigDecimal("9999999999.99");
    /** Digits with spaces, +, /, -, . and brackets as people write them; 5 to 30 characters. */
    private static final Pattern PHONE = Pattern.compile("\\+?[0-9][0-9 ()/.\\-]{3,28}[0-9]");

    public ItemEdit {
        title = CleanText.line(title);
        description = CleanText.multiline(description);
        ownerDepartment = CleanText.line(ownerDepartment);
        fields = fields == null ? Set.of() : Set.copyOf(fields);
        contactName = blankAsNull(CleanText.line(contactName));
        contactEmail = blankAsNull(CleanText.line(contactEmail));
        contactPhone = blankAsNull(CleanText.line(contactPhone));
        if (contactEmail != null && EmailAddress.isValid(contactEmail)) {
            contactEmail = new EmailAddress(contactEmail).value();
        }
    }

    public Map<String, String> problems() {
        Map<String, String> problems = new ItemDraft(title, description, fields, ownerDepartment, horizon, startDate,
                endDate, Set.of()).problems();
        if (!isAmount(budgetPlanned)) {
            problems.put("budgetPlanned", "backlog.edit.error.budget");
        }
        if (!isAmount(budgetSpent)) {
            problems.put("budgetSpent", "backlog.edit.error.budget");
        }
        if (contactName != null && CleanText.length(contactName) > CONTACT_NAME_MAX) {
            problems.put("contactName", "backlog.edit.error.contactName");
        }
        if (contactEmail != null && !EmailAddress.isValid(contactEmail)) {
            problems.put("contactEmail", "backlog.edit.error.contactEmail");
        }
        if (contactPhone != null && !PHONE.matcher(contactPhone).matches()) {
            problems.put("contactPhone", "backlog.edit.error.contactPhone");
        }
        boolean reachable = contactEmail != null || contactPhone != null;
        if (contactName == null && reachable) {
            problems.putIfAbsent("contactName", "backlog.edit.error.contactNameMissing");
        } else if (contactName != null && !reachable) {
            problems.put("contactEmail", "backlog.edit.error.contactReach");
        }
        return problems;
    }

    /** How the contact reads publicly: name, then address and number (null: no contact). */
    public String contactText() {
        return contactText(contactName, contactEmail, contactPhone);
    }

    static String contactText(String name, String email, String phone) {
        if (name == null) {
            return null;
        }
        StringBuilder text = new StringBuilder(name);
        if (email != null) {
            text.append(", ").append(email);
        }
        if (phone != null) {
            text.append(", ").append(phone);
        }
        return text.toString();
    }

    /** Empty, or 0 or more with at most two decimals and room in DECIMAL(12,2) ("120.000" is refused, not 120 €). */
    static boolean isAmount(BigDecimal amount) {
        return amount == null || (amount.signum() >= 0 && amount.scale() <= 2 && amount.compareTo(BUDGET_MAX) <= 0);
    }

    private static String blankAsNull(String text) {
        return text.isEmpty() ? null : text;
    }
}
