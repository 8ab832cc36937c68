package io.casebook.entity;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Finds URLs, e-mail addresses, order ids, tracking numbers, ASINs, phone numbers and, when it
 * is given the seller's SKUs, SKUs in buyer text.
 *
 * <p>Rules are tried in a fixed order of precedence (a URL wins over anything inside it, an
 * order id over a phone number); overlapping matches of lower precedence are dropped. The
 * result is sorted by position. Tracking schemes with a check digit (UPS, USPS, UPU S10) accept
 * only numbers whose check digit is right, so that serials and invoice numbers of the same shape
 * are not taken for them; bare digit runs (FedEx, DHL, Etsy orders) need a word nearby that says
 * what they are. The rules and the collisions they avoid are listed in docs/entities.md.
 *
 * <p>This class is immutable and thread-safe; use {@link #standard()} or {@link #withSkus}.
 */
public final class EntityFinder {

    private static final List<EntityRule> RULES = List.of(
            EntityRule.of(EntityType.URL, "\\b(?:https?://|www\\.)[^\\s<>\"]+[^\\s<>\".,;:!?)\\]]")
                    .needing(0, "http", "www."),
            EntityRule.of(EntityType.EMAIL, "\\b[a-z0-9._%+-]+@[a-z0-9.-]+\\.[a-z]{2,}\\b").needing(0, "@"),
            // Amazon 3-7-7 (all marketplaces), digital orders D01-...
            EntityRule.of(EntityType.ORDER_ID, "\\b[0-9D]\\d{2}-\\d{7}-\\d{7}\\b").needing(16, "-"),
            // eBay order number 2-5-5
            EntityRule.of(EntityType.ORDER_ID, "\\b\\d{2}-\\d{5}-\\d{5}\\b").needing(12, "-"),
            // UPS 1Z + 16, also written in groups: 1Z 999 AA1 01 2345 6784
            EntityRule.checked(EntityType.TRACKING_NUMBER, "\\b1Z(?: ?[0-9A-Z]){16}\\b", CheckDigits::ups)
                    .needing(2, "1z"),
            // USPS IMpb 22 digits (and 26 with the 420+ZIP routing prefix), grouped or not
            EntityRule.checked(EntityType.TRACKING_NUMBER, "\\b(?:420\\d{5})?9[2-5]\\d{2}(?: ?\\d){18}\\b",
                    v -> CheckDigits.usps(v.length() > 22 ? v.substring(8) : v)).needing(22),
            // UPU S10 (China Post ePacket, registered and EMS, Royal Mail, Australia Post, ...)
            EntityRule.checked(EntityType.TRACKING_NUMBER, "\\b[A-Z]{2} ?\\d{3} ?\\d{3} ?\\d{3} ?[A-Z]{2}\\b",
                    v -> v.endsWith("YP") || CheckDigits.s10(v)).needing(9),
            // YunExpress, Cainiao, 4PX, SF Express, Amazon Logistics, DHL eCommerce, JD
            EntityRule.of(EntityType.TRACKING_NUMBER, "\\b(?:YT\\d{16}|LP\\d{14}|4PX\\d{10,16}(?:CN)?|SF\\d{12,15}"
                    + "|TB[ACM]\\d{12}|(?:GM|JJD|JD|UB|UG|CNUS)\\d{12,20})\\b").needing(10),
            EntityRule.of(EntityType.TRACKING_NUMBER, "\\bCAINIAO[0-9A-Z]{6,20}\\b").needing(0, "cainiao"),
            // AliExpress order id: 16 digits starting with 8 or 3 (older: 15)
            EntityRule.of(EntityType.ORDER_ID, "\\b[38]\\d{14,15}\\b").needing(15),
            // USPS legacy 20 digits, FedEx 12 / 15, DHL Express 10: only with a word that says so
            EntityRule.of(EntityType.TRACKING_NUMBER,
                    "(?:fedex|dhl|usps|tracking|track|tracked|trk|awb|waybill|sendungsnummer|suivi|seguimiento)"
                            + "[^\\n\\d]{0,30}?\\b(\\d{4} \\d{4} \\d{4}|\\d{10}|\\d{12}|\\d{15}|\\d{20})\\b", 1)
                    .needing(10, "fedex", "dhl", "usps", "tr", "awb", "waybill", "sendungsnummer", "suivi", "seguimiento"),
            EntityRule.of(EntityType.ASIN, "\\bB0[0-9A-Z]{8}\\b").needing(1, "b0"),
            // Etsy order: ten digits, only where the text says it is an order
            EntityRule.of(EntityType.ORDER_ID, "(?:order|receipt|bestellung|commande|pedido)(?:\\s*(?:no\\.?|number|nr\\.?|id|nummer))?"
                    + "(?:\\s+is)?[\\s:#]{0,3}(\\d{10})\\b", 1)
                    .needing(10, "order", "receipt", "bestellung", "commande", "pedido"),
            // Shopify and shop order numbers: #1047, #SH-20931; not "ticket #5521" (the '#' comes
            // first so that the look-behinds run only where there is one)
            EntityRule.of(EntityType.ORDER_ID, "#(?:(?<![\\w#&]#)(?<!(?:ticket|room|case|invoice|suite|apt|unit|flat"
                    + "|house|item|listing|issue|store|gate|table)\\s?#)|(?<=order#))(?:[A-Z]{1,4}-?)?\\d{4,8}\\b")
                    .needing(4, "#"),
            // phones: international with '+', or national written with separators; a bare run of
            // digits is an EAN, a case id or a customer number far more often than a phone
            EntityRule.checked(EntityType.PHONE,
                    "\\+(?<![\\w+]\\+)\\d{1,3}(?:[ .-]?\\(?\\d{1,5}\\)?){1,5}(?![\\w-])", EntityFinder::phoneDigits)
                    .needing(8, "+"),
            EntityRule.checked(EntityType.PHONE,
                    "(?=[(\\d])(?<![\\w+/.,-])(?<!\\d[ .-])(?:\\(\\d{3}\\) ?\\d{3}[ .-]\\d{4}|\\d{3}[.-]\\d{3}[.-]\\d{4}"
                            + "|0\\d{2,4}[ .-]?\\d{3,4}[ .-]\\d{3,4}|0\\d{3,4}[ .-]\\d{6})(?![\\w.,/-]?\\d)", EntityFinder::phoneDigits)
                    .needing(8));

    private static boolean phoneDigits(String compact) {
        int digits = 0;
        for (int i = 0; i < compact.length(); i++) {
            if (Character.isDigit(compact.charAt(i))) {
                digits++;
            }
        }
        return digits >= 8 && digits <= 15;
    }

    private static final EntityFinder STANDARD = new EntityFinder(RULES, null);

    private final List<EntityRule> rules;

    private EntityFinder(List<EntityRule> rules, EntityRule skuRule) {
        List<EntityRule> all = new ArrayList<>(rules);
        if (skuRule != null) {
            all.add(2, skuRule);
        }
        this.rules = List.copyOf(all);
    }

    /** The standard rules (no SKUs). */
    public static EntityFinder standard() {
        return STANDARD;
    }

    /**
     * The standard rules plus the given SKUs, found as whole tokens in any letter case. SKUs
     * shorter than four characters or without a digit or a hyphen are ignored: they would match
     * ordinary words.
     */
    public static EntityFinder withSkus(Collection<String> skus) {
        TreeSet<String> usable = new TreeSet<>(Comparator.comparingInt(String::length).reversed()
                .thenComparing(Comparator.naturalOrder()));
        for (String sku : skus) {
            String s = sku.strip();
            if (s.length() >= 4 && s.chars().anyMatch(c -> Character.isDigit(c) || c == '-')) {
                usable.add(s.toUpperCase(Locale.ROOT));
            }
        }
        if (usable.isEmpty()) {
            return STANDARD;
        }
        String alternatives = usable.stream().map(Pattern::quote).collect(Collectors.joining("|"));
        EntityRule sku = EntityRule.of(EntityType.SKU, "(?<![\\w-])(?:" + alternatives + ")(?![\\w-])");
        return new EntityFinder(RULES, sku);
    }

    /** All entities in {@code text}, sorted by start position, none overlapping. */
    public List<Entity> find(CharSequence text) {
        List<Entity> found = new ArrayList<>();
        boolean[] taken = new boolean[text.length()];
        int digits = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c >= '0' && c <= '9') {
                digits++;
            }
        }
        String lower = text.toString().toLowerCase(Locale.ROOT);
        for (EntityRule rule : rules) {
            // cheap pre-checks: most rules need many digits, or a word, an '@', a '#'
            if (!rule.mayMatch(digits, lower)) {
                continue;
            }
            EntityType t = rule.type();
            Matcher m = rule.matcher(text);
            int g = rule.group();
            while (m.find()) {
                int start = m.start(g);
                int end = m.end(g);
                if (!overlaps(taken, start, end) && rule.accepts(m.group(g))) {
                    for (int i = start; i < end; i++) {
                        taken[i] = true;
                    }
                    found.add(new Entity(t, m.group(g), start, end));
                }
            }
        }
        found.sort(Comparator.comparingInt(Entity::start));
        return found;
    }

    /** The first entity of {@code type} in {@code text}, or {@code null}. */
    public Entity first(CharSequence text, EntityType type) {
        for (Entity e : find(text)) {
            if (e.type() == type) {
                return e;
            }
        }
        return null;
    }

    /** The values of all entities of {@code type} in {@code text}, in order. */
    public List<String> values(CharSequence text, EntityType type) {
        List<String> out = new ArrayList<>();
        for (Entity e : find(text)) {
            if (e.type() == type) {
                out.add(e.value());
            }
        }
        return out;
    }

    private static boolean overlaps(boolean[] taken, int start, int end) {
        for (int i = start; i < end; i++) {
            if (taken[i]) {
                return true;
            }
        }
        return false;
    }
}
