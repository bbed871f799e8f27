package de.mitwirken.platform.entity;

import java.util.Locale;
import java.util.Optional;

/** The portal's user interface languages. German is the default of a German city's portal. */
public enum Language {
    DE("de"), EN("en");

    public static final Language DEFAULT = DE;

    private final String tag;

    Language(String tag) {
        this.tag = tag;
    }

    public String tag() {
        return tag;
    }

    public Locale locale() {
        return Locale.forLanguageTag(tag);
    }

    /** Reads a tag such as "en" or "de-DE"; anything else is no language of ours. */
    public static Optional<Language> fromTag(String tag) {
        if (tag == null || tag.isBlank()) {
            return Optional.empty();
        }
        String primary = tag.strip().toLowerCase(Locale.ROOT).split("[-_]", 2)[0];
        for (Language language : values()) {
            if (language.tag.equals(primary)) {
                return Optional.of(language);
            }
        }
        return Optional.empty();
    }
}
