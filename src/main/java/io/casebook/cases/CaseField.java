package io.casebook.cases;

import java.util.List;
import java.util.Locale;

/**
 * The columns of a cases file and the header names other tools use for them (Zendesk,
 * Freshdesk, Gorgias, marketplace reports, hand-kept spreadsheets). Header names are compared
 * after {@link #normalise}: lower case, without spaces, hyphens, underscores, dots, '#' and
 * brackets.
 */
public enum CaseField {
    CASE_ID("case_id", true, "caseid", "case", "caseno", "casenumber", "ticketid", "ticket", "ticketnumber",
            "conversationid", "threadid", "id"),
    DATE("date", false, "createdat", "created", "createddate", "createddatetime", "receivedat", "received",
            "datetime", "timestamp", "orderdate", "purchasedate", "returndate", "saledate"),
    CHANNEL("channel", false, "marketplace", "platform", "saleschannel", "source", "via"),
    ORDER_ID("order_id", false, "orderid", "ordernumber", "order", "amazonorderid", "ordername", "orderno"),
    SKU("sku", false, "sellersku", "merchantsku", "customlabel", "lineitemsku", "itemsku", "variantsku"),
    PRODUCT("product", false, "productname", "itemtitle", "itemname", "title", "lineitemname"),
    BUYER_NAME("buyer_name", false, "buyername", "buyer", "customername", "customer", "requestername",
            "requester", "fullname", "name"),
    MESSAGE("message", true, "buyermessage", "customermessage", "body", "bodytext", "plainbody", "text",
            "description", "descriptiontext", "content", "comment", "customercomments"),
    INTENT("intent", false, "caseintent", "messageintent"),
    NOTES("notes", false, "note", "agentnotes", "internalnotes", "internalnote", "privatenote", "myitemnote"),
    REPLY("reply", false, "response", "answer", "ourreply", "agentreply", "replysent", "sellerreply"),
    RESOLUTION("resolution", false, "outcome", "result", "disposition", "resolutiontype");

    private final String column;
    private final boolean required;
    private final List<String> synonyms;

    CaseField(String column, boolean required, String... synonyms) {
        this.column = column;
        this.required = required;
        this.synonyms = List.of(synonyms);
    }

    /** The column name in casebook's own cases files. */
    public String column() {
        return column;
    }

    /** True for the columns a case cannot do without. */
    public boolean required() {
        return required;
    }

    /** True when a header, once normalised, names this field. */
    boolean matches(String normalisedHeader) {
        return normalise(column).equals(normalisedHeader) || synonyms.contains(normalisedHeader);
    }

    /** The field whose casebook column name is {@code name}, or null. */
    public static CaseField byColumn(String name) {
        String n = normalise(name);
        for (CaseField f : values()) {
            if (normalise(f.column).equals(n)) {
                return f;
            }
        }
        return null;
    }

    static String normalise(String header) {
        StringBuilder b = new StringBuilder(header.length());
        for (int i = 0; i < header.length(); i++) {
            char c = header.charAt(i);
            if (c == '\uFEFF' || c == ' ' || c == '-' || c == '_' || c == '.' || c == '#' || c == '('
                    || c == ')' || c == '[' || c == ']') {
                continue;
            }
            b.append(c);
        }
        return b.toString().toLowerCase(Locale.ROOT);
    }
}
