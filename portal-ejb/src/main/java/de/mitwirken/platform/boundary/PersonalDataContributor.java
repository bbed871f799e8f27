package de.mitwirken.platform.boundary;

import jakarta.json.JsonValue;
import java.util.List;

/**
 * A capability's part of "my data": it adds what it holds about a person to the export. Capabilities
 * implement this as CDI beans; the platform knows none of them.
 */
public interface PersonalDataContributor {

    /** A file of the person's, such as an attachment they uploaded. */
    record ExportFile(String path, byte[] content) {
    }

    /** The section name in the export, e.g. "needs". */
    String section();

    /** Everything the capability holds about the person, as JSON. */
    JsonValue personalData(long profileId);

    default List<ExportFile> files(long profileId) {
        return List.of();
    }
}
