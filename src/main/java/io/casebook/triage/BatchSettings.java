package io.casebook.triage;

import io.casebook.inbox.OrderBook;
import java.util.Objects;

/**
 * How a batch run works.
 *
 * @param threads   worker threads for classification and retrieval (output stays in input order)
 * @param drafts    find the top precedent and draft a reply for every message
 * @param orders    order reports that give messages their SKU and product through their order id
 * @param signature the signature of drafted replies (empty: a placeholder)
 */
public record BatchSettings(int threads, boolean drafts, OrderBook orders, String signature) {
    public BatchSettings {
        if (threads < 1) {
            throw new IllegalArgumentException("threads must be at least 1");
        }
        Objects.requireNonNull(orders, "orders");
        signature = signature == null ? "" : signature;
    }

    /** One thread per core, drafts on, no order reports. */
    public static BatchSettings defaults() {
        return new BatchSettings(Runtime.getRuntime().availableProcessors(), true, OrderBook.empty(), "");
    }
}
