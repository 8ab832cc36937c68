package io.casebook.risk;

import java.util.List;
import java.util.regex.Pattern;

/**
 * One pattern that raises one flag. The pattern runs only on lower-case text containing one of
 * its anchor words, if it has any; when {@code anchorsStartMatches} the anchors are the literal
 * words every match starts with (read off the pattern by {@link LiteralPrefixes}), so the search
 * may begin where the first of them occurs.
 */
record RiskRule(RiskType type, Pattern pattern, String id, List<String> anchors, boolean anchorsStartMatches) {

    RiskRule {
        anchors = List.copyOf(anchors);
    }
}
