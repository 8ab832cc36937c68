package io.casebook.cases;

import java.time.LocalDate;
import java.util.Objects;

/**
 * A listing of one SKU's past cases, newest first.
 *
 * @param sku        the SKU (required)
 * @param withNotes  only cases an agent left notes on
 * @param intent     only cases of this intent, or empty for all
 * @param since      only cases on or after this day, or null
 * @param text       only cases whose message, notes or product match at least one of these words, or empty
 * @param limit      at most this many cases
 */
public record CaseFilter(String sku, boolean withNotes, String intent, LocalDate since, String text, int limit) {
    public CaseFilter {
        Objects.requireNonNull(sku, "sku");
        sku = sku.strip();
        if (sku.isEmpty()) {
            throw new IllegalArgumentException("a SKU is required");
        }
        intent = intent == null ? "" : intent.strip();
        text = text == null ? "" : text.strip();
        if (limit < 1) {
            throw new IllegalArgumentException("limit must be at least 1");
        }
    }
}
