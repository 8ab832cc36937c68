package io.casebook;

/**
 * A problem found in a reply by the reply check (docs/reply-check.md).
 *
 * @param rule     the rule's id, such as {@code feedback_for_value}
 * @param severity {@code error} (fix it before sending) or {@code warning} (check it)
 * @param message  why it is a problem
 * @param start    where the offending span starts in the reply
 * @param end      where it ends (exclusive)
 * @param span     the offending text
 */
public record Finding(String rule, String severity, String message, int start, int end, String span) {

    /** True for an error. */
    public boolean isError() {
        return severity.equals("error");
    }
}
