package io.casebook.reply;

import java.util.Set;

/**
 * What a reply is checked against.
 *
 * @param marketplace     {@code amazon}, {@code ebay}, {@code aliexpress}, {@code etsy}, {@code shopify},
 *                        or empty when unknown (then the rules of every marketplace apply)
 * @param buyerName       this buyer's name, or empty
 * @param orderId         this order's id, or empty
 * @param trackingNumber  this order's tracking number, or empty
 * @param otherBuyerNames names of other buyers (from the case base) that must not appear
 */
public record ReplyContext(String marketplace, String buyerName, String orderId, String trackingNumber,
        Set<String> otherBuyerNames) {
    public ReplyContext {
        marketplace = marketplace == null ? "" : marketplace.strip().toLowerCase(java.util.Locale.ROOT);
        buyerName = buyerName == null ? "" : buyerName.strip();
        orderId = orderId == null ? "" : orderId.strip();
        trackingNumber = trackingNumber == null ? "" : trackingNumber.strip();
        otherBuyerNames = otherBuyerNames == null ? Set.of() : Set.copyOf(otherBuyerNames);
    }

    /** A context that knows only the marketplace. */
    public static ReplyContext of(String marketplace) {
        return new ReplyContext(marketplace, "", "", "", Set.of());
    }
}
