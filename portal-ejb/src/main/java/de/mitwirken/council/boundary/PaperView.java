package de.mitwirken.council.boundary;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;

/**
 * A council paper as the portal shows it: what it is, where it was consulted with which result, its files, and
 * whether the council has deleted it since it was linked (then shown with a note, as it was last crawled).
 */
public record PaperView(long id, String reference, String name, LocalDate date, String paperType, String webUrl,
        boolean deleted, List<Consultation> consultations, List<File> files) implements Serializable {

    /** One consultation: the organization, the meeting's date, the agenda item's result; any may be unknown. */
    public record Consultation(String organization, String meeting, LocalDate meetingDate, String agendaItem,
            String result, Boolean authoritative, String role) implements Serializable {
    }

    public record File(String name, String mimeType, String accessUrl) implements Serializable {
    }

    /** The reference and title in one line, as lists and the report show a paper. */
    public String label() {
        String title = name == null ? "" : name;
        return reference == null ? title : title.isEmpty() ? reference : reference + " – " + title;
    }
}
