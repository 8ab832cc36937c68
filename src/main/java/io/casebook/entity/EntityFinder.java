package io.casebook.entity;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Matcher;

/**
 * Finds URLs, e-mail addresses, order ids, tracking numbers, ASINs and phone numbers in buyer text.
 *
 * <p>Rules are tried in a fixed order of precedence (a URL wins over anything inside it, an
 * order id over a phone number); overlapping matches of lower precedence are dropped. The
 * result is sorted by position.
 *
 * <p>This class is immutable and thread-safe; use {@link #standard()} everywhere.
 */
public final class EntityFinder {

    private static final EntityFinder STANDARD = new EntityFinder(List.of(
            EntityRule.of(EntityType.URL, "\\b(?:https?://|www\\.)[^\\s<>\"]+[^\\s<>\".,;:!?)\\]]"),
            EntityRule.of(EntityType.EMAIL, "\\b[a-z0-9._%+-]+@[a-z0-9.-]+\\.[a-z]{2,}\\b"),
            // Amazon 3-7-7 (all marketplaces)
            EntityRule.of(EntityType.ORDER_ID, "\\b\\d{3}-\\d{7}-\\d{7}\\b"),
            // eBay order number 2-5-5
            EntityRule.of(EntityType.ORDER_ID, "\\b\\d{2}-\\d{5}-\\d{5}\\b"),
            // UPS
            EntityRule.of(EntityType.TRACKING_NUMBER, "\\b1Z[0-9A-Z]{16}\\b"),
            // UPU S10 (Royal Mail, China Post, La Poste, ...): two letters, nine digits, two letters
            EntityRule.of(EntityType.TRACKING_NUMBER, "\\b[A-Z]{2}\\d{9}[A-Z]{2}\\b"),
            // Cainiao / YunExpress / 4PX / China Post e-packet style: letters then many digits
            EntityRule.of(EntityType.TRACKING_NUMBER, "\\b(?:LP|YT|JD|UB|UG|CN|4PX|SF|JJD|CNUS|YANWEN|LX)\\d{10,20}\\b"),
            // AliExpress order id: 16 digits starting with 8 (older: 15-16 digits starting with 8 or 3)
            EntityRule.of(EntityType.ORDER_ID, "\\b[38]\\d{14,15}\\b"),
            // USPS: 20-22 digits starting with 9
            EntityRule.of(EntityType.TRACKING_NUMBER, "\\b9[2-5]\\d{18,20}\\b"),
            // FedEx 12 or 15 digits, DHL Express 10 digits (only with a carrier word nearby)
            EntityRule.of(EntityType.TRACKING_NUMBER,
                    "(?:fedex|dhl|tracking|track|sendungsnummer|suivi|seguimiento)[^\\n\\d]{0,30}?\\b(\\d{10}|\\d{12}|\\d{15})\\b", 1),
            EntityRule.of(EntityType.ASIN, "\\bB0[0-9A-Z]{8}\\b"),
            // Shopify and shop order numbers: #1047, #SH-20931
            EntityRule.of(EntityType.ORDER_ID, "(?<![\\w#])#(?:[A-Z]{1,4}-?)?\\d{3,8}\\b"),
            EntityRule.of(EntityType.PHONE, "(?<![\\w+])\\+?\\d{1,3}[ .-]?\\(?\\d{2,4}\\)?[ .-]?\\d{3,4}[ .-]?\\d{3,4}\\b")));

    private final List<EntityRule> rules;

    private EntityFinder(List<EntityRule> rules) {
        this.rules = List.copyOf(rules);
    }

    /** The standard rules. */
    public static EntityFinder standard() {
        return STANDARD;
    }

    /** All entities in {@code text}, sorted by start position, none overlapping. */
    public List<Entity> find(CharSequence text) {
        List<Entity> found = new ArrayList<>();
        boolean[] taken = new boolean[text.length()];
        boolean digit = false;
        boolean at = false;
        boolean dot = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            digit |= c >= '0' && c <= '9';
            at |= c == '@';
            dot |= c == '.';
        }
        for (EntityRule rule : rules) {
            // cheap pre-checks: most rules need a digit, e-mails an '@', URLs a '.'
            if ((rule.type() == EntityType.EMAIL && !at) || (rule.type() == EntityType.URL && !dot)
                    || (rule.type() != EntityType.EMAIL && rule.type() != EntityType.URL && !digit)) {
                continue;
            }
            Matcher m = rule.matcher(text);
            int g = rule.group();
            while (m.find()) {
                int start = m.start(g);
                int end = m.end(g);
                if (!overlaps(taken, start, end)) {
                    for (int i = start; i < end; i++) {
                        taken[i] = true;
                    }
                    found.add(new Entity(rule.type(), m.group(g), start, end));
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

    private static boolean overlaps(boolean[] taken, int start, int end) {
        for (int i = start; i < end; i++) {
            if (taken[i]) {
                return true;
            }
        }
        return false;
    }
}
