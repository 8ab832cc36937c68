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
 * @param meta    what the source says about the message besides its text
 * @param offset  the byte offset of the entry in its file, or -1 when the line says enough
 */
public record InboxItem(String source, long line, String id, String text, String reason, InboxMeta meta,
        long offset) {

    public InboxItem {
        meta = meta == null ? InboxMeta.NONE : meta;
    }

    public static InboxItem message(String source, long line, String id, String text) {
        return new InboxItem(source, line, id, text, null, InboxMeta.NONE, -1);
    }

    public static InboxItem message(String source, long line, String id, String text, InboxMeta meta, long offset) {
        return new InboxItem(source, line, id, text, null, meta, offset);
    }

    public static InboxItem reject(String source, long line, String id, String reason) {
        return new InboxItem(source, line, id, null, reason, InboxMeta.NONE, -1);
    }

    public static InboxItem reject(String source, long line, String id, String reason, long offset) {
        return new InboxItem(source, line, id, null, reason, InboxMeta.NONE, offset);
    }

    /** Where the entry is, for a person: "inbox.mbox line 1041 (byte 88012)". */
    public String position() {
        return source + " line " + line + (offset >= 0 ? " (byte " + offset + ")" : "");
    }

    public boolean isReject() {
        return reason != null;
    }
}
