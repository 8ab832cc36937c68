package io.casebook.entity;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** One pattern for one entity type. Immutable and thread-safe. */
record EntityRule(EntityType type, Pattern pattern) {

    static EntityRule of(EntityType type, String regex) {
        return new EntityRule(type, Pattern.compile(regex, Pattern.CASE_INSENSITIVE));
    }

    Matcher matcher(CharSequence text) {
        return pattern.matcher(text);
    }
}
