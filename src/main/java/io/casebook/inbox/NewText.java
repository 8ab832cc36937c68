package io.casebook.inbox;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The buyer's new words in a message body, and what a marketplace relay frame says around them.
 *
 * <ul>
 *   <li>An Amazon relay keeps only the text between its dashed markers (any wording: a run of
 *       dashes, a short phrase, a run of dashes; the marker words change over time and per
 *       marketplace), and its {@code Order ID} / {@code # 111-...:} line and {@code 1 of <title>
 *       [ASIN: ...]} line become fields; {@code --- Original message ---} and what follows is the
 *       seller's earlier text.</li>
 *   <li>Quoted history ends the new text: an attribution line ({@code On <date>, <name> wrote:} and
 *       its German, French, Spanish, Italian, Portuguese and Dutch forms, with a digit in it so
 *       that "On the other hand" is not one), an Outlook {@code -----Original Message-----} block or
 *       a {@code From:} / {@code Sent:} header pair, and trailing lines starting with {@code >}.</li>
 *   <li>A signature ends it too: an RFC 3676 {@code "-- "} line, "Sent from my iPhone" and the like.</li>
 *   <li>{@code [commMgrTok:...]} tokens and Seller Central links are dropped.</li>
 * </ul>
 * A message with nothing left after this keeps its whole text. Stateless and thread-safe.
 */
final class NewText {

    /** The new text and the relay's fields (order id, ASIN, item title). */
    record Result(String text, String orderId, String asin, String itemTitle) {
    }

    private static final Pattern MARKER = Pattern.compile("(?m)^[ \\t]*-{3,}[ \\t]*[^\\n-][^\\n]{0,60}?-{3,}[ \\t]*$");
    private static final Pattern ORIGINAL = Pattern.compile(
            "(?i)original message|urspr\u00fcngliche nachricht|message d'origine|mensaje original|messaggio originale"
                    + "|mensagem original|forwarded message|reply message");
    private static final Pattern ORDER_LINE = Pattern.compile(
            "(?im)^[ \\t]*(?:order id|order#|order no\\.?|commande n\u00b0|bestellnummer|n\u00b0 de commande|pedido|ordine #|#)"
                    + "[^\\n0-9]{0,20}?(\\d{3}-\\d{7}-\\d{7})");
    private static final Pattern ITEM_LINE = Pattern.compile(
            "(?im)^[ \\t]*\\d+\\s*(?:of|/|sur|von|de|di)\\s*(?:of\\s+)?(.{2,200}?)\\s*\\[ASIN:\\s*([A-Z0-9]{10})\\s*]");
    private static final Pattern ATTRIBUTION = Pattern.compile(
            "(?im)^[ \\t>]*(?:on|am|le|el|il|em|op|den|p\u00e5|w dniu)\\b[^\\n]{0,200}?\\d[^\\n]{0,200}?"
                    + "(?:wrote|schrieb|a \u00e9crit|escribi\u00f3|ha scritto|escreveu|schreef|skrev|napisa\u0142)[^\\n]{0,120}:\\s*$");
    private static final Pattern WRAPPED_ATTRIBUTION = Pattern.compile(
            "(?im)^[ \\t>]*(?:on|am|le|el)\\b[^\\n]{0,120}\\d[^\\n]{0,120}\\n[^\\n]{0,120}(?:wrote|schrieb|a \u00e9crit|escribi\u00f3)\\s*:\\s*$");
    private static final Pattern OUTLOOK = Pattern.compile(
            "(?im)^[ \\t]*(?:-{2,}\\s*(?:original message|reply message|urspr\u00fcngliche nachricht|oprindelig meddelelse"
                    + "|message d'origine|mensaje original)\\s*-{2,}|(?:from|von|de|van|fra|fr\u00e5n)\\s*:[^\\n]*\\n"
                    + "(?:[^\\n]*\\n){0,2}[ \\t]*(?:sent|date|datum|envoy\u00e9|enviado|skickat|sendt|gesendet)\\s*:)");
    private static final Pattern SIGNATURE = Pattern.compile(
            "(?im)^(?:-- ?|__+|sent from my [^\\n]{2,40}|sent from (?:outlook|yahoo mail|mail for windows)[^\\n]{0,40}"
                    + "|get outlook for [^\\n]{2,30}|envoy\u00e9 de mon [^\\n]{2,30}|von meinem [^\\n]{2,40} gesendet"
                    + "|enviado desde mi [^\\n]{2,30})[ \\t]*$");
    private static final Pattern NOISE = Pattern.compile(
            "\\[commMgrTok:[^\\]]{1,120}]|https?://sellercentral\\.amazon\\.[^\\s]+|https?://www\\.amazon\\.[a-z.]+/gp/communication-manager/[^\\s]+");

    private NewText() {
    }

    static Result of(String body) {
        String text = body.replace("\r\n", "\n").replace('\r', '\n');
        String orderId = "";
        String asin = "";
        String title = "";
        Matcher order = ORDER_LINE.matcher(text);
        if (order.find()) {
            orderId = order.group(1);
        }
        Matcher item = ITEM_LINE.matcher(text);
        if (item.find()) {
            title = item.group(1).strip();
            asin = item.group(2);
        }
        text = insideRelay(text);
        text = cutAt(text, ATTRIBUTION);
        text = cutAt(text, WRAPPED_ATTRIBUTION);
        text = cutAt(text, OUTLOOK);
        text = cutAt(text, SIGNATURE);
        text = dropQuotedLines(text);
        text = NOISE.matcher(text).replaceAll("");
        text = text.strip();
        if (text.isEmpty()) {
            text = NOISE.matcher(body).replaceAll("").strip();
        }
        return new Result(text, orderId, asin, title);
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
                if (start >= 0) {
                    end = m.start(); // the seller's earlier text, quoted inside the relay
                    break;
                }
                continue;
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

    /** The text before the first match, when there is new text before it. */
    private static String cutAt(String text, Pattern p) {
        Matcher m = p.matcher(text);
        while (m.find()) {
            if (!text.substring(0, m.start()).isBlank()) {
                return text.substring(0, m.start());
            }
        }
        return text;
    }

    /** Lines starting with '>' are quoted; an inline reply keeps its own lines between quotes. */
    private static String dropQuotedLines(String text) {
        if (text.indexOf('>') < 0) {
            return text;
        }
        List<String> kept = new ArrayList<>();
        for (String line : text.split("\n", -1)) {
            if (!line.stripLeading().startsWith(">")) {
                kept.add(line);
            }
        }
        return String.join("\n", kept);
    }
}
