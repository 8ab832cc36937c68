package io.casebook.cases;

import java.time.LocalDate;
import java.util.Objects;

/**
 * What a precedent search knows about the new message.
 *
 * @param text    the buyer's text (analysed, never parsed as a query)
 * @param sku     its SKU, or empty
 * @param intent  its intent (predicted or known), or empty
 * @param limit   how many cases to return (1 to 100)
 * @param asOf    the day recency is measured from (the index's newest case, for repeatable results)
 */
public record PrecedentRequest(String text, String sku, String intent, int limit, LocalDate asOf) {
    public PrecedentRequest {
        Objects.requireNonNull(text, "text");
        sku = sku == null ? "" : sku.strip();
        intent = intent == null ? "" : intent.strip();
        if (limit < 1 || limit > 100) {
            throw new IllegalArgumentException("limit must be 1 to 100, not " + limit);
        }
        Objects.requireNonNull(asOf, "asOf");
    }
}
