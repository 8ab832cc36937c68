package io.casebook.reply;

import io.casebook.entity.Entity;
import io.casebook.entity.EntityFinder;
import io.casebook.entity.EntityType;
import java.net.URI;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Checks a reply against the marketplace's rules and the seller's own ({@link ReplyRules}) and
 * returns the findings, each with the offending span and a short reason. Immutable and
 * thread-safe.
 */
public final class ReplyChecker {

    private static final Pattern SENTENCE_END = Pattern.compile("[.!?]+(?=\\s|$)|\\n");
    private static final Pattern GREETING = Pattern.compile(
            "^\\s*(?:hi|hello|hey|dear|good (?:morning|afternoon|evening|day)|greetings|hallo|bonjour|hola)\\s+"
                    + "(?:(?:mr|mrs|ms|miss|dr|sir|madam)\\.?\\s+)?([\\p{L}\\p{N}][\\p{L}\\p{N}_'\\-. ]{0,40}?)\\s*[,!:.]?\\s*$",
            Pattern.CASE_INSENSITIVE | Pattern.MULTILINE);

    private static final Pattern BARE_DOMAIN = Pattern.compile(
            "(?<![@\\w.-])(?:[a-z0-9-]+\\.)+(?:com|net|org|co\\.uk|co|io|shop|store|de|fr|es|it|me|ly|us|uk|eu|info|biz|ca|au)"
                    + "(?:/[^\\s)]*[^\\s).,;:!?])?(?![\\w@-])", Pattern.CASE_INSENSITIVE);

    private final ReplyRules rules;
    private final EntityFinder entities;

    public ReplyChecker(ReplyRules rules, EntityFinder entities) {
        this.rules = rules;
        this.entities = entities;
    }

    /** The shipped rules with the standard entity finder. */
    public static ReplyChecker standard() {
        return new ReplyChecker(ReplyRules.standard(), EntityFinder.standard());
    }

    /** The ids of the rules in force. */
    public List<String> ruleIds() {
        return rules.ids();
    }

    /** The checks that depend on this message's facts (its buyer, order, parcel) or on filled-in values. */
    public static final java.util.Set<String> CONTEXT_CHECKS = java.util.Set.of("buyer_name", "order_id",
            "tracking_number", "placeholder");

    /** The findings on {@code reply}, in order of position, errors before warnings at the same place. */
    public List<ReplyFinding> check(String reply, ReplyContext context) {
        return check(reply, context, kind -> true);
    }

    /** As {@link #check(String, ReplyContext)} with only the rules whose check kind passes {@code kinds}. */
    public List<ReplyFinding> check(String reply, ReplyContext context, java.util.function.Predicate<String> kinds) {
        List<ReplyFinding> out = new ArrayList<>();
        List<Entity> found = null;
        String lower = reply.toLowerCase(Locale.ROOT);
        for (ReplyRule rule : rules.rules()) {
            if (!rule.appliesTo(context.marketplace()) || !kinds.test(rule.check()) || !rule.mayMatch(lower)) {
                continue;
            }
            switch (rule.check()) {
                case "pattern" -> sentences(reply, rule, out);
                case "reply_pattern" -> whole(reply, rule, out);
                case "placeholder" -> {
                    Matcher m = rule.parts().get(0).matcher(reply);
                    while (m.find()) {
                        out.add(finding(rule, reply, m.start(), m.end()));
                    }
                }
                case "buyer_name" -> buyerName(reply, context, rule, out);
                default -> {
                    if (found == null) {
                        found = entities.find(reply);
                    }
                    entityCheck(reply, found, context, rule, out);
                }
            }
        }
        out.sort(Comparator.comparingInt(ReplyFinding::start).thenComparing(ReplyFinding::severity)
                .thenComparing(ReplyFinding::rule));
        // one finding per rule and place: variants of a rule may find the same span
        List<ReplyFinding> distinct = new ArrayList<>(out.size());
        for (ReplyFinding f : out) {
            boolean dup = distinct.stream().anyMatch(d -> d.rule().equals(f.rule()) && d.start() < f.end() && f.start() < d.end());
            if (!dup) {
                distinct.add(f);
            }
        }
        return distinct;
    }

    private static void sentences(String reply, ReplyRule rule, List<ReplyFinding> out) {
        int start = 0;
        Matcher end = SENTENCE_END.matcher(reply);
        while (start < reply.length()) {
            int stop = end.find(start) ? end.end() : reply.length();
            if (stop <= start) {
                stop = reply.length();
            }
            int[] span = match(reply, start, stop, rule);
            if (span != null) {
                out.add(finding(rule, reply, span[0], span[1]));
            }
            start = stop;
        }
    }

    private static void whole(String reply, ReplyRule rule, List<ReplyFinding> out) {
        int[] span = match(reply, 0, reply.length(), rule);
        if (span != null) {
            out.add(finding(rule, reply, span[0], span[1]));
        }
    }

    /** The span of the first part when every part matches in [from, to) and no absent one does, else null. */
    private static int[] match(String text, int from, int to, ReplyRule rule) {
        int[] first = null;
        for (Pattern p : rule.parts()) {
            Matcher m = p.matcher(text).region(from, to);
            if (!m.find()) {
                return null;
            }
            if (first == null) {
                first = new int[] {m.start(), m.end()};
            }
        }
        for (Pattern p : rule.absent()) {
            if (p.matcher(text).region(from, to).find()) {
                return null;
            }
        }
        return first;
    }

    private static void entityCheck(String reply, List<Entity> found, ReplyContext context, ReplyRule rule,
            List<ReplyFinding> out) {
        for (Entity e : found) {
            boolean hit = switch (rule.check()) {
                case "email" -> e.type() == EntityType.EMAIL;
                case "phone" -> e.type() == EntityType.PHONE;
                case "contact" -> e.type() == EntityType.EMAIL || e.type() == EntityType.PHONE;
                case "link" -> e.type() == EntityType.URL && !allowedHost(e.value(), rule);
                case "order_id" -> e.type() == EntityType.ORDER_ID && !context.orderId().isEmpty()
                        && !key(e.value()).equals(key(context.orderId()));
                case "tracking_number" -> e.type() == EntityType.TRACKING_NUMBER && !context.trackingNumber().isEmpty()
                        && !key(e.value()).equals(key(context.trackingNumber()));
                default -> false;
            };
            if (hit) {
                out.add(finding(rule, reply, e.start(), e.end()));
            }
        }
        if (rule.check().equals("link") && mayHaveDomain(reply)) {
            // links written without http:// or www. ("facebook.com/myshop", "paypal.me/me")
            Matcher m = BARE_DOMAIN.matcher(reply);
            while (m.find()) {
                int s = m.start();
                boolean inside = found.stream().anyMatch(e -> e.start() <= s && s < e.end());
                if (!inside && !allowedHost(m.group(), rule)) {
                    out.add(finding(rule, reply, m.start(), m.end()));
                }
            }
        }
    }

    private static final String[] DOMAIN_ENDINGS = {".com", ".net", ".org", ".co", ".io", ".shop", ".store", ".de",
        ".fr", ".es", ".it", ".me", ".ly", ".us", ".uk", ".eu", ".info", ".biz", ".ca", ".au"};

    private static boolean mayHaveDomain(String reply) {
        String lower = reply.toLowerCase(Locale.ROOT);
        for (String ending : DOMAIN_ENDINGS) {
            if (lower.contains(ending)) {
                return true;
            }
        }
        return false;
    }

    private static boolean allowedHost(String url, ReplyRule rule) {
        if (rule.parts().isEmpty()) {
            return false;
        }
        String host;
        try {
            String u = url.toLowerCase(Locale.ROOT);
            host = URI.create(u.startsWith("http") ? u : "http://" + u).getHost();
        } catch (IllegalArgumentException e) {
            host = null;
        }
        if (host == null) {
            return false;
        }
        for (Pattern p : rule.parts()) {
            if (p.matcher(host).find()) {
                return true;
            }
        }
        return false;
    }

    private static void buyerName(String reply, ReplyContext context, ReplyRule rule, List<ReplyFinding> out) {
        String lower = reply.toLowerCase(Locale.ROOT);
        if (!context.buyerName().isEmpty()) {
            Matcher g = GREETING.matcher(reply);
            if (g.find() && g.start() < 200) {
                String named = g.group(1).strip();
                if (!named.isEmpty() && !sameBuyer(named, context.buyerName())) {
                    out.add(finding(rule, reply, g.start(1), g.end(1)));
                }
            }
        }
        for (String other : context.otherBuyerNames()) {
            if (other.isBlank() || (!context.buyerName().isEmpty() && sameBuyer(other, context.buyerName()))) {
                continue;
            }
            int at = lower.indexOf(other.toLowerCase(Locale.ROOT));
            if (at >= 0) {
                out.add(finding(rule, reply, at, at + other.length()));
            }
        }
    }

    /** True when a name written in a greeting can be this buyer: every part of it is a part of the buyer's name. */
    private static boolean sameBuyer(String named, String buyer) {
        List<String> parts = List.of(buyer.toLowerCase(Locale.ROOT).split("[\\s,.]+"));
        for (String p : named.toLowerCase(Locale.ROOT).split("[\\s,.]+")) {
            if (!p.isEmpty() && !parts.contains(p) && !p.matches("mr|mrs|ms|miss|dr|sir|or|madam|all|there|team|friend|customer|buyer|valued|folks|everyone|my"
                    + "|dear|lovely|again")) {
                return false;
            }
        }
        return true;
    }

    private static String key(String id) {
        return id.replaceAll("[#\\s]", "").toUpperCase(Locale.ROOT);
    }

    /** A finding under the rule's id without its {@code #variant} suffix (rows of one rule may share an id). */
    private static ReplyFinding finding(ReplyRule rule, String reply, int start, int end) {
        int hash = rule.id().indexOf('#');
        String id = hash < 0 ? rule.id() : rule.id().substring(0, hash);
        return new ReplyFinding(id, rule.severity(), rule.message(), start, end, reply.substring(start, end));
    }
}
