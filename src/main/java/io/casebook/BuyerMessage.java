package io.casebook;

import java.util.Objects;

/**
 * A message a buyer sent to a seller, with what is known about its order.
 *
 * @param id        the caller's id for the message (a ticket id, a row number); may be empty
 * @param text      the message text as the buyer wrote it
 * @param buyerName the buyer's name, for the reply's greeting; empty when unknown
 * @param orderId   the order the message is about; empty when unknown (then it is looked for in the text)
 * @param sku       the SKU ordered; empty when unknown (then the text and the order id are used)
 * @param channel   the marketplace ({@code amazon}, {@code ebay}, {@code aliexpress}, {@code etsy},
 *                  {@code shopify}); empty when unknown (then the order id's format tells, if it can)
 */
public record BuyerMessage(String id, String text, String buyerName, String orderId, String sku, String channel) {

    public BuyerMessage {
        id = id == null ? "" : id;
        Objects.requireNonNull(text, "text");
        buyerName = buyerName == null ? "" : buyerName.strip();
        orderId = orderId == null ? "" : orderId.strip();
        sku = sku == null ? "" : sku.strip();
        channel = channel == null ? "" : channel.strip().toLowerCase(java.util.Locale.ROOT);
    }

    /** A message with an id and nothing known about its order. */
    public BuyerMessage(String id, String text) {
        this(id, text, "", "", "", "");
    }

    /** A message without an id. */
    public static BuyerMessage of(String text) {
        return new BuyerMessage("", text);
    }

    /** This message with the buyer's name. */
    public BuyerMessage withBuyerName(String name) {
        return new BuyerMessage(id, text, name, orderId, sku, channel);
    }

    /** This message with its order id. */
    public BuyerMessage withOrderId(String order) {
        return new BuyerMessage(id, text, buyerName, order, sku, channel);
    }

    /** This message with its marketplace. */
    public BuyerMessage withChannel(String marketplace) {
        return new BuyerMessage(id, text, buyerName, orderId, sku, marketplace);
    }

    /** This message with its SKU. */
    public BuyerMessage withSku(String stockKeepingUnit) {
        return new BuyerMessage(id, text, buyerName, orderId, stockKeepingUnit, channel);
    }
}
