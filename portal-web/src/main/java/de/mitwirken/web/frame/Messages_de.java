package de.mitwirken.web.frame;

import java.util.Locale;

/** The German texts of all capabilities (see {@link Messages}). */
public class Messages_de extends Messages {

    public Messages_de() {
        super(Locale.GERMAN);
    }
}
