package io.casebook.inbox;

import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.function.Consumer;
import java.util.regex.Pattern;

/**
 * Splits an mbox (Gmail Takeout, Thunderbird; mboxo and mboxrd) into e-mails as a stream of bytes:
 * memory holds one message at a time, whatever the size of the file. A message starts at a
 * {@code From } line that ends in a year ({@code From 1583290388308606088@xxx Mon Nov 06 04:42:58
 * +0000 2017}, {@code From - Wed Apr 02 06:51:08 2014}) at the start of the file or after a blank
 * line; other lines starting with {@code From } are body text. One level of {@code >From } quoting
 * is undone. Each message goes through {@link MailMessages}; its position is the line of its
 * {@code From } line and its byte offset. A message over {@value #MAX_MESSAGE_BYTES} bytes is a
 * reject, and so is text before the first {@code From } line.
 */
final class MboxReader {

    static final int MAX_MESSAGE_BYTES = 16 * 1024 * 1024;
    private static final Pattern FROM_LINE = Pattern.compile("^From \\S+.*\\d{4}\\s*$");

    private final String source;
    private final Consumer<InboxItem> sink;
    private ByteArrayOutputStream current;
    private long messageLine;
    private long messageOffset;
    private long messageBytes;
    private int index;

    private MboxReader(String source, Consumer<InboxItem> sink) {
        this.source = source;
        this.sink = sink;
    }

    static void read(InputStream in, String source, Consumer<InboxItem> sink) throws IOException {
        new MboxReader(source, sink).run(new BufferedInputStream(in, 1 << 16));
    }

    private void run(BufferedInputStream in) throws IOException {
        long offset = 0;
        long lineNo = 0;
        boolean previousBlank = true;
        boolean garbage = false;
        long garbageLine = 0;
        ByteArrayOutputStream line = new ByteArrayOutputStream(256);
        while (readLine(in, line)) {
            lineNo++;
            byte[] bytes = line.toByteArray();
            int length = bytes.length;
            if (previousBlank && startsWith(bytes, "From ") && FROM_LINE.matcher(ascii(bytes)).matches()) {
                emit();
                current = new ByteArrayOutputStream(8192);
                messageLine = lineNo;
                messageOffset = offset;
                messageBytes = 0;
            } else if (current != null) {
                int skip = quotedFrom(bytes) ? 1 : 0;
                messageBytes += length - skip;
                if (messageBytes <= MAX_MESSAGE_BYTES) {
                    current.write(bytes, skip, length - skip);
                }
            } else if (!blank(bytes) && !garbage) {
                garbage = true;
                garbageLine = lineNo;
            }
            previousBlank = blank(bytes);
            offset += length;
        }
        emit();
        if (garbage) {
            sink.accept(InboxItem.reject(source, garbageLine, "line-" + garbageLine,
                    "text before the first 'From ' line: not an mbox message", 0));
        }
    }

    private void emit() {
        if (current == null) {
            return;
        }
        index++;
        String fallbackId = source + "#" + index;
        if (messageBytes > MAX_MESSAGE_BYTES) {
            sink.accept(InboxItem.reject(source, messageLine, fallbackId, "the e-mail has " + messageBytes
                    + " bytes, more than the " + MAX_MESSAGE_BYTES + " a buyer message can have", messageOffset));
        } else {
            sink.accept(MailMessages.parse(current.toByteArray(), source, messageLine, messageOffset, fallbackId));
        }
        current = null;
    }

    /** mboxrd and mboxo: a body line ">From " (any number of '>') lost one '>' when it was written. */
    private static boolean quotedFrom(byte[] b) {
        int i = 0;
        while (i < b.length && b[i] == '>') {
            i++;
        }
        return i > 0 && startsWith(b, i, "From ");
    }

    private static boolean readLine(InputStream in, ByteArrayOutputStream line) throws IOException {
        line.reset();
        int c;
        boolean any = false;
        while ((c = in.read()) != -1) {
            any = true;
            line.write(c);
            if (c == '\n') {
                break;
            }
        }
        return any;
    }

    private static boolean startsWith(byte[] b, String prefix) {
        return startsWith(b, 0, prefix);
    }

    private static boolean startsWith(byte[] b, int from, String prefix) {
        if (b.length - from < prefix.length()) {
            return false;
        }
        for (int i = 0; i < prefix.length(); i++) {
            if (b[from + i] != prefix.charAt(i)) {
                return false;
            }
        }
        return true;
    }

    private static boolean blank(byte[] b) {
        for (byte x : b) {
            if (x != ' ' && x != '\t' && x != '\r' && x != '\n') {
                return false;
            }
        }
        return true;
    }

    private static String ascii(byte[] b) {
        return new String(b, StandardCharsets.ISO_8859_1).strip();
    }
}
