package de.mitwirken.tools;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class RushMailsTest {

    @Test
    void countsEachMessageOfGreenMailsListOnceEvenWhenItsMimeTextQuotesTheKeys() {
        // as GreenMail 2.1.5 answers: uid as a string, the key "Message-ID"
        String json = "[{\"uid\":\"1\",\"Message-ID\":\"<outbox-7@mitwirken>\",\"subject\":\"Bitte bestätigen\","
                + "\"contentType\":\"multipart/alternative\",\"mimeMessage\":\"Message-ID: <outbox-7@mitwirken>\\r\\n"
                + "{\\\"uid\\\":9,\\\"messageId\\\":\\\"<fake@x>\\\"}\"},"
                + "{\"uid\":\"2\",\"Message-ID\":\"<outbox-7@mitwirken>\",\"subject\":\"Bitte bestätigen\","
                + "\"contentType\":\"text/plain\",\"mimeMessage\":\"...\"}]";

        assertEquals(List.of("<outbox-7@mitwirken>", "<outbox-7@mitwirken>"), RushMails.messageIds(json));
    }

    @Test
    void anEmptyMailboxHasNoMessages() {
        assertEquals(List.of(), RushMails.messageIds("[]"));
    }

    @Test
    void aMessageWithoutMessageIdIsCountedAllTheSame() {
        assertEquals(2, RushMails.messageIds("[{\"uid\":1,\"messageId\":\"<a@b>\",\"mimeMessage\":\"x\"},"
                + "{\"uid\":2,\"mimeMessage\":\"y\"}]").size());
    }
}
