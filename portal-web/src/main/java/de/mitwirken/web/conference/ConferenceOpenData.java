package de.mitwirken.web.conference;

import de.mitwirken.conference.boundary.PublicProgramme;
import de.mitwirken.conference.boundary.SessionView;
import de.mitwirken.web.platform.OpenDataset;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.List;
import java.util.Objects;

/** The conference's open dataset: the published programmes (sessions, tracks, rooms, speakers). */
@ApplicationScoped
public class ConferenceOpenData implements OpenDataset {

    @Inject
    PublicProgramme programme;

    @Override
    public List<Facts> datasets() {
        // every session records its last change, cancellations included
        Instant changed = programme.conferences().stream().flatMap(c -> c.sessions().stream())
                .map(SessionView::changedAt).filter(Objects::nonNull).max(Instant::compareTo).orElse(null);
        return List.of(new Facts("programme", "conference.opendata.programme", 60, Frequency.IRREG,
                List.of("GOVE", "EDUC"), "/conference/index.xhtml", changed,
                List.of("conf_conference", "conf_session", "conf_track", "conf_speaker", "conf_session_speaker"),
                List.of(Distribution.file("/opendata/programme.csv", Format.CSV),
                        Distribution.file("/api/conferences", Format.JSON))));
    }
}
