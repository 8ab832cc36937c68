package io.casebook.entity;

import java.util.Objects;

/**
 * An entity found in a text: its type, its value as written, and its span ({@code start}
 * inclusive, {@code end} exclusive) in the text it was found in.
 */
public record Entity(EntityType type, String value, int start, int end) {
    public Entity {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(value, "value");
        if (start < 0 || end < start) {
            throw new IllegalArgumentException("bad span " + start + ".." + end);
        }
    }
}
