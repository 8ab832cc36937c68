package io.casebook.learn;

import java.util.Objects;

/**
 * One message labelled by the seller: its text, the intent and sentiment the seller gave (an
 * empty string when that label was not given), and where the label came from.
 *
 * @param id        the message id, when the file had one
 * @param text      the message text
 * @param intent    the seller's intent, or empty
 * @param sentiment the seller's sentiment, or empty
 * @param source    the file the label was read from (its name)
 * @param line      the line of that file the label's record starts on
 */
public record SellerLabel(String id, String text, String intent, String sentiment, String source, long line) {

    public SellerLabel {
        id = id == null ? "" : id;
        Objects.requireNonNull(text, "text");
        intent = intent == null ? "" : intent;
        sentiment = sentiment == null ? "" : sentiment;
        source = source == null ? "" : source;
    }

    /** The label for a model kind: {@code intent} or {@code sentiment}. */
    public String label(String kind) {
        return kind.equals("intent") ? intent : sentiment;
    }
}
