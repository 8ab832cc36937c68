package io.casebook;

import java.util.List;

/**
 * A reply drafted for a buyer from a precedent's reply, for an agent to edit.
 *
 * @param text         the draft; what it could not know is left as visible {@code [[PLACEHOLDER]]}s
 * @param precedentId  the case whose reply it was drafted from
 * @param placeholders the placeholders left in {@code text}, in order of appearance
 */
public record Draft(String text, String precedentId, List<String> placeholders) {
    public Draft {
        placeholders = List.copyOf(placeholders);
    }

    /** True when no placeholder is left. */
    public boolean complete() {
        return placeholders.isEmpty();
    }
}
