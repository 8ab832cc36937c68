package io.casebook;

import java.time.LocalDate;
import java.util.Objects;

/**
 * A listing of one SKU's past cases, newest first: the search a senior agent does by hand.
 *
 * @param sku       the SKU
 * @param withNotes only cases with agent notes
 * @param intent    only this intent, or empty
 * @param since     only cases on or after this day, or null
 * @param text      only cases matching at least one of these words (message, notes or product), or empty
 * @param limit     at most this many
 */
public record PastCasesQuery(String sku, boolean withNotes, String intent, LocalDate since, String text, int limit) {
    public PastCasesQuery {
        Objects.requireNonNull(sku, "sku");
        if (sku.isBlank()) {
            throw new IllegalArgumentException("a SKU is required");
        }
        intent = intent == null ? "" : intent.strip();
        text = text == null ? "" : text.strip();
        if (limit < 1) {
            throw new IllegalArgumentException("limit must be at least 1, not " + limit);
        }
    }

    /** All cases of {@code sku}, newest first, at most 50. */
    public static PastCasesQuery of(String sku) {
        return new PastCasesQuery(sku, false, "", null, "", 50);
    }
}
