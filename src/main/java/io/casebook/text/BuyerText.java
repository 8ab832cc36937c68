package io.casebook.text;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The buyer's own words in a message: without the earlier messages it quotes and without the
 * marketplace relay frame around it.
 *
 * <ul>
 *   <li>a marketplace relay ({@code ------------- Begin message -------------} ... {@code End message})
 *       keeps only the text between its markers (any marker wording: a run of dashes, a short
 *       phrase, a run of dashes);</li>
 *   <li>an {@code On ... wrote:} line or an {@code -----Original Message-----} block ends the new
 *       text (when there is new text above it);</li>
 *   <li>lines starting with {@code >} are quoted and dropped.</li>
 * </ul>
 * A message with nothing left after this is returned unchanged. Stateless and thread-safe.
 */
public final class BuyerText {

    private static final Pattern MARKER = Pattern.compile("(?m)^[ \\t]*-{3,}[ \\t]*[^\\n-][^\\n]{0,60}?-{3,}[ \\t]*$");
    private static final Pattern ORIGINAL = Pattern.compile(
            "(?i)original message|urspr\u00fcngliche nachricht|message d'origine|mensaje original|forwarded message");
    private static final Pattern QUOTE_HEADER = Pattern.compile(
            "(?im)^[ \\t]*(?:-{2,}[ \\t]*(?:original message|urspr\\u00fcngliche nachricht|message d'origine|mensaje original)[ \\t]*-{2,}"
                    + "|(?:on|am|le|el)[ \\t][^\\n]{0,160}(?:wrote|schrieb|a \\u00e9crit|escribi\\u00f3)[ \\t]*:"
                    + "|from:[^\\n]*\\n[ \\t]*sent:)");

    private BuyerText() {
    }

    /** The buyer's new text in {@code message}, or the message itself when nothing would remain. */
    public static String of(String message) {
        String text = insideRelay(message);
        if (mayHaveQuoteHeader(text)) {
            Matcher header = QUOTE_HEADER.matcher(text);
            if (header.find() && !text.substring(0, header.start()).isBlank()) {
                text = text.substring(0, header.start());
            }
        }
        if (text.indexOf('>') >= 0) {
            StringBuilder kept = new StringBuilder(text.length());
            for (String line : text.split("\n", -1)) {
                if (!line.stripLeading().startsWith(">")) {
                    kept.append(line).append('\n');
                }
            }
            text = kept.toString();
        }
        return text.isBlank() ? message : text;
    }

    /** Every quote header has a colon ("wrote:", "From: ... Sent:") or a run of dashes: a cheap test before the pattern. */
    private static boolean mayHaveQuoteHeader(String text) {
        return text.indexOf(':') >= 0 || text.contains("--");
    }

    private static String insideRelay(String message) {
        if (message.indexOf("---") < 0) {
            return message;
        }
        Matcher m = MARKER.matcher(message);
        int start = -1;
        int end = message.length();
        while (m.find()) {
            if (ORIGINAL.matcher(m.group()).find()) {
                continue; // an e-mail client's quote header, not a relay marker
            }
            if (start < 0) {
                start = m.end();
            } else {
                end = m.start();
                break;
            }
        }
        if (start < 0) {
            return message;
        }
        String inside = message.substring(start, end);
        return inside.isBlank() ? message : inside;
    }
}
