package io.casebook;

import java.time.LocalDate;
import java.util.Objects;

/**
 * A case the team has handled: the buyer's message, the agent's notes, the reply sent and the
 * outcome. The columns of a cases file ({@code corpora/cases.csv}). Empty strings stand for
 * unknown values; {@code date} may be null.
 */
public record PastCase(String caseId, LocalDate date, String channel, String orderId, String sku, String product,
        String buyerName, String message, String intent, String notes, String reply, String resolution) {

    public PastCase {
        Objects.requireNonNull(caseId, "caseId");
        Objects.requireNonNull(message, "message");
        channel = nz(channel);
        orderId = nz(orderId);
        sku = nz(sku);
        product = nz(product);
        buyerName = nz(buyerName);
        intent = nz(intent);
        notes = nz(notes);
        reply = nz(reply);
        resolution = nz(resolution);
    }

    private static String nz(String s) {
        return s == null ? "" : s.strip();
    }
}
