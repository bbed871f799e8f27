package de.mitwirken.council.control;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * What the crawler keeps of the council's OParl objects, read from JSON by {@link OparlReader} and handed to a
 * {@link CouncilStore}. Everything but the id may be missing (OParl makes it optional): null then.
 */
public final class OparlData {

    private OparlData() {
    }

    public record Organization(String id, String name, String shortName) {
    }

    public record AgendaItem(String id, String number, String name, String result) {
    }

    public record Meeting(String id, String name, Instant start, boolean cancelled, String web,
            List<AgendaItem> agendaItems) {
    }

    public record Consultation(String id, String meeting, String agendaItem, List<String> organizations,
            Boolean authoritative, String role) {
    }

    public record File(String id, String name, String fileName, String mimeType, String accessUrl, Long size) {
    }

    public record Paper(String id, String body, String reference, String name, LocalDate date, String paperType,
            String web, List<Consultation> consultations, List<File> files) {
    }

    /** One list page, read: the objects to keep, the ids the council deleted, and what could not be used. */
    public record Page(List<Organization> organizations, List<Meeting> meetings, List<Paper> papers,
            List<String> deleted, int invalid, int unknown) {

        public int size() {
            return organizations.size() + meetings.size() + papers.size();
        }
    }
}
