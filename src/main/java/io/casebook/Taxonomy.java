package io.casebook;

import java.util.List;

/**
 * The label names casebook's corpora, models and reports share (docs/taxonomy.md). A new label
 * is a deliberate change to docs/taxonomy.md, the corpus, this class and the models together.
 */
public final class Taxonomy {

    /** The 20 intents, in the order of docs/taxonomy.md. */
    public static final List<String> INTENTS = List.of(
            "product_question", "discount_request", "wholesale_inquiry", "combine_shipping", "payment_issue",
            "change_order", "cancel_order", "shipping_status", "not_received",
            "damaged_in_transit", "defective", "missing_parts", "wrong_item", "ordered_by_mistake", "usage_help",
            "return_request", "refund_request", "feedback_review", "thanks", "other");

    /** The 3 sentiments. */
    public static final List<String> SENTIMENTS = List.of("negative", "neutral", "positive");

    private Taxonomy() {
    }
}
