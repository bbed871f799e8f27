package de.mitwirken.tools.cluster;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.LongAdder;

/** The citizens' outcomes: acknowledged needs (id and title, checked in the database later), lost sessions, sign-ins. */
final class Ledger {

    private final Map<Long, String> acknowledged = new ConcurrentHashMap<>();
    private final LongAdder acrossRestart = new LongAdder();
    private final LongAdder lostAcrossRestart = new LongAdder();
    private final LongAdder lostSessions = new LongAdder();
    private final LongAdder signInsOk = new LongAdder();
    private final LongAdder signInsFailed = new LongAdder();
    private final ConcurrentLinkedQueue<String> lostSamples = new ConcurrentLinkedQueue<>();

    void acknowledged(long needId, String title, boolean acrossARestart) {
        acknowledged.put(needId, title);
        if (acrossARestart) {
            acrossRestart.increment();
        }
    }

    /** A half-filled form whose session was gone when the person went on. */
    void halfFilledLost(boolean acrossARestart) {
        if (acrossARestart) {
            lostAcrossRestart.increment();
        }
    }

    void lostSession(String why) {
        lostSessions.increment();
        if (lostSamples.size() < 10) {
            lostSamples.add(why);
        }
    }

    void signInOk() {
        signInsOk.increment();
    }

    void signInFailed() {
        signInsFailed.increment();
    }

    Map<Long, String> acknowledged() {
        return Map.copyOf(acknowledged);
    }

    long acrossRestart() {
        return acrossRestart.sum();
    }

    long lostAcrossRestart() {
        return lostAcrossRestart.sum();
    }

    long lostSessions() {
        return lostSessions.sum();
    }

    long signInsOk() {
        return signInsOk.sum();
    }

    long signInsFailed() {
        return signInsFailed.sum();
    }

    List<String> lostSamples() {
        return List.copyOf(lostSamples);
    }
}
