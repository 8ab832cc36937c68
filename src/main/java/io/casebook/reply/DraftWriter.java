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
     * The part that depends only on the precedent (where its facts are, what becomes a placeholder)
     * is worked out once per reply and kept; filling it in for a buyer is cheap.
     *
     * @param signature the agent's signature lines, or empty for a placeholder
     */
    public DraftText draft(String reply, DraftFacts source, DraftFacts target, String signature) {
        Template t = templates.get(new TemplateKey(reply, source));
        if (t == null) {
            t = template(reply, source);
            if (templates.size() < MAX_TEMPLATES) {
                templates.putIfAbsent(new TemplateKey(reply, source), t);
            }
        }
        return fill(t, source, target, signature);
    }

    private static final int MAX_TEMPLATES = 10_000;
    private static final char OPEN = '\uE000';
    private static final char CLOSE = '\uE001';
    private static final Pattern MARKER = Pattern.compile("\uE000([A-Z])(?::([^\uE001]*))?\uE001");

    private final java.util.concurrent.ConcurrentHashMap<TemplateKey, Template> templates =
            new java.util.concurrent.ConcurrentHashMap<>();

    private record TemplateKey(String reply, DraftFacts source) {
    }

    /**
     * A precedent's reply with its facts marked: greeting word and punctuation (null when it had
     * no greeting line), the body with markers where this buyer's facts go, the closing line.
     */
    private record Template(String greetingWord, boolean greetingNamed, String greetingPunct, String body,
            String closing) {
    }

    private static String marker(char code, String value) {
        return value == null ? "" + OPEN + code + CLOSE : "" + OPEN + code + ':' + value + CLOSE;
    }

    private Template template(String reply, DraftFacts source) {
        List<String> lines = new ArrayList<>(List.of(reply.strip().replace("\r\n", "\n").split("\n", -1)));
        int first = 0;
        Matcher g = lines.isEmpty() ? null : GREETING.matcher(lines.get(0));
        String word = null;
        boolean named = false;
        String punct = ",";
        if (g != null && g.matches()) {
            word = g.group(2);
            named = !g.group(3).strip().isEmpty() || word.equalsIgnoreCase("dear");
            punct = g.group(4).isEmpty() ? "," : g.group(4);
            first = 1;
        }
        int closing = closingLine(lines, first);
        int end = closing >= 0 ? closing : signatureStart(lines, first);
        String body = String.join("\n", lines.subList(first, end));
        if (!source.product().isEmpty()) {
            body = body.replace(source.product(), marker('P', null));
        }
        body = markEntities(body);
        body = markName(body, source.buyerName());
        body = MONEY.matcher(body).replaceAll(Matcher.quoteReplacement(AMOUNT));
        body = DATES.matcher(body).replaceAll(Matcher.quoteReplacement(DATE));
        return new Template(word, named, punct, body, closing >= 0 ? lines.get(closing).strip() : "Best regards,");
    }

    private DraftText fill(Template t, DraftFacts source, DraftFacts target, String signature) {
        String greetingName = target.buyerName().isEmpty() ? BUYER_NAME : target.buyerName();
        String greeting = t.greetingWord() == null ? "Hi " + firstName(greetingName) + ","
                : t.greetingWord() + (t.greetingNamed() ? " " + salutationName(t.greetingWord(), greetingName) : "")
                        + t.greetingPunct();
        boolean sameSku = !target.sku().isEmpty() && target.sku().equalsIgnoreCase(source.sku());
        String[] targetParts = target.buyerName().isEmpty() ? new String[0] : target.buyerName().split("[\\s,]+");
        Matcher m = MARKER.matcher(t.body());
        StringBuilder body = new StringBuilder(t.body().length() + 32);
        while (m.find()) {
            String value = m.group(2);
            String replacement = switch (m.group(1).charAt(0)) {
                case 'P' -> !target.product().isEmpty() ? target.product() : sameSku ? source.product() : PRODUCT;
                case 'O' -> target.orderId().isEmpty() ? ORDER_ID : target.orderId();
                case 'T' -> target.trackingNumber().isEmpty() ? TRACKING_NUMBER : target.trackingNumber();
                case 'A' -> sameSku ? value : ASIN;
                case 'S' -> target.sku().isEmpty() ? value : target.sku();
                case 'N' -> targetParts.length == 0 ? BUYER_NAME : target.buyerName();
                case 'F' -> targetParts.length == 0 ? BUYER_NAME : firstName(target.buyerName());
                case 'L' -> targetParts.length == 0 ? BUYER_NAME
                        : targetParts.length > 1 ? targetParts[targetParts.length - 1] : target.buyerName();
                default -> "";
            };
            m.appendReplacement(body, Matcher.quoteReplacement(replacement));
        }
        m.appendTail(body);
        StringBuilder out = new StringBuilder(body.length() + 64);
        out.append(greeting).append('\n');
        if (!body.toString().isBlank()) {
            out.append(body.toString().stripTrailing()).append("\n\n");
        }
        out.append(t.closing()).append('\n');
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

    /** Order ids, tracking numbers, ASINs and SKUs marked for this buyer's; e-mails, phones, numbered links made placeholders. */
    private String markEntities(String text) {
        List<Entity> found = entities.find(text);
        if (found.isEmpty()) {
            return text;
        }
        StringBuilder out = new StringBuilder(text.length());
        int pos = 0;
        for (Entity e : found) {
            String replacement = switch (e.type()) {
                case ORDER_ID -> marker('O', null);
                case TRACKING_NUMBER -> marker('T', null);
                case EMAIL -> EMAIL;
                case PHONE -> PHONE;
                case ASIN -> marker('A', e.value());
                case URL -> hasLongNumber(e.value()) ? LINK : e.value();
                case SKU -> marker('S', e.value());
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

    /** Every capitalised occurrence of the other buyer's names marked: the full name, then each part. */
    private static String markName(String text, String sourceName) {
        if (sourceName.isBlank()) {
            return text;
        }
        String full = sourceName.strip();
        String out = text.replace(full, marker('N', null));
        String firstSource = firstName(full).replaceAll("[.]$", "");
        for (String part : full.split("[\\s,]+")) {
            String p = part.replaceAll("[.]$", "");
            if (p.length() < 2 || TITLES.contains(p.toLowerCase(Locale.ROOT)) || !Character.isUpperCase(p.charAt(0))) {
                continue; // "van", "de" and titles are words too
            }
            String replacement = marker(p.equals(firstSource) ? 'F' : 'L', null);
            out = Pattern.compile("(?<![\\p{L}\\p{N}])" + Pattern.quote(p) + "(?![\\p{L}\\p{N}])")
                    .matcher(out).replaceAll(Matcher.quoteReplacement(replacement));
        }
        return out;
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
