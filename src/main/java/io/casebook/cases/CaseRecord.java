package io.casebook.cases;

import java.time.LocalDate;
import java.util.Objects;

/**
 * One past case as the case base stores it: the buyer's message, what the agent found and wrote
 * down, the reply sent and how it ended. Empty strings stand for unknown values; {@code date}
 * may be null when the source had none.
 */
public record CaseRecord(String caseId, LocalDate date, String channel, String orderId, String sku,
        String product, String buyerName, String message, String intent, String notes, String reply,
        String resolution) {

    public CaseRecord {
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

    /** True when an agent left notes on the case. */
    public boolean hasNotes() {
        return !notes.isEmpty();
    }

    /** True when a reply was sent. */
    public boolean hasReply() {
        return !reply.isEmpty();
    }
}
