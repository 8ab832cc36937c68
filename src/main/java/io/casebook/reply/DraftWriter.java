package io.casebook.reply;

import io.casebook.entity.Entity;
import io.casebook.entity.EntityFinder;
import io.casebook.entity.EntityType;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns the reply sent on a past case into a draft for a new buyer.
 *
 * <p>The precedent's greeting gets this buyer's name, its signature the configured one, and every
 * fact that belonged to the other order is replaced: the other buyer's name by this buyer's,
 * any order id by this order id, any tracking number by this message's, the other product's title
 * by this product's. What the draft cannot know (a refund amount, a date, an e-mail address or a
 * phone number, a value not given) becomes a visible {@code [[PLACEHOLDER]]} for the agent, never
 * a value from the other case.
 *
 * <p>Immutable and thread-safe.
 */
public final class DraftWriter {

    public static final String BUYER_NAME = "[[BUYER_NAME]]";
    public static final String ORDER_ID = "[[ORDER_ID]]";
    public static final String TRACKING_NUMBER = "[[TRACKING_NUMBER]]";
    public static final String PRODUCT = "[[PRODUCT]]";
    public static final String AMOUNT = "[[AMOUNT]]";
    public static final String DATE = "[[DATE]]";
    public static final String EMAIL = "[[EMAIL]]";
    public static final String PHONE = "[[PHONE]]";
    public static final String LINK = "[[LINK]]";
    public static final String ASIN = "[[ASIN]]";
    public static final String AGENT_SIGNATURE = "[[AGENT_NAME]]";

    private static final Pattern GREETING = Pattern.compile(
            "^(\\s*)(hi|hello|hey|dear|good (?:morning|afternoon|evening|day)|greetings|hallo|bonjour|hola)\\b"
                    + "([^\\n,!:]{0,60})([,!:.]?)\\s*$", Pattern.CASE_INSENSITIVE);
    private static final Pattern CLOSING = Pattern.compile(
            "^\\s*(?:(?:best|kind|kindest|warm|warmest|many|with|all the|thanks and|thank you and)\\s+)?"
                    + "(?:regards|wishes|thanks|thank you|cheers|sincerely|best|take care|yours(?: sincerely| truly)?"
                    + "|talk soon|speak soon|greetings|love)\\b[^\\n]{0,25}$", Pattern.CASE_INSENSITIVE);
    private static final Pattern PLACEHOLDER = Pattern.compile("\\[\\[[A-Z_]+]]");
    private static final String AMOUNT_NUMBER = "\\d[\\d,]*(?:\\.\\d{1,2})?";
    private static final Pattern MONEY = Pattern.compile(
            "(?:(?:\\b(?:US|AU|CA|NZ|HK|S)\\s?)?[$€£¥]\\s?" + AMOUNT_NUMBER
                    + "|\\b" + AMOUNT_NUMBER + "\\s?(?:USD|EUR|GBP|AUD|CAD|dollars?|euros?|pounds?|€|£))(?![\\w%])",
            Pattern.CASE_INSENSITIVE);
    private static final String MONTH = "(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?"
            + "|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)";
    private static final Pattern DATES = Pattern.compile(
            "\\b(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day,?\\s+)?(?:" + MONTH + "\\.?\\s+\\d{1,2}(?:st|nd|rd|th)?"
                    + "(?:,?\\s+\\d{4})?|\\d{1,2}(?:st|nd|rd|th)?\\s+(?:of\\s+)?" + MONTH + "\\b\\.?(?:,?\\s+\\d{4})?"
                    + "|\\d{4}-\\d{2}-\\d{2}|\\d{1,2}[/.]\\d{1,2}[/.]\\d{2,4})(?!\\w)", Pattern.CASE_INSENSITIVE);
    private static final Set<String> TITLES = Set.of("mr", "mrs", "ms", "miss", "dr", "prof", "sir", "madam", "herr",
            "frau", "mme", "m", "sr", "sra");

    private final EntityFinder entities;

    public DraftWriter(EntityFinder entities) {
        this.entities = entities;
    }

    /**
     * A draft for {@code target} from {@code reply}, the reply sent on a case about {@code source}.
     *
     * @param signature the agent's signature lines, or empty for a placeholder
     */
    public DraftText draft(String reply, DraftFacts source, DraftFacts target, String signature) {
        List<String> lines = new ArrayList<>(List.of(reply.strip().replace("\r\n", "\n").split("\n", -1)));
        String greetingName = target.buyerName().isEmpty() ? BUYER_NAME : target.buyerName();
        int first = 0;
        Matcher g = lines.isEmpty() ? null : GREETING.matcher(lines.get(0));
        String greeting;
        if (g != null && g.matches()) {
            String word = g.group(2);
            String name = g.group(3).strip();
            String punct = g.group(4).isEmpty() ? "," : g.group(4);
            String who = name.isEmpty() && !word.equalsIgnoreCase("dear") ? "" : " " + salutationName(word, greetingName);
            greeting = word + who + punct;
            first = 1;
        } else {
            greeting = "Hi " + firstName(greetingName) + ",";
        }
        int closing = closingLine(lines, first);
        int end = closing >= 0 ? closing : signatureStart(lines, first);
        String body = String.join("\n", lines.subList(first, end));
        body = replaceFacts(body, source, target);
        StringBuilder out = new StringBuilder();
        out.append(greeting).append('\n');
        if (!body.isBlank()) {
            out.append(body.stripTrailing()).append("\n\n");
        }
        out.append(closing >= 0 ? lines.get(closing).strip() : "Best regards,").append('\n');
        out.append(signature == null || signature.isBlank() ? AGENT_SIGNATURE : signature.strip());
        String text = out.toString().replaceAll("\n{3,}", "\n\n");
        return new DraftText(text, placeholders(text));
    }

    private static String salutationName(String word, String name) {
        if (name.equals(BUYER_NAME)) {
            return name;
        }
        return word.equalsIgnoreCase("dear") ? name : firstName(name);
    }

    private static String firstName(String name) {
        if (name.equals(BUYER_NAME)) {
            return name;
        }
        for (String part : name.split("[\\s,]+")) {
            String p = part.replace(".", "").toLowerCase(Locale.ROOT);
            if (!p.isEmpty() && !TITLES.contains(p)) {
                return part;
            }
        }
        return name;
    }

    private static int closingLine(List<String> lines, int from) {
        int seen = 0;
        for (int i = lines.size() - 1; i >= from && seen < 6; i--) {
            if (lines.get(i).isBlank()) {
                continue;
            }
            seen++;
            if (CLOSING.matcher(lines.get(i)).matches()) {
                return i;
            }
        }
        return -1;
    }

    /** Without a closing line, a short last line (a name) is taken for the signature. */
    private static int signatureStart(List<String> lines, int from) {
        int last = lines.size() - 1;
        while (last >= from && lines.get(last).isBlank()) {
            last--;
        }
        if (last > from) {
            String l = lines.get(last).strip();
            if (l.split("\\s+").length <= 4 && !l.endsWith(".") && !l.endsWith("?") && !l.endsWith("!")) {
                return last;
            }
        }
        return last + 1;
    }

    private String replaceFacts(String body, DraftFacts source, DraftFacts target) {
        String text = body;
        if (!source.product().isEmpty()) {
            String product = !target.product().isEmpty() ? target.product()
                    : source.sku().equalsIgnoreCase(target.sku()) && !target.sku().isEmpty() ? source.product() : PRODUCT;
            text = text.replace(source.product(), product);
        }
        text = replaceEntities(text, source, target);
        text = replaceName(text, source.buyerName(), target.buyerName());
        text = MONEY.matcher(text).replaceAll(Matcher.quoteReplacement(AMOUNT));
        text = DATES.matcher(text).replaceAll(Matcher.quoteReplacement(DATE));
        return text;
    }

    private String replaceEntities(String text, DraftFacts source, DraftFacts target) {
        List<Entity> found = entities.find(text);
        if (found.isEmpty()) {
            return text;
        }
        boolean sameSku = !target.sku().isEmpty() && target.sku().equalsIgnoreCase(source.sku());
        StringBuilder out = new StringBuilder(text.length());
        int pos = 0;
        for (Entity e : found) {
            String replacement = switch (e.type()) {
                case ORDER_ID -> target.orderId().isEmpty() ? ORDER_ID : target.orderId();
                case TRACKING_NUMBER -> target.trackingNumber().isEmpty() ? TRACKING_NUMBER : target.trackingNumber();
                case EMAIL -> EMAIL;
                case PHONE -> PHONE;
                case ASIN -> sameSku ? e.value() : ASIN;
                case URL -> hasLongNumber(e.value()) ? LINK : e.value();
                case SKU -> target.sku().isEmpty() ? e.value() : target.sku();
            };
            out.append(text, pos, e.start()).append(replacement);
            pos = e.end();
        }
        return out.append(text, pos, text.length()).toString();
    }

    private static boolean hasLongNumber(String s) {
        int run = 0;
        for (int i = 0; i < s.length(); i++) {
            run = Character.isDigit(s.charAt(i)) ? run + 1 : 0;
            if (run >= 6) {
                return true;
            }
        }
        return false;
    }

    /** Every capitalised occurrence of the other buyer's names: the full name, then each part. */
    private static String replaceName(String text, String sourceName, String targetName) {
        if (sourceName.isBlank()) {
            return text;
        }
        String full = sourceName.strip();
        String text2 = text.replace(full, targetName.isEmpty() ? BUYER_NAME : targetName);
        String[] parts = full.split("[\\s,]+");
        String[] targetParts = targetName.isEmpty() ? new String[0] : targetName.strip().split("[\\s,]+");
        String firstSource = firstName(full);
        for (String part : parts) {
            String p = part.replaceAll("[.]$", "");
            if (p.length() < 2 || TITLES.contains(p.toLowerCase(Locale.ROOT)) || !Character.isUpperCase(p.charAt(0))) {
                continue; // "van", "de" and titles are words too
            }
            String replacement;
            if (targetParts.length == 0) {
                replacement = BUYER_NAME;
            } else if (p.equals(firstSource.replaceAll("[.]$", ""))) {
                replacement = firstName(targetName);
            } else {
                replacement = targetParts.length > 1 ? targetParts[targetParts.length - 1] : targetName;
            }
            text2 = Pattern.compile("(?<![\\p{L}\\p{N}])" + Pattern.quote(p) + "(?![\\p{L}\\p{N}])")
                    .matcher(text2).replaceAll(Matcher.quoteReplacement(replacement));
        }
        return text2;
    }

    private static List<String> placeholders(String text) {
        Set<String> out = new LinkedHashSet<>();
        Matcher m = PLACEHOLDER.matcher(text);
        while (m.find()) {
            out.add(m.group());
        }
        return List.copyOf(out);
    }
}
