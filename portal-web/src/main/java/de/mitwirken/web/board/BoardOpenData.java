package de.mitwirken.web.board;

import de.mitwirken.board.boundary.PublicBoard;
import de.mitwirken.board.boundary.RecommendationView;
import de.mitwirken.web.platform.OpenDataset;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Objects;
import java.util.stream.Stream;

/** The board's open datasets: its recommendations, and its meetings and papers through OParl. */
@ApplicationScoped
public class BoardOpenData implements OpenDataset {

    static final String OPARL_1_1 = "https://schema.oparl.org/1.1/";

    @Inject
    PublicBoard board;

    @Override
    public List<Facts> datasets() {
        return List.of(
                new Facts("recommendations", "board.opendata.recommendations", 50, Frequency.IRREG, List.of("GOVE"),
                        "/board/index.xhtml", lastStep(board.recommendations()),
                        List.of("board_recommendation", "board_recommendation_step"),
                        List.of(Distribution.file("/opendata/recommendations.csv", Format.CSV),
                                Distribution.file("/api/board/recommendations", Format.JSON),
                                Distribution.file("/feeds/recommendations.atom", Format.ATOM))),
                new Facts("oparl", "board.opendata.oparl", 70, Frequency.CONT, List.of("GOVE"),
                        "/board/index.xhtml", null,
                        List.of("board_meeting", "board_agenda_item", "board_agenda_document", "board_member",
                                "board_recommendation"),
                        List.of(new Distribution("/oparl", Format.JSON, OPARL_1_1, false),
                                Distribution.file("/feeds/meetings.atom", Format.ATOM))));
    }

    /** The newest vote or step on the way through council and administration. */
    static Instant lastStep(List<RecommendationView> recommendations) {
        return recommendations.stream().flatMap(r -> Stream.concat(Stream.of(r.meetingStartsAt()),
                        r.steps().stream().map(s -> s.onDate() == null ? null
                                : s.onDate().atStartOfDay().toInstant(ZoneOffset.UTC))))
                .filter(Objects::nonNull).max(Instant::compareTo).orElse(null);
    }
}
