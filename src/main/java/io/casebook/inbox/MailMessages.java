package io.casebook.inbox;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.StandardCharsets;
import java.nio.charset.UnsupportedCharsetException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.james.mime4j.codec.DecodeMonitor;
import org.apache.james.mime4j.dom.Body;
import org.apache.james.mime4j.dom.Entity;
import org.apache.james.mime4j.dom.Message;
import org.apache.james.mime4j.dom.Multipart;
import org.apache.james.mime4j.dom.TextBody;
import org.apache.james.mime4j.dom.address.Mailbox;
import org.apache.james.mime4j.dom.address.MailboxList;
import org.apache.james.mime4j.message.DefaultMessageBuilder;
import org.apache.james.mime4j.stream.MimeConfig;

/**
 * One e-mail (RFC 5322 bytes) as an inbox item, through Apache James Mime4j: headers decoded,
 * multipart walked (the first text/plain part, else the first text/html part turned into text),
 * quoted-printable and base64 decoded, the part's charset honoured (unknown charsets fall back to
 * Windows-1252), then the buyer's new text taken from the body ({@link NewText}). Mail that
 * cannot be used becomes a reject with the reason. Stateless and thread-safe.
 */
final class MailMessages {

    /** Bodies beyond this many characters are cut: the buyer's words are at the top. */
    static final int MAX_BODY_CHARS = 200_000;

    private static final Pattern AMAZON_NAME = Pattern.compile("(?i)^\\s*\"?(.*?)\"?\\s*-\\s*amazon marketplace\\s*$");
    private static final Pattern RELAY_SUBJECT = Pattern.compile(
            "(?i)^(?:(?:re|aw|tr|r|rv|fwd?)\\s*:\\s*)*(.*?)\\s*(?:inquiry|message)\\s+from\\s+amazon\\s+customer\\s*(.*?)"
                    + "\\s*(?:\\((?:order|bestellung|commande|pedido|ordine)\\s*:?\\s*(\\d{3}-\\d{7}-\\d{7})\\))?\\s*$");
    private static final Pattern SUBJECT_ORDER = Pattern.compile(
            "\\((?:Order|Bestellung|Commande|Pedido|Ordine)\\s*:?\\s*(\\d{3}-\\d{7}-\\d{7})\\)");

    private MailMessages() {
    }

    static InboxItem parse(byte[] bytes, String source, long line, long offset, String fallbackId) {
        Message message;
        try {
            DefaultMessageBuilder builder = new DefaultMessageBuilder();
            builder.setMimeEntityConfig(MimeConfig.PERMISSIVE);
            builder.setDecodeMonitor(DecodeMonitor.SILENT);
            message = builder.parseMessage(new ByteArrayInputStream(bytes));
        } catch (IOException | RuntimeException e) {
            return InboxItem.reject(source, line, fallbackId, "not a readable e-mail: " + e.getMessage(), offset);
        }
        try {
            if (message.getHeader() == null || message.getHeader().getFields().isEmpty()
                    || (message.getFrom() == null && message.getSubject() == null && message.getMessageId() == null)) {
                return InboxItem.reject(source, line, fallbackId, "not an e-mail: no From, Subject or Message-ID header",
                        offset);
            }
            String id = message.getMessageId() == null ? fallbackId : message.getMessageId().strip();
            String body = body(message);
            if (body == null || body.isBlank()) {
                return InboxItem.reject(source, line, id, "the e-mail has no text", offset);
            }
            NewText.Result text = NewText.of(body);
            String subject = message.getSubject() == null ? "" : message.getSubject().strip();
            String buyer = sender(message.getFrom());
            String subjectOrder = "";
            Matcher relay = RELAY_SUBJECT.matcher(subject);
            if (relay.matches() && buyer.isEmpty()) {
                buyer = relay.group(2);
            }
            Matcher so = SUBJECT_ORDER.matcher(subject);
            if (so.find()) {
                subjectOrder = so.group(1);
            }
            boolean amazon = isAmazon(message.getFrom()) || relay.matches();
            String received = message.getDate() == null ? "" : message.getDate().toInstant().toString();
            InboxMeta meta = new InboxMeta(received, subject, buyer,
                    text.orderId().isEmpty() ? subjectOrder : text.orderId(), text.asin(), text.itemTitle(),
                    amazon ? "amazon" : "");
            if (text.text().isBlank()) {
                return InboxItem.reject(source, line, id, "the e-mail has no text", offset);
            }
            return InboxItem.message(source, line, id, text.text(), meta, offset);
        } catch (IOException | RuntimeException e) {
            return InboxItem.reject(source, line, fallbackId, "not a readable e-mail: " + e, offset);
        } finally {
            message.dispose();
        }
    }

    private static boolean isAmazon(MailboxList from) {
        if (from == null) {
            return false;
        }
        for (Mailbox m : from) {
            if (m.getDomain() != null && m.getDomain().toLowerCase(java.util.Locale.ROOT).startsWith("marketplace.amazon.")) {
                return true;
            }
        }
        return false;
    }

    private static String sender(MailboxList from) {
        if (from == null || from.isEmpty()) {
            return "";
        }
        Mailbox m = from.get(0);
        String name = m.getName() == null ? "" : m.getName().strip();
        Matcher amazon = AMAZON_NAME.matcher(name);
        if (amazon.matches()) {
            return amazon.group(1).strip();
        }
        return name;
    }

    /** The text of the first text/plain part, else of the first text/html part; null when there is none. */
    static String body(Entity entity) throws IOException {
        String plain = find(entity, "text/plain");
        if (plain != null && !plain.isBlank()) {
            return plain;
        }
        String html = find(entity, "text/html");
        return html == null ? plain : HtmlText.of(html);
    }

    private static String find(Entity entity, String mime) throws IOException {
        Body body = entity.getBody();
        if (body instanceof Multipart multipart) {
            for (Entity part : multipart.getBodyParts()) {
                if ("attachment".equalsIgnoreCase(part.getDispositionType())) {
                    continue;
                }
                String found = find(part, mime);
                if (found != null) {
                    return found;
                }
            }
            return null;
        }
        if (body instanceof Message inner) {
            return find(inner, mime);
        }
        if (body instanceof TextBody text && mime.equalsIgnoreCase(entity.getMimeType())) {
            return read(text, entity.getCharset());
        }
        return null;
    }

    private static String read(TextBody body, String charsetName) throws IOException {
        Charset charset = charset(charsetName);
        try (InputStream in = body.getInputStream()) {
            byte[] bytes = in.readNBytes(MAX_BODY_CHARS * 2);
            String s = new String(bytes, charset);
            if (charset.equals(StandardCharsets.UTF_8) && s.indexOf('\uFFFD') >= 0) {
                s = new String(bytes, Charset.forName("windows-1252")); // labelled UTF-8, written in Windows-1252
            }
            return s.length() > MAX_BODY_CHARS ? s.substring(0, MAX_BODY_CHARS) : s;
        }
    }

    private static Charset charset(String name) {
        if (name == null || name.isBlank() || name.equalsIgnoreCase("us-ascii")) {
            return StandardCharsets.UTF_8;
        }
        try {
            Charset c = Charset.forName(name.strip());
            return c.name().equalsIgnoreCase("ISO-8859-1") ? Charset.forName("windows-1252") : c;
        } catch (IllegalCharsetNameException | UnsupportedCharsetException e) {
            return Charset.forName("windows-1252");
        }
    }
}
