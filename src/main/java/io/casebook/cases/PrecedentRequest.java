package io.casebook.cases;

import java.time.LocalDate;
import java.util.Map;
import java.util.Objects;

/**
 * What a precedent search knows about the new message.
 *
 * @param text    the buyer's text (analysed, never parsed as a query)
 * @param sku     its SKU, or empty
 * @param intent  its intent (predicted or known), or empty
 * @param limit   how many cases to return (1 to 100)
 * @param asOf    the day recency is measured from (the index's newest case, for repeatable results)
 * @param exclude a case id never to return (the message's own case, when it is already indexed), or empty
 * @param intentWeights how strongly each intent is believed (the classifier's probabilities); empty means
 *                {@code intent} with certainty
 */
public record PrecedentRequest(String text, String sku, String intent, int limit, LocalDate asOf, String exclude,
        Map<String, Double> intentWeights) {
    public PrecedentRequest {
        Objects.requireNonNull(text, "text");
        sku = sku == null ? "" : sku.strip();
        intent = intent == null ? "" : intent.strip();
        if (limit < 1 || limit > 100) {
            throw new IllegalArgumentException("limit must be 1 to 100, not " + limit);
        }
        Objects.requireNonNull(asOf, "asOf");
        exclude = exclude == null ? "" : exclude;
        intentWeights = intentWeights == null || intentWeights.isEmpty()
                ? (intent.isEmpty() ? Map.of() : Map.of(intent, 1.0)) : Map.copyOf(intentWeights);
    }

    /** A request that excludes nothing, with its intent certain. */
    public PrecedentRequest(String text, String sku, String intent, int limit, LocalDate asOf) {
        this(text, sku, intent, limit, asOf, "", Map.of());
    }

    /** A request with its intent certain. */
    public PrecedentRequest(String text, String sku, String intent, int limit, LocalDate asOf, String exclude) {
        this(text, sku, intent, limit, asOf, exclude, Map.of());
    }
}
