package de.mitwirken.platform.control;

import static org.junit.jupiter.api.Assertions.assertEquals;

import jakarta.mail.MessagingException;
import java.net.ConnectException;
import org.junit.jupiter.api.Test;

class OutboxSenderTest {

    @Test
    void theReasonNamesEveryCauseOnceWithoutJavaPackageNames() {
        var error = new MessagingException("Couldn't connect to host, port: localhost, 25",
                new ConnectException("Connection refused"));
        assertEquals("MessagingException (Couldn't connect to host, port: localhost, 25)"
                + " ← ConnectException (Connection refused)", OutboxSender.reason(error));
    }

    @Test
    void aCauseWithoutMessageIsNamedOnly() {
        assertEquals("IllegalStateException", OutboxSender.reason(new IllegalStateException()));
    }
}
