package de.mitwirken.web.frame;

import java.util.Locale;

/** The English texts of all capabilities (see {@link Messages}). */
public class Messages_en extends Messages {

    public Messages_en() {
        super(Locale.ENGLISH);
    }
}
