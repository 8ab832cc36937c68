package io.casebook;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A past case offered as a precedent for a new message.
 *
 * @param pastCase     the case
 * @param relevance    how well its text matches the message (BM25 over message, notes and product,
 *                     plus a recency bonus of at most 0.5); comparable between precedents of one search
 * @param sameSku      the case is about the message's SKU
 * @param sameIntent   the case has the message's intent
 * @param matchedTerms the buyer's words that the case matched
 */
public record Precedent(PastCase pastCase, double relevance, boolean sameSku, boolean sameIntent,
        List<String> matchedTerms) {

    public Precedent {
        matchedTerms = List.copyOf(matchedTerms);
    }

    /** Why this case was offered, for a person: "same SKU, same intent, matched: lamp, shattered". */
    public String reason() {
        List<String> parts = new ArrayList<>(3);
        if (sameSku) {
            parts.add("same SKU");
        }
        if (sameIntent) {
            parts.add("same intent");
        }
        if (!matchedTerms.isEmpty()) {
            parts.add("matched: " + String.join(", ", matchedTerms));
        }
        if (parts.isEmpty()) {
            parts.add(String.format(Locale.ROOT, "nearest by text and date (relevance %.2f)", relevance));
        }
        return String.join("; ", parts);
    }
}
