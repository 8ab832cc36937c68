package io.casebook.risk;

import java.util.Objects;

/** A flag raised on a message, with the words that raised it and where they are in the text checked. */
public record RiskHit(RiskType type, String evidence, int start, int end) {
    public RiskHit {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(evidence, "evidence");
    }
}
