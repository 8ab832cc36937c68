package io.casebook.reply;

/**
 * A problem found in a reply.
 *
 * @param rule     the rule's id ({@code feedback_for_value}, ...)
 * @param severity error or warning
 * @param message  why it is a problem, for a person
 * @param start    where the offending span starts in the reply
 * @param end      where it ends (exclusive)
 * @param span     the offending text
 */
public record ReplyFinding(String rule, Severity severity, String message, int start, int end, String span) {
}
