package io.casebook;

import java.util.List;

/**
 * A reply drafted for a buyer from a precedent's reply, for an agent to edit.
 *
 * @param text         the draft; what it could not know is left as visible {@code [[PLACEHOLDER]]}s
 * @param precedentId  the case whose reply it was drafted from
 * @param placeholders the placeholders left in {@code text}, in order of appearance
 * @param findings     what the reply check found in the draft (the placeholders among them)
 */
public record Draft(String text, String precedentId, List<String> placeholders, List<Finding> findings) {
    public Draft {
        placeholders = List.copyOf(placeholders);
        findings = List.copyOf(findings);
    }

    /** True when no placeholder is left. */
    public boolean complete() {
        return placeholders.isEmpty();
    }
}
