package de.mitwirken.platform.entity;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;

/** Stores a language as its tag ("de", "en"), as the migrations and demo data write it. */
@Converter(autoApply = true)
public class LanguageConverter implements AttributeConverter<Language, String> {

    @Override
    public String convertToDatabaseColumn(Language language) {
        return language == null ? null : language.tag();
    }

    @Override
    public Language convertToEntityAttribute(String tag) {
        return tag == null ? null : Language.fromTag(tag).orElse(Language.DEFAULT);
    }
}
