package de.mitwirken.web.frame;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/** The one bundle of the pages answers every key of the six capabilities' bundles with their text. */
class MessagesTest {

    private static final Path WEB = Path.of("src/main/resources/de/mitwirken/web");

    private static Map<String, String> files(String language) {
        Map<String, String> all = new LinkedHashMap<>();
        for (String capability : Messages.CAPABILITIES) {
            all.putAll(PropertiesEntries.values(WEB.resolve(capability).resolve("messages_" + language + ".properties")));
        }
        return all;
    }

    private static void answersLike(Map<String, String> texts, ResourceBundle bundle) {
        assertEquals(new TreeSet<>(texts.keySet()), new TreeSet<>(bundle.keySet()));
        texts.forEach((key, text) -> assertEquals(text, bundle.getString(key), key));
    }

    @Test
    void germanAndEnglishAreTheTextsOfTheSevenBundles() {
        answersLike(files("de"), ResourceBundle.getBundle(Messages.NAME, Locale.GERMAN));
        answersLike(files("en"), ResourceBundle.getBundle(Messages.NAME, Locale.ENGLISH));
        answersLike(files("en"), ResourceBundle.getBundle(Messages.NAME, Locale.UK));
        assertEquals("Bitte füllen Sie dieses Feld aus.", ResourceBundle.getBundle(Messages.NAME, Locale.GERMANY)
                .getString("jakarta.faces.component.UIInput.REQUIRED"), "JSF's own texts, in our words");
    }

    @Test
    void anotherLanguageGetsTheDefaultLanguagesTextsOrGerman() {
        // as with messages_de/messages_en alone: ResourceBundle falls back to the JVM's language first
        String fallback = Set.of("de", "en").contains(Locale.getDefault().getLanguage()) ? Locale.getDefault().getLanguage() : "de";
        answersLike(files(fallback), ResourceBundle.getBundle(Messages.NAME, Locale.FRENCH));
    }

    @Test
    void anUnknownKeyIsMissingAsBefore() {
        ResourceBundle bundle = ResourceBundle.getBundle(Messages.NAME, Locale.ENGLISH);
        assertThrows(MissingResourceException.class, () -> bundle.getString("no.such.key"));
    }
}
