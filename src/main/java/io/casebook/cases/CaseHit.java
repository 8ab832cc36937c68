package io.casebook.cases;

import java.util.List;

/**
 * A past case found for a message: the case, its text relevance (BM25 over the message, notes and
 * product title, plus a small recency bonus), whether it has the message's SKU and intent, and the
 * buyer's words it matched.
 */
public record CaseHit(CaseRecord record, double relevance, boolean sameSku, boolean sameIntent,
        List<String> matchedTerms) {
    public CaseHit {
        matchedTerms = List.copyOf(matchedTerms);
    }
}
