package io.casebook.store;

/** A model file that is missing, damaged or of an unknown format; the message names the file. */
public final class ModelFileException extends RuntimeException {
    public ModelFileException(String message) {
        super(message);
    }
}
