package io.casebook.risk;

import java.util.ArrayList;
import java.util.List;

/**
 * The literal words any match of a regular expression must start with, when they can be read
 * off its text: for {@code \b(?:leave|left|give)\b...} they are {@code leave}, {@code left},
 * {@code give}. A text that contains none of them cannot match, which is much cheaper to test
 * than running the expression. Returns an empty list when the prefixes cannot be read with
 * certainty (then the expression always runs).
 */
final class LiteralPrefixes {

    private LiteralPrefixes() {
    }

    static List<String> of(String regex) {
        List<String> top = splitTopLevel(regex);
        if (top.size() > 1) {
            List<String> out = new ArrayList<>();
            for (String alternative : top) {
                List<String> p = of(alternative);
                if (p.isEmpty()) {
                    return List.of();
                }
                out.addAll(p);
            }
            return out;
        }
        String r = regex;
        while (r.startsWith("\\b")) {
            r = r.substring(2);
        }
        if (!r.startsWith("(?:")) {
            String p = literal(r);
            return p.length() >= 2 ? List.of(p) : List.of();
        }
        int close = matchingParen(r, 0);
        if (close < 0) {
            return List.of();
        }
        String after = r.substring(close + 1);
        if (after.startsWith("?") || after.startsWith("*") || after.startsWith("{0")) {
            return List.of(); // the group is optional: the match may start elsewhere
        }
        List<String> out = new ArrayList<>();
        for (String alternative : splitTopLevel(r.substring(3, close))) {
            String p = literal(alternative);
            if (p.length() < 2) {
                return List.of();
            }
            out.add(p);
        }
        return out;
    }

    /** The leading run of characters that match themselves (letters, digits, space, ' and -). */
    private static String literal(String s) {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (Character.isLetterOrDigit(c) || c == ' ' || c == '\'' || c == '-') {
                // a quantifier after the character makes it optional: stop before it
                if (i + 1 < s.length() && "?*{".indexOf(s.charAt(i + 1)) >= 0) {
                    break;
                }
                b.append(c);
            } else {
                break;
            }
        }
        return b.toString();
    }

    private static int matchingParen(String s, int open) {
        int depth = 0;
        for (int i = open; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '\\') {
                i++;
            } else if (c == '[') {
                i = s.indexOf(']', i + 1);
                if (i < 0) {
                    return -1;
                }
            } else if (c == '(') {
                depth++;
            } else if (c == ')') {
                depth--;
                if (depth == 0) {
                    return i;
                }
            }
        }
        return -1;
    }

    private static List<String> splitTopLevel(String s) {
        List<String> out = new ArrayList<>();
        int depth = 0;
        int start = 0;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '\\') {
                i++;
            } else if (c == '[') {
                int end = s.indexOf(']', i + 1);
                i = end < 0 ? s.length() : end;
            } else if (c == '(') {
                depth++;
            } else if (c == ')') {
                depth--;
            } else if (c == '|' && depth == 0) {
                out.add(s.substring(start, i));
                start = i + 1;
            }
        }
        out.add(s.substring(start));
        return out;
    }
}
