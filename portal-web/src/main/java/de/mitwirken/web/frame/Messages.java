package de.mitwirken.web.frame;

import java.util.Collections;
import java.util.Enumeration;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.ResourceBundle;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The one message bundle of the web module ({@code msg} of the pages, JSF's message bundle, the texts Java
 * code reads): it joins the bundles of the seven capabilities,
 * {@code de/mitwirken/web/<capability>/messages_<language>.properties}, so that pages and code keep asking
 * one bundle by key while each capability keeps its own texts. Which bundle holds a key is written in the
 * bundles' head comment; a key in two bundles stops the bundle from loading (MessageBundlesTest finds it first).
 *
 * <p>{@code Messages_de} and {@code Messages_en} are the languages. This class itself is the base bundle and
 * German: ResourceBundle tries the JVM's default language before a base, so another language (fr) gets what it
 * got when there were only messages_de and messages_en, and German where it failed before.
 */
public class Messages extends ResourceBundle {

    public static final String NAME = Messages.class.getName();

    /** The capabilities with a bundle, platform first (the frame). */
    public static final List<String> CAPABILITIES = List.of("platform", "needs", "backlog", "board", "conference",
            "reporting", "council");

    /** Joined once per language: the base and Messages_de share the German texts. */
    private static final Map<Locale, Map<String, Object>> JOINED = new ConcurrentHashMap<>();

    private final Map<String, Object> texts;

    public Messages() {
        this(Locale.GERMAN);
    }

    protected Messages(Locale language) {
        texts = JOINED.computeIfAbsent(language, Messages::join);
    }

    /** The base name of a capability's bundle of texts. */
    public static String bundleName(String capability) {
        return "de.mitwirken.web." + capability + ".messages";
    }

    private static Map<String, Object> join(Locale language) {
        Map<String, Object> joined = new LinkedHashMap<>();
        Map<String, String> owners = new HashMap<>();
        for (String capability : CAPABILITIES) {
            // properties only and no fallback: exactly messages_<language> of the capability, nothing else
            ResourceBundle part = ResourceBundle.getBundle(bundleName(capability), language, Messages.class.getClassLoader(),
                    Control.getNoFallbackControl(Control.FORMAT_PROPERTIES));
            for (String key : part.keySet()) {
                String before = owners.putIfAbsent(key, capability);
                if (before != null) {
                    throw new IllegalStateException(key + " is in the message bundles of " + before + " and " + capability);
                }
                joined.put(key, part.getObject(key));
            }
        }
        return Collections.unmodifiableMap(joined);
    }

    @Override
    protected Object handleGetObject(String key) {
        return texts.get(Objects.requireNonNull(key));
    }

    @Override
    protected Set<String> handleKeySet() {
        return texts.keySet();
    }

    @Override
    public Enumeration<String> getKeys() {
        Set<String> keys = new LinkedHashSet<>(texts.keySet());
        if (parent != null) {
            keys.addAll(Collections.list(parent.getKeys()));
        }
        return Collections.enumeration(keys);
    }
}
