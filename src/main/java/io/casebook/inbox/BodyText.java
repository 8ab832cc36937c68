package io.casebook.inbox;

import java.util.regex.Pattern;
import org.jsoup.parser.Parser;

/** A message body from a spreadsheet or JSON cell: HTML turned into text, entities decoded, the new text kept. */
final class BodyText {

    /** Texts longer than this are not buyer messages (pasted logs, whole threads) and are rejected. */
    static final int MAX_CHARS = 100_000;

    private static final Pattern HTML = Pattern.compile("(?i)<(?:p|div|br|span|table|html|body|blockquote)\\b[^>]*>");
    private static final Pattern ENTITY = Pattern.compile("&(?:[a-z]{2,8}|#\\d{2,5});");

    private BodyText() {
    }

    static NewText.Result of(String cell) {
        String text = cell;
        if (HTML.matcher(text).find()) {
            text = HtmlText.of(text);
        } else if (ENTITY.matcher(text).find()) {
            text = Parser.unescapeEntities(text, false);
        }
        return NewText.of(text);
    }
}
