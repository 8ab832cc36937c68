package io.casebook.reply;

import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * One rule of the reply check, as read from a rules file.
 *
 * @param id           the rule's id
 * @param severity     error or warning
 * @param marketplaces where it applies; empty for everywhere
 * @param check        what it looks at (see {@link ReplyRules})
 * @param parts        for pattern checks: the patterns that must all match (in one sentence, or
 *                     in the whole reply for {@code reply_pattern})
 * @param absent       for pattern checks: patterns that must not match there
 * @param message      why a match is a problem
 * @param anchors      words (lower case) of which the reply must contain one for the rule to run: a
 *                     cheap test that spares most replies the rule's patterns
 */
record ReplyRule(String id, Severity severity, Set<String> marketplaces, String check, List<Pattern> parts,
        List<Pattern> absent, String message, List<String> anchors) {

    /** True when the lower-case reply contains one of the rule's anchor words (or the rule has none). */
    boolean mayMatch(String lower) {
        return io.casebook.entity.Anchors.anyIn(lower, anchors);
    }


    boolean appliesTo(String marketplace) {
        return marketplaces.isEmpty() || marketplace.isEmpty() || marketplaces.contains(marketplace);
    }
}
