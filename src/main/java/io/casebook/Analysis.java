package io.casebook;

import java.util.List;

/**
 * What casebook makes of one buyer message.
 *
 * @param messageId   the message's id as given
 * @param language    ISO 639-1 code of the language detected (ISO 639-3 where there is no 639-1 code)
 * @param intent      the intent, with its probability and the runner-ups
 * @param sentiment   the sentiment, with its probability and the runner-ups
 * @param needsHuman  true when an agent should decide rather than trust the intent
 * @param reasons     why a human is needed, one sentence each; empty when {@code needsHuman} is false
 * @param risks       the risk flags raised on the message, with their evidence (docs/risk-flags.md)
 */
public record Analysis(String messageId, String language, Prediction intent, Prediction sentiment,
                       boolean needsHuman, List<String> reasons, List<RiskFlag> risks) {

    public Analysis {
        reasons = List.copyOf(reasons);
        risks = List.copyOf(risks);
    }

    /** This analysis with one more risk flag (a repeat seen across a batch). */
    public Analysis withRisk(RiskFlag flag) {
        for (RiskFlag r : risks) {
            if (r.flag().equals(flag.flag())) {
                return this;
            }
        }
        java.util.List<RiskFlag> more = new java.util.ArrayList<>(risks);
        more.add(flag);
        more.sort(java.util.Comparator.comparingInt(r -> io.casebook.risk.RiskType.byLabel(r.flag()).ordinal()));
        return new Analysis(messageId, language, intent, sentiment, needsHuman, reasons, more);
    }

    /** True when the message carries the risk flag {@code flag}. */
    public boolean hasRisk(String flag) {
        return risks.stream().anyMatch(r -> r.flag().equals(flag));
    }
}
