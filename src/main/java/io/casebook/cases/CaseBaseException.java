package io.casebook.cases;

/** A cases file or a case index that cannot be read or written; the message names the file and the fix. */
public final class CaseBaseException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public CaseBaseException(String message) {
        super(message);
    }

    public CaseBaseException(String message, Throwable cause) {
        super(message, cause);
    }
}
