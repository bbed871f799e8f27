package de.mitwirken.conference.boundary;

import java.io.Serializable;

public record SpeakerView(long id, String name, String affiliation, String bio) implements Serializable {
}
