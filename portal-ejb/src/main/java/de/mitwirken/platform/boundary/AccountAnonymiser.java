package de.mitwirken.platform.boundary;

/**
 * A capability's part of deleting an account: it removes the person's private data and detaches their
 * name from public contributions (which stay, as "former participant"). Runs in the deletion's transaction.
 */
public interface AccountAnonymiser {

    void anonymise(long profileId);
}
