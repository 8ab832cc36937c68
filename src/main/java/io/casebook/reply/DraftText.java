package io.casebook.reply;

import java.util.List;

/** A drafted reply and the placeholders left in it for the agent, in order of appearance. */
public record DraftText(String text, List<String> placeholders) {
    public DraftText {
        placeholders = List.copyOf(placeholders);
    }
}
