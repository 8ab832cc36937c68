package io.casebook.reply;

/** A rules file that cannot be used; the message names the file, the line and the fix. */
public final class ReplyRulesException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public ReplyRulesException(String message) {
        super(message);
    }
}
