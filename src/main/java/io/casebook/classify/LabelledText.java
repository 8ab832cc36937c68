package io.casebook.classify;

import java.util.Objects;

/**
 * One labelled example: a text, its label, its language (ISO 639-1, may be empty) and the line
 * of the file it came from (for messages that name it).
 */
public record LabelledText(String text, String label, String lang, long line) {
    public LabelledText {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(label, "label");
        lang = lang == null ? "" : lang;
    }
}
