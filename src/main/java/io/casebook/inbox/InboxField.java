package io.casebook.inbox;

import java.util.List;
import java.util.Locale;

/**
 * The fields an inbox file may carry and the column (or JSON key) names helpdesk and marketplace
 * exports use for them: Zendesk, Freshdesk, Gorgias, Help Scout, eDesk, hand-kept sheets. Names
 * are compared after {@link #normalise}: lower case, without spaces, {@code -_.#()} and a BOM.
 */
public enum InboxField {
    TEXT("text", "description", "descriptiontext", "body", "bodytext", "plainbody", "message", "messagebody",
            "content", "comment", "comments", "customermessage", "buyermessage", "question", "enquiry", "inquiry",
            "text"),
    SUBJECT("subject", "subject", "rawsubject", "title", "topic"),
    ID("id", "id", "ticketid", "ticket", "ticketnumber", "messageid", "conversationid", "threadid", "caseid",
            "externalid", "number"),
    RECEIVED("received", "createdat", "created", "createddate", "createddatetime", "receivedat", "received", "date",
            "datetime", "timestamp", "senttime", "sentat", "time"),
    BUYER("buyer", "requester", "requestername", "buyername", "buyer", "customername", "customer", "fromname",
            "from", "sender", "sendername", "name"),
    ORDER_ID("order_id", "ordernumber", "orderid", "order", "amazonorderid", "orderno"),
    CHANNEL("channel", "channel", "via", "source", "marketplace", "platform");

    private final String flagName;
    private final List<String> names;

    InboxField(String flagName, String... names) {
        this.flagName = flagName;
        this.names = List.of(names);
    }

    /** The field's name in {@code --column FIELD=HEADER}. */
    public String flagName() {
        return flagName;
    }

    List<String> names() {
        return names;
    }

    /** The field named {@code name} in a {@code --column} flag, or null. */
    public static InboxField byFlagName(String name) {
        for (InboxField f : values()) {
            if (f.flagName.equalsIgnoreCase(name.strip())) {
                return f;
            }
        }
        return null;
    }

    static String normalise(String header) {
        StringBuilder b = new StringBuilder(header.length());
        for (int i = 0; i < header.length(); i++) {
            char c = header.charAt(i);
            if (c == '\uFEFF' || c == ' ' || c == '-' || c == '_' || c == '.' || c == '#' || c == '(' || c == ')') {
                continue;
            }
            b.append(c);
        }
        return b.toString().toLowerCase(Locale.ROOT);
    }
}
