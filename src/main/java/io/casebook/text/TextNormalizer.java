package io.casebook.text;

import io.casebook.entity.Entity;
import io.casebook.entity.EntityFinder;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Turns buyer text into normalised tokens: lower case ({@link Locale#ROOT}), accents folded,
 * apostrophes dropped inside words ({@code don't} becomes {@code dont}), and URLs, e-mail
 * addresses, order ids, tracking numbers, ASINs, phone numbers, numbers, money, emoji,
 * emoticons and runs of punctuation replaced by the special tokens of {@link Tokens}. Clause
 * boundaries come out as {@link Tokens#BOUNDARY}.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class TextNormalizer {

    private static final TextNormalizer STANDARD = new TextNormalizer(EntityFinder.standard());

    private final EntityFinder entities;

    private TextNormalizer(EntityFinder entities) {
        this.entities = entities;
    }

    /** The normaliser casebook uses everywhere. */
    public static TextNormalizer standard() {
        return STANDARD;
    }

    /** The tokens of {@code text}; never null, empty for blank text. */
    public List<String> tokens(String text) {
        List<String> out = new ArrayList<>(Math.max(8, text.length() / 4));
        List<Entity> found = entities.find(text);
        int next = 0;
        int pos = 0;
        int n = text.length();
        StringBuilder word = new StringBuilder(24);
        while (pos < n) {
            if (next < found.size() && found.get(next).start() == pos) {
                Entity e = found.get(next++);
                out.add(placeholder(e));
                pos = e.end();
                continue;
            }
            if (next < found.size() && found.get(next).start() < pos) {
                next++;
                continue;
            }
            int cp = text.codePointAt(pos);
            int width = Character.charCount(cp);
            if (Character.isLetterOrDigit(cp)) {
                int end = wordEnd(text, pos, next < found.size() ? found.get(next).start() : n);
                word.setLength(0);
                for (int i = pos; i < end; ) {
                    int c = text.codePointAt(i);
                    if (Character.isLetterOrDigit(c)) {
                        word.appendCodePoint(c);
                    }
                    i += Character.charCount(c);
                }
                addWord(word.toString(), out);
                pos = end;
                continue;
            }
            pos = punctuation(text, pos, cp, width, out);
        }
        return out;
    }

    private static String placeholder(Entity e) {
        return switch (e.type()) {
            case URL -> Tokens.URL;
            case EMAIL -> Tokens.EMAIL;
            case ORDER_ID -> Tokens.ORDER_ID;
            case TRACKING_NUMBER -> Tokens.TRACKING;
            case ASIN -> Tokens.ASIN;
            case PHONE -> Tokens.PHONE;
            case SKU -> Tokens.SKU;
        };
    }

    /** A word runs over letters and digits, and over an apostrophe or hyphen between two letters. */
    private static int wordEnd(String text, int start, int limit) {
        int i = start;
        while (i < limit) {
            int c = text.codePointAt(i);
            if (Character.isLetterOrDigit(c)) {
                i += Character.charCount(c);
            } else if ((c == '\'' || c == '\u2019') && i + 1 < limit
                    && Character.isLetter(text.codePointAt(i + 1)) && i > start) {
                i += 1;
            } else {
                break;
            }
        }
        return i;
    }

    private static void addWord(String raw, List<String> out) {
        int letters = 0;
        int upper = 0;
        int digits = 0;
        for (int i = 0; i < raw.length(); i++) {
            char c = raw.charAt(i);
            if (Character.isDigit(c)) {
                digits++;
            } else if (Character.isLetter(c)) {
                letters++;
                if (Character.isUpperCase(c)) {
                    upper++;
                }
            }
        }
        if (letters == 0) {
            out.add(isYear(raw) ? Tokens.YEAR : Tokens.NUMBER);
            return;
        }
        if (letters >= 3 && upper == letters && digits == 0) {
            out.add(Tokens.CAPS);
        }
        out.add(fold(raw.toLowerCase(Locale.ROOT)));
    }

    private static boolean isYear(String digits) {
        return digits.length() == 4 && (digits.startsWith("19") || digits.startsWith("20"));
    }

    /** Removes accents: "réponse" becomes "reponse", "Größe" becomes "große". */
    static String fold(String word) {
        for (int i = 0; i < word.length(); i++) {
            if (word.charAt(i) > 0x7f) {
                String decomposed = Normalizer.normalize(word, Normalizer.Form.NFD);
                StringBuilder sb = new StringBuilder(decomposed.length());
                for (int j = 0; j < decomposed.length(); j++) {
                    char c = decomposed.charAt(j);
                    if (Character.getType(c) != Character.NON_SPACING_MARK) {
                        sb.append(c);
                    }
                }
                return sb.toString();
            }
        }
        return word;
    }

    private static int punctuation(String text, int pos, int cp, int width, List<String> out) {
        switch (cp) {
            case '!', '?' -> {
                int end = pos;
                boolean mixed = false;
                while (end < text.length() && (text.charAt(end) == '!' || text.charAt(end) == '?')) {
                    mixed |= text.charAt(end) != cp;
                    end++;
                }
                int run = end - pos;
                if (mixed || (run > 1 && cp == '!')) {
                    out.add(Tokens.EXCLAMATIONS);
                } else if (cp == '!') {
                    out.add(Tokens.EXCLAMATION);
                } else {
                    out.add(run > 1 ? Tokens.QUESTIONS : Tokens.QUESTION);
                }
                out.add(Tokens.BOUNDARY);
                return end;
            }
            case '.' -> {
                int end = pos;
                while (end < text.length() && text.charAt(end) == '.') {
                    end++;
                }
                if (end - pos >= 3) {
                    out.add(Tokens.ELLIPSIS);
                }
                addBoundary(out);
                return end;
            }
            case '\u2026' -> {
                out.add(Tokens.ELLIPSIS);
                addBoundary(out);
                return pos + 1;
            }
            case ',', ';', ':', '\n', '(', ')', '[', ']', '"', '\u201c', '\u201d' -> {
                if (cp == ':' || cp == ';') {
                    String emoticon = emoticon(text, pos);
                    if (emoticon != null) {
                        out.add(emoticon.startsWith("+") ? Tokens.EMOJI_POSITIVE : Tokens.EMOJI_NEGATIVE);
                        return pos + emoticon.length() - 1;
                    }
                }
                addBoundary(out);
                return pos + 1;
            }
            case '$', '\u20ac', '\u00a3', '\u00a5' -> {
                out.add(Tokens.MONEY);
                return pos + 1;
            }
            case '<' -> {
                if (text.startsWith("<3", pos)) {
                    out.add(Tokens.EMOJI_POSITIVE);
                    return pos + 2;
                }
                return pos + 1;
            }
            default -> {
                String emoji = Emoji.token(cp);
                if (emoji != null) {
                    out.add(emoji);
                }
                return pos + width;
            }
        }
    }

    /** "+" or "-" followed by the emoticon's text (to know its length), or null. */
    private static String emoticon(String text, int pos) {
        int i = pos + 1;
        if (i < text.length() && (text.charAt(i) == '-' || text.charAt(i) == '\'')) {
            i++;
        }
        if (i >= text.length()) {
            return null;
        }
        char c = text.charAt(i);
        if (i + 1 < text.length() && Character.isLetterOrDigit(text.charAt(i + 1))) {
            return null;
        }
        String seen = text.substring(pos, i + 1);
        if (c == ')' || c == 'D' || c == 'P' || c == ']') {
            return "+" + seen;
        }
        if (c == '(' || c == '/' || c == '[') {
            return "-" + seen;
        }
        return null;
    }

    private static void addBoundary(List<String> out) {
        if (!out.isEmpty() && !out.get(out.size() - 1).equals(Tokens.BOUNDARY)) {
            out.add(Tokens.BOUNDARY);
        }
    }
}
