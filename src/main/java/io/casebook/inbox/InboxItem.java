package io.casebook.inbox;

/**
 * One thing read from an inbox: a message with its place in the source, or a reject saying why
 * the entry at that place could not be read.
 *
 * @param source  the file name ({@code -} for standard input)
 * @param line    the line the entry starts on (1-based)
 * @param id      the message id (from the file's id column, else the line number)
 * @param text    the message text; null for a reject
 * @param reason  why the entry was rejected; null for a message
 */
public record InboxItem(String source, long line, String id, String text, String reason) {

    public static InboxItem message(String source, long line, String id, String text) {
        return new InboxItem(source, line, id, text, null);
    }

    public static InboxItem reject(String source, long line, String id, String reason) {
        return new InboxItem(source, line, id, null, reason);
    }

    public boolean isReject() {
        return reason != null;
    }
}
