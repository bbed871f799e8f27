package de.mitwirken.platform.boundary;

import com.openhtmltopdf.util.Diagnostic;
import com.openhtmltopdf.util.XRLog;
import com.openhtmltopdf.util.XRLogger;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * openhtmltopdf's log, sent to java.util.logging under its own logger names ("com.openhtmltopdf.load", …)
 * instead of the library's console handler, whose lines on standard error the server would log as SEVERE.
 * Its chatty INFO lines (timings, fonts loaded) become FINE; warnings and errors stay what they are. One
 * process-wide logger for every PDF the portal prints (council reports, certificates, badges): {@link #install()}.
 */
public final class PdfLog implements XRLogger {

    /** Replaces the library's default logger (standard error) with this one; idempotent. */
    public static synchronized void install() {
        if (!(XRLog.getLoggerImpl() instanceof PdfLog)) {
            XRLog.setLoggerImpl(new PdfLog());
        }
    }

    private PdfLog() {
    }

    @Override
    public void log(String where, Level level, String message) {
        log(where, level, message, null);
    }

    @Override
    public void log(String where, Level level, String message, Throwable error) {
        Logger.getLogger(where).log(level(level), message, error);
    }

    @Override
    public void setLevel(String logger, Level level) {
        // levels are the server's logging configuration, not the library's
    }

    @Override
    public boolean isLogLevelEnabled(Diagnostic diagnostic) {
        return Logger.getLogger("com.openhtmltopdf").isLoggable(level(diagnostic.getLevel()));
    }

    private static Level level(Level level) {
        return level.intValue() < Level.WARNING.intValue() ? Level.FINE : level;
    }
}
