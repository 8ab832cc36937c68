package io.casebook;

import java.util.Objects;

/**
 * A message a buyer sent to a seller.
 *
 * @param id   the caller's id for the message (a ticket id, a row number); may be empty
 * @param text the message text as the buyer wrote it
 */
public record BuyerMessage(String id, String text) {

    public BuyerMessage {
        id = id == null ? "" : id;
        Objects.requireNonNull(text, "text");
    }

    /** A message without an id. */
    public static BuyerMessage of(String text) {
        return new BuyerMessage("", text);
    }
}
