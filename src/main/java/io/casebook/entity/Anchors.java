package io.casebook.entity;

import java.util.List;

/**
 * The cheap test in front of a costly pattern: does a lower-case text contain one of the words a
 * match needs? Shared by the entity, risk and reply rules.
 */
public final class Anchors {

    private Anchors() {
    }

    /** True when {@code words} is empty (no test) or {@code lower} contains one of them. */
    public static boolean anyIn(String lower, List<String> words) {
        if (words.isEmpty()) {
            return true;
        }
        for (String w : words) {
            if (lower.contains(w)) {
                return true;
            }
        }
        return false;
    }
}
