package io.casebook.inbox;

import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * Reads JSON lines (one object per line) or a JSON array of objects, streaming. Each object's
 * fields are found by their usual key names ({@link InboxField}) or the names given; a ticket
 * dump whose text sits in a nested list ({@code comments[0].plain_body}, {@code messages[0].body_text},
 * {@code threads[0].body}) is read from the first element of that list. An object without a text,
 * or a line that is not JSON, is a reject with its line.
 */
final class JsonInboxReader {

    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final List<String> NESTED = List.of("comments", "messages", "threads", "conversation", "posts");

    private JsonInboxReader() {
    }

    static void readLines(InputStream in, String source, InboxOptions options, Consumer<InboxItem> sink) throws IOException {
        BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)));
        String text;
        long line = 0;
        try {
            while ((text = reader.readLine()) != null) {
                line++;
                String t = line == 1 ? text.replace("\uFEFF", "") : text;
                if (t.isBlank()) {
                    continue;
                }
                JsonNode node;
                try {
                    node = MAPPER.readTree(t);
                } catch (JsonParseException e) {
                    sink.accept(InboxItem.reject(source, line, String.valueOf(line), "not JSON: "
                            + e.getOriginalMessage()));
                    continue;
                }
                sink.accept(item(node, source, line, options));
            }
        } catch (CharacterCodingException e) {
            throw new InboxException(source + ": not UTF-8 text near line " + (line + 1) + "; JSON must be UTF-8");
        }
    }

    static void readArray(InputStream in, String source, InboxOptions options, Consumer<InboxItem> sink) throws IOException {
        try (JsonParser p = MAPPER.getFactory().createParser(in)) {
            if (p.nextToken() != JsonToken.START_ARRAY) {
                throw new InboxException(source + ": a JSON inbox is an array of objects or one object per line");
            }
            while (true) {
                JsonToken t;
                try {
                    t = p.nextToken();
                } catch (JsonParseException e) {
                    throw new InboxException(source + ": line " + e.getLocation().getLineNr() + ": not valid JSON ("
                            + e.getOriginalMessage() + ")");
                }
                if (t == JsonToken.END_ARRAY || t == null) {
                    break;
                }
                long line = p.currentTokenLocation().getLineNr();
                JsonNode node;
                try {
                    node = MAPPER.readTree(p);
                } catch (JsonParseException e) {
                    throw new InboxException(source + ": line " + e.getLocation().getLineNr() + ": not valid JSON ("
                            + e.getOriginalMessage() + ")");
                }
                sink.accept(item(node, source, line, options));
            }
        } catch (CharacterCodingException e) {
            throw new InboxException(source + ": not UTF-8 text; JSON must be UTF-8");
        }
    }

    private static InboxItem item(JsonNode node, String source, long line, InboxOptions options) {
        if (!node.isObject()) {
            return InboxItem.reject(source, line, String.valueOf(line), "not a JSON object");
        }
        List<String> keys = new ArrayList<>();
        node.fieldNames().forEachRemaining(keys::add);
        Map<InboxField, Integer> at = Fields.locate(keys, options.columns(), source);
        String id = value(node, keys, at.get(InboxField.ID));
        if (id.isEmpty()) {
            id = String.valueOf(line);
        }
        String raw = value(node, keys, at.get(InboxField.TEXT));
        if (raw.isEmpty()) {
            raw = nestedText(node, options);
        }
        if (raw.isBlank()) {
            return InboxItem.reject(source, line, id, "the object has no message text (keys: " + String.join(", ", keys)
                    + "); name the key with --column text=KEY");
        }
        if (raw.length() > BodyText.MAX_CHARS) {
            return InboxItem.reject(source, line, id, "the message has " + raw.length() + " characters, more than the "
                    + BodyText.MAX_CHARS + " a buyer message can have");
        }
        NewText.Result text = BodyText.of(raw);
        String order = value(node, keys, at.get(InboxField.ORDER_ID));
        InboxMeta meta = new InboxMeta(value(node, keys, at.get(InboxField.RECEIVED)),
                value(node, keys, at.get(InboxField.SUBJECT)), value(node, keys, at.get(InboxField.BUYER)),
                order.isEmpty() ? text.orderId() : order, text.asin(), text.itemTitle(),
                value(node, keys, at.get(InboxField.CHANNEL)));
        return InboxItem.message(source, line, id, text.text(), meta, -1);
    }

    private static String nestedText(JsonNode node, InboxOptions options) {
        for (String name : NESTED) {
            JsonNode list = node.get(name);
            if (list != null && list.isArray() && list.size() > 0 && list.get(0).isObject()) {
                JsonNode first = list.get(0);
                List<String> keys = new ArrayList<>();
                first.fieldNames().forEachRemaining(keys::add);
                String v = value(first, keys, Fields.locate(keys, options.columns(), "").get(InboxField.TEXT));
                if (!v.isBlank()) {
                    return v;
                }
                for (String k : List.of("plain_body", "body_text", "html_body", "body_html")) {
                    if (first.hasNonNull(k) && !first.get(k).asText().isBlank()) {
                        return first.get(k).asText();
                    }
                }
            }
        }
        return "";
    }

    private static String value(JsonNode node, List<String> keys, Integer index) {
        if (index == null) {
            return "";
        }
        JsonNode v = node.get(keys.get(index));
        if (v == null || v.isNull()) {
            return "";
        }
        if (v.isValueNode()) {
            return v.asText().strip();
        }
        if (v.isObject()) { // e.g. "requester": {"name": "..."}
            for (Iterator<String> it = v.fieldNames(); it.hasNext();) {
                String k = it.next();
                if (k.equalsIgnoreCase("name") || k.equalsIgnoreCase("email")) {
                    return v.get(k).asText().strip();
                }
            }
        }
        return "";
    }
}
