package io.casebook.entity;

import java.util.List;
import java.util.Locale;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One pattern for one entity type; the entity is the match of capture group {@code group} (0 for
 * the whole match), so that a rule can require context around the entity without a costly
 * look-behind. A rule may also demand that the match, upper-cased and without spaces, passes a
 * check (a check digit). Immutable and thread-safe.
 */
record EntityRule(EntityType type, Pattern pattern, int group, Predicate<String> check, int minDigits,
        List<String> anchors) {

    static EntityRule of(EntityType type, String regex) {
        return of(type, regex, 0);
    }

    static EntityRule of(EntityType type, String regex, int group) {
        return new EntityRule(type, Pattern.compile(regex, Pattern.CASE_INSENSITIVE), group, v -> true, 0, List.of());
    }

    static EntityRule checked(EntityType type, String regex, Predicate<String> check) {
        return new EntityRule(type, Pattern.compile(regex, Pattern.CASE_INSENSITIVE), 0, check, 0, List.of());
    }

    /**
     * This rule, tried only on texts with at least {@code digits} digits in all and, when
     * {@code anyOf} is given, one of those lower-case strings: cheap tests that spare most
     * messages most regular expressions.
     */
    EntityRule needing(int digits, String... anyOf) {
        return new EntityRule(type, pattern, group, check, digits, List.of(anyOf));
    }

    /** True when a text with {@code digits} digits whose lower-case form is {@code lower} may match. */
    boolean mayMatch(int digits, String lower) {
        if (digits < minDigits) {
            return false;
        }
        return Anchors.anyIn(lower, anchors);
    }

    Matcher matcher(CharSequence text) {
        return pattern.matcher(text);
    }

    boolean accepts(String value) {
        return check.test(compact(value));
    }

    /** {@code value} upper-cased and without spaces: the form check digits are computed on. */
    static String compact(String value) {
        StringBuilder b = new StringBuilder(value.length());
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c != ' ') {
                b.append(c);
            }
        }
        return b.toString().toUpperCase(Locale.ROOT);
    }
}
