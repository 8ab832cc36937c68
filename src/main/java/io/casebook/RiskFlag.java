package io.casebook;

/**
 * A risk raised on a buyer message, with the words that raised it.
 *
 * @param flag     {@code feedback_threat}, {@code claim_threat}, {@code escalation},
 *                 {@code repeat_contact} or {@code urgent}
 * @param evidence the words of the message that raised it (for a repeat seen in a batch, which
 *                 earlier message was about the same order)
 */
public record RiskFlag(String flag, String evidence) {
}
