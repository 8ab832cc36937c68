package io.casebook.learn;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Weak labels from Amazon's relay subjects: the buyer picks a contact reason on Amazon, and it
 * comes first in the subject ("Return policy inquiry from Amazon customer Sakina (Order: ...)",
 * "Ship faster inquiry from Amazon customer ...", localised ones such as "Paket nicht angekommen:
 * Gutschrift anfordern(Bestellung: ...)"). The topic suggests an intent; generic subjects
 * ("Inquiry from Amazon customer", "Message from Amazon customer") suggest none. A suggestion,
 * not a label: buyers pick topics loosely, so {@code casebook label} shows it for the seller to
 * accept or not. Immutable and thread-safe.
 */
public final class SubjectTopics {

    private static final Pattern AMAZON = Pattern.compile("^(?:(?:RE|AW|TR|R|RV|Fwd?):\\s*)*(?<topic>.*?)\\s*"
            + "(?:inquiry|message|anfrage|demande de renseignements|consulta)?\\s*(?:from|von|de la part du|de)\\s+"
            + "(?:an\\s+)?Amazon[\\s-]+(?:customer|kunde|kunden|client|cliente)", Pattern.CASE_INSENSITIVE);
    private static final Pattern ORDER_SUFFIX = Pattern.compile("^(?:(?:RE|AW|TR|R|RV|Fwd?):\\s*)*(?<topic>[^(]+?)\\s*"
            + "(?:for order\\s*)?\\((?:Order|Bestellung|Commande|Pedido|Ordine)\\s*:?", Pattern.CASE_INSENSITIVE);

    /** Topic words (lower case, matched as substrings of the topic) and the intent they suggest, first match wins. */
    private static final Map<String, String> TOPICS = topics();

    private SubjectTopics() {
    }

    private static Map<String, String> topics() {
        Map<String, String> m = new LinkedHashMap<>();
        m.put("return policy", "return_request");
        m.put("return request", "return_request");
        m.put("exchange", "return_request");
        m.put("rücksendung", "return_request");
        m.put("retour", "return_request");
        m.put("devoluci", "return_request");
        m.put("nicht angekommen", "not_received");
        m.put("not arrived", "not_received");
        m.put("didn't arrive", "not_received");
        m.put("non reçu", "not_received");
        m.put("no recibido", "not_received");
        m.put("refund", "refund_request");
        m.put("gutschrift", "refund_request");
        m.put("rembourse", "refund_request");
        m.put("reembolso", "refund_request");
        m.put("cancel", "cancel_order");
        m.put("stornier", "cancel_order");
        m.put("annul", "cancel_order");
        m.put("ship faster", "shipping_status");
        m.put("order delivery", "shipping_status");
        m.put("delivery", "shipping_status");
        m.put("lieferung", "shipping_status");
        m.put("livraison", "shipping_status");
        m.put("entrega", "shipping_status");
        m.put("product details", "product_question");
        m.put("product customi", "product_question");
        m.put("produktdetails", "product_question");
        m.put("détails", "product_question");
        m.put("damaged", "damaged_in_transit");
        m.put("defective", "defective");
        m.put("wrong item", "wrong_item");
        return java.util.Collections.unmodifiableMap(m);
    }

    /** The topic of an Amazon relay subject, or "" when the subject is not one or names none. */
    public static String topic(String subject) {
        if (subject == null || subject.isBlank()) {
            return "";
        }
        Matcher m = AMAZON.matcher(subject.strip());
        if (m.find()) {
            return m.group("topic").strip();
        }
        m = ORDER_SUFFIX.matcher(subject.strip());
        return m.find() ? m.group("topic").strip().replaceAll("[:\\s]+$", "") : "";
    }

    /** The intent a subject's topic suggests, or "" for none. */
    public static String suggest(String subject) {
        String topic = topic(subject).toLowerCase(Locale.ROOT);
        if (topic.isEmpty()) {
            return "";
        }
        for (Map.Entry<String, String> e : TOPICS.entrySet()) {
            if (topic.contains(e.getKey())) {
                return e.getValue();
            }
        }
        return "";
    }
}
