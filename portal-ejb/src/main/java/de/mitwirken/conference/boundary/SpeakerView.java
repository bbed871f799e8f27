package de.mitwirken.conference.boundary;

import java.io.Serializable;

/** A speaker for the public; hasPhoto says whether /conference/speaker-photo?id= serves a portrait. */
public record SpeakerView(long id, String name, String affiliation, String bio, boolean hasPhoto) implements Serializable {
}
