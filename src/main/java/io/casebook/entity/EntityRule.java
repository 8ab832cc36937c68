package io.casebook.entity;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One pattern for one entity type; the entity is the match of capture group {@code group} (0 for
 * the whole match), so that a rule can require context around the entity without a costly
 * look-behind. Immutable and thread-safe.
 */
record EntityRule(EntityType type, Pattern pattern, int group) {

    static EntityRule of(EntityType type, String regex) {
        return new EntityRule(type, Pattern.compile(regex, Pattern.CASE_INSENSITIVE), 0);
    }

    static EntityRule of(EntityType type, String regex, int group) {
        return new EntityRule(type, Pattern.compile(regex, Pattern.CASE_INSENSITIVE), group);
    }

    Matcher matcher(CharSequence text) {
        return pattern.matcher(text);
    }
}
