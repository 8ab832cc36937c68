package io.casebook.risk;

import java.util.Locale;

/** What a buyer message may put at risk: the seller's ratings, money, or account. */
public enum RiskType {
    /** Threatens or announces negative feedback or a bad review. */
    FEEDBACK_THREAT,
    /** An A-to-z claim, an eBay case, a PayPal dispute, a chargeback, a bank or card dispute. */
    CLAIM_THREAT,
    /** Reporting the seller to the marketplace, consumer protection, a lawyer, the police. */
    ESCALATION,
    /** Not the first time the buyer writes about this (said so, or seen again in a batch). */
    REPEAT_CONTACT,
    /** A deadline ahead, or a demand for an immediate answer. */
    URGENT;

    /** The flag's name in results: {@code feedback_threat}, ... */
    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The type whose label is {@code label}, or null. */
    public static RiskType byLabel(String label) {
        for (RiskType t : values()) {
            if (t.label().equals(label)) {
                return t;
            }
        }
        return null;
    }
}
