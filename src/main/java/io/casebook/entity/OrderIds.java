package io.casebook.entity;

import java.util.regex.Pattern;

/** What an order id's format says about the marketplace it comes from. */
public final class OrderIds {

    private static final Pattern AMAZON = Pattern.compile("[0-9D]\\d{2}-\\d{7}-\\d{7}");
    private static final Pattern EBAY = Pattern.compile("\\d{2}-\\d{5}-\\d{5}");
    private static final Pattern ALIEXPRESS = Pattern.compile("[38]\\d{14,15}");

    private OrderIds() {
    }

    /** {@code amazon}, {@code ebay}, {@code aliexpress} or {@code shopify} by the id's format, else empty. */
    public static String marketplace(String orderId) {
        String id = orderId == null ? "" : orderId.strip();
        if (AMAZON.matcher(id).matches()) {
            return "amazon";
        }
        if (EBAY.matcher(id).matches()) {
            return "ebay";
        }
        if (ALIEXPRESS.matcher(id).matches()) {
            return "aliexpress";
        }
        if (id.startsWith("#")) {
            return "shopify";
        }
        return "";
    }
}
