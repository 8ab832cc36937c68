package io.casebook.entity;

/** The kinds of entity casebook finds in buyer text. */
public enum EntityType {
    /** A URL (http, https or www.). */
    URL,
    /** An e-mail address. */
    EMAIL,
    /** A marketplace or shop order id: Amazon, eBay, AliExpress or Shopify. */
    ORDER_ID,
    /** A carrier tracking number: UPS, USPS, FedEx, DHL, Royal Mail, China Post, YunExpress and the like. */
    TRACKING_NUMBER,
    /** An Amazon product id ({@code B0} followed by eight letters or digits). */
    ASIN,
    /** A telephone number. */
    PHONE,
    /** A stock-keeping unit the seller's case base knows (found only by a finder given the SKUs). */
    SKU
}
