package de.mitwirken.needs.boundary;

import de.mitwirken.needs.entity.NeedStatus;
import de.mitwirken.needs.entity.Outcome;
import de.mitwirken.needs.entity.SubmitterType;
import de.mitwirken.strategy.StrategyField;
import java.io.Serializable;
import java.time.Instant;
import java.util.List;

/** Everything the detail page of a need shows. */
public record NeedDetail(long id, String title, String description, StrategyField field, NeedStatus status,
                         boolean hidden, SubmitterType submitterType, String organisation, String district,
                         Author author, int supportCount, int commentCount, Instant createdAt, Instant publishedAt,
                         Instant moderatedEditAt, List<ServiceRef> services, List<Step> history, Answer answer,
                         String rejectionReason, ClusterRef cluster, List<AttachmentRef> attachments,
                         List<CommentView> comments, String language, int verifiedSupportCount,
                         Long organisationId) implements Serializable {

    /** Who submitted: a named person, a former participant (deleted account), or a guest. */
    public record Author(Long profileId, String name, Kind kind) implements Serializable {
        /** How the author is shown. */
        public enum Kind { PERSON, FORMER, GUEST }
    }

    /** A service the need concerns. */
    public record ServiceRef(long id, String nameDe, String nameEn) implements Serializable {
    }

    /** One dated step of the public history. */
    public record Step(NeedStatus status, Outcome outcome, Instant at) implements Serializable {
    }

    /** The city's official answer; easyText is its version in Leichte Sprache, or null. */
    public record Answer(Outcome outcome, String text, String department, String reason, Instant at, String easyText)
            implements Serializable {
    }

    /** The cluster the need belongs to. */
    public record ClusterRef(long id, String title) implements Serializable {
    }

    /** An attached file. */
    public record AttachmentRef(long id, String filename, String contentType, int sizeBytes) implements Serializable {
        public boolean image() {
            return contentType.startsWith("image/");
        }
    }

    public boolean isPublic() {
        return status.isPublic() && !hidden;
    }
}
