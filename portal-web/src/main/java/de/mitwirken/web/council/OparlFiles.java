package de.mitwirken.web.council;

import de.mitwirken.board.boundary.BoardMeetings;
import de.mitwirken.board.boundary.BoardPublication;
import de.mitwirken.board.boundary.PublicBoard;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Optional;
import java.util.function.LongFunction;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The content behind an OParl File id: {@code doc-N} a public agenda document, {@code invitation-N} and
 * {@code protocol-N} a meeting's public agenda and published minutes, {@code recommendation-N} an adopted
 * recommendation, {@code report-N} a released report's stored German PDF. Anything else is not there.
 */
final class OparlFiles {

    private static final Pattern ID = Pattern.compile("(doc|invitation|protocol|recommendation|report)-([0-9]{1,18})");

    record Content(String fileName, String contentType, byte[] bytes) {
    }

    private OparlFiles() {
    }

    static Optional<Content> find(String localId, BoardPublication board, PublicBoard publicBoard,
                                  LongFunction<Optional<byte[]>> report) {
        Matcher m = ID.matcher(localId);
        if (!m.matches()) {
            return Optional.empty();
        }
        long id = Long.parseLong(m.group(2));
        return switch (m.group(1)) {
            case "doc" -> {
                BoardMeetings.DocumentFile file = publicBoard.publicDocument(id);
                yield Optional.of(new Content(file.filename(), file.contentType(), file.content()));
            }
            case "invitation" -> board.agendaPdf(id).map(b -> pdf("tagesordnung-" + id, b));
            case "protocol" -> board.minutesPdf(id).map(b -> pdf("protokoll-" + id, b));
            case "recommendation" -> board.recommendationPdf(id).map(b -> pdf("empfehlung-" + id, b));
            default -> report.apply(id).map(b -> pdf("umsetzungsbericht-" + id, b));
        };
    }

    private static Content pdf(String name, byte[] bytes) {
        return new Content(name + ".pdf", "application/pdf", bytes);
    }

    static String sha512(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-512").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-512 is part of every Java platform", e);
        }
    }

}
