package io.casebook.reply;

/**
 * Facts about one order and its buyer, as far as they are known; empty strings for unknowns.
 *
 * @param buyerName   the buyer's name as it should appear in a greeting
 * @param orderId     the order id
 * @param trackingNumber the parcel's tracking number
 * @param sku         the SKU
 * @param product     the product title
 */
public record DraftFacts(String buyerName, String orderId, String trackingNumber, String sku, String product) {
    public DraftFacts {
        buyerName = nz(buyerName);
        orderId = nz(orderId);
        trackingNumber = nz(trackingNumber);
        sku = nz(sku);
        product = nz(product);
    }

    private static String nz(String s) {
        return s == null ? "" : s.strip();
    }
}
