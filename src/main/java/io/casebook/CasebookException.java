package io.casebook;

/**
 * A problem the user can fix: a missing or bad file, a bad setting, an unknown label. The
 * message names the file (and line) and says what to do.
 */
public class CasebookException extends RuntimeException {
    public CasebookException(String message) {
        super(message);
    }

    public CasebookException(String message, Throwable cause) {
        super(message, cause);
    }
}
