package io.casebook.risk;

import java.util.regex.Pattern;

/** One pattern that raises one flag; patterns run on lower-case text containing one of the anchors, if any. */
record RiskRule(RiskType type, Pattern pattern, String id, java.util.List<String> anchors) {

    /** True when the text may match: it contains one of the rule's anchor words (or the rule has none). */
    boolean mayMatch(String lower) {
        return io.casebook.entity.Anchors.anyIn(lower, anchors);
    }

}
