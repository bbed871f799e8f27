package de.mitwirken.platform.entity;

/**
 * What a person agrees to, each with the version of the text they saw. Raise the version when the
 * text in the message bundles changes materially: everyone is asked again.
 */
public enum ConsentPurpose {
    /** Privacy policy and terms of participation: required to take part (submit, support, comment, register). */
    PRIVACY_POLICY("2026-11-28", true);

    private final String currentVersion;
    private final boolean requiredToParticipate;

    ConsentPurpose(String currentVersion, boolean requiredToParticipate) {
        this.currentVersion = currentVersion;
        this.requiredToParticipate = requiredToParticipate;
    }

    public String currentVersion() {
        return currentVersion;
    }

    public boolean requiredToParticipate() {
        return requiredToParticipate;
    }
}
