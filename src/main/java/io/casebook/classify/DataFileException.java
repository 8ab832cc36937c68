package io.casebook.classify;

/** A labelled-data file that cannot be used; the message names the file, the line and the fix. */
public final class DataFileException extends RuntimeException {
    public DataFileException(String message) {
        super(message);
    }
}
