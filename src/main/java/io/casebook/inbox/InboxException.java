package io.casebook.inbox;

/** An inbox file that cannot be read at all; the message names the file, the line and the fix. */
public final class InboxException extends RuntimeException {
    public InboxException(String message) {
        super(message);
    }
}
