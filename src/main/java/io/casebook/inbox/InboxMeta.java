package io.casebook.inbox;

/**
 * What an inbox knows about a message besides its text; empty strings for unknowns.
 *
 * @param received   when it was received, as the source wrote it (an e-mail's Date header, a
 *                   helpdesk's created-at)
 * @param subject    the subject line
 * @param buyerName  the sender's name (an Amazon relay's "Name - Amazon Marketplace" gives "Name")
 * @param orderId    the order id the source states (a relay's Order ID line, a helpdesk column)
 * @param asin       the ASIN of a relay's item line
 * @param itemTitle  the item title of a relay's item line
 * @param channel    amazon, ebay, ... when the source says so
 */
public record InboxMeta(String received, String subject, String buyerName, String orderId, String asin,
        String itemTitle, String channel) {

    public static final InboxMeta NONE = new InboxMeta("", "", "", "", "", "", "");

    public InboxMeta {
        received = nz(received);
        subject = nz(subject);
        buyerName = nz(buyerName);
        orderId = nz(orderId);
        asin = nz(asin);
        itemTitle = nz(itemTitle);
        channel = nz(channel);
    }

    private static String nz(String s) {
        return s == null ? "" : s.strip();
    }

    /** These values, each replaced by {@code other}'s where this one is empty. */
    public InboxMeta orElse(InboxMeta other) {
        return new InboxMeta(received.isEmpty() ? other.received : received, subject.isEmpty() ? other.subject : subject,
                buyerName.isEmpty() ? other.buyerName : buyerName, orderId.isEmpty() ? other.orderId : orderId,
                asin.isEmpty() ? other.asin : asin, itemTitle.isEmpty() ? other.itemTitle : itemTitle,
                channel.isEmpty() ? other.channel : channel);
    }
}
