package io.casebook.inbox;

import java.io.BufferedInputStream;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.function.Consumer;
import java.util.regex.Pattern;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * Reads a CSV, TSV or semicolon-separated export with a header row: the delimiter is read from
 * the header line; the encoding is the byte-order mark's, else UTF-8 when the first megabyte is
 * valid UTF-8, else Windows-1252 (or the one given); leading blank or delimiter-only lines and
 * footers such as eBay's {@code 12 record(s) downloaded} / {@code Seller ID: ...} are skipped; the
 * columns are found by their usual names ({@link InboxField}) or the names given. Each row's text
 * is the buyer's new text ({@link BodyText}); an empty or over-long text is a reject with its line.
 * Streams: memory does not grow with the file.
 */
final class DelimitedInboxReader {

    private static final int SNIFF_BYTES = 1 << 20;
    private static final Pattern FOOTER = Pattern.compile("(?i)^\\s*(?:\\d+\\s+record\\(s\\)\\s+downloaded|seller id\\s*:).*");

    private DelimitedInboxReader() {
    }

    static void read(InputStream raw, String source, InboxOptions options, Consumer<InboxItem> sink) throws IOException {
        BufferedInputStream in = new BufferedInputStream(raw, 1 << 16);
        in.mark(SNIFF_BYTES + 4);
        byte[] head = in.readNBytes(SNIFF_BYTES);
        in.reset();
        Charset charset = options.encoding() != null ? options.encoding() : detect(head);
        int bom = bomLength(head, charset);
        in.skipNBytes(bom);
        CharsetDecoder decoder = charset.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        BufferedReader reader = new BufferedReader(new InputStreamReader(in, decoder), 1 << 16);
        long skipped = 0;
        String first;
        while (true) {
            reader.mark(1 << 16);
            first = reader.readLine();
            if (first == null) {
                throw new InboxException(source + ": the file is empty; an inbox CSV needs a header row");
            }
            if (!first.replaceAll("[,;\\t\"\\s]", "").isEmpty()) {
                reader.reset();
                break;
            }
            skipped++;
        }
        char delimiter = delimiter(first);
        CSVFormat format = CSVFormat.DEFAULT.builder().setDelimiter(delimiter).setHeader().setSkipHeaderRecord(true)
                .setIgnoreEmptyLines(true).setAllowMissingColumnNames(true).setDuplicateHeaderMode(
                        org.apache.commons.csv.DuplicateHeaderMode.ALLOW_ALL).get();
        long line = skipped + 2;
        try (CSVParser parser = CSVParser.parse(reader, format)) {
            List<String> headers = new ArrayList<>(parser.getHeaderNames());
            Map<InboxField, Integer> columns = Fields.locate(headers, options.columns(), source);
            Integer textColumn = columns.get(InboxField.TEXT);
            if (textColumn == null) {
                throw new InboxException(source + ": no message column among " + headers + "; name it with "
                        + "--column text=HEADER");
            }
            Iterator<CSVRecord> records = parser.iterator();
            while (true) {
                CSVRecord row;
                try {
                    if (!records.hasNext()) {
                        break;
                    }
                    row = records.next();
                } catch (UncheckedIOException | NoSuchElementException | IllegalStateException e) {
                    if (root(e) instanceof CharacterCodingException) {
                        throw new InboxException(source + ": not " + charset.name() + " text near line " + line
                                + "; name the encoding with --encoding (e.g. windows-1252)");
                    }
                    throw new InboxException(source + ": line " + line + ": not valid CSV (" + root(e).getMessage()
                            + "); check the quotes on that line");
                }
                long start = line;
                line = parser.getCurrentLineNumber() + skipped + 1;
                if (row.size() > 0 && FOOTER.matcher(row.get(0)).matches() && allEmptyAfterFirst(row)) {
                    continue;
                }
                sink.accept(item(row, columns, source, start));
            }
        }
    }

    private static InboxItem item(CSVRecord row, Map<InboxField, Integer> columns, String source, long line) {
        String id = cell(row, columns.get(InboxField.ID));
        if (id.isEmpty()) {
            id = String.valueOf(line);
        }
        Integer textColumn = columns.get(InboxField.TEXT);
        if (textColumn >= row.size()) {
            return InboxItem.reject(source, line, id, "the row has " + row.size() + " cells and no message cell");
        }
        String raw = row.get(textColumn);
        if (raw.isBlank()) {
            return InboxItem.reject(source, line, id, "the text is empty");
        }
        if (raw.length() > BodyText.MAX_CHARS) {
            return InboxItem.reject(source, line, id, "the message has " + raw.length() + " characters, more than the "
                    + BodyText.MAX_CHARS + " a buyer message can have");
        }
        NewText.Result text = BodyText.of(raw);
        String order = cell(row, columns.get(InboxField.ORDER_ID));
        InboxMeta meta = new InboxMeta(cell(row, columns.get(InboxField.RECEIVED)), cell(row, columns.get(InboxField.SUBJECT)),
                cell(row, columns.get(InboxField.BUYER)), order.isEmpty() ? text.orderId() : order, text.asin(),
                text.itemTitle(), cell(row, columns.get(InboxField.CHANNEL)));
        return InboxItem.message(source, line, id, text.text(), meta, -1);
    }

    private static boolean allEmptyAfterFirst(CSVRecord row) {
        for (int i = 1; i < row.size(); i++) {
            if (!row.get(i).isBlank()) {
                return false;
            }
        }
        return true;
    }

    private static String cell(CSVRecord row, Integer column) {
        if (column == null || column >= row.size()) {
            return "";
        }
        String v = row.get(column);
        return v == null ? "" : v.strip();
    }

    /** The byte-order mark's charset, else UTF-8 when the bytes decode as UTF-8, else Windows-1252. */
    static Charset detect(byte[] head) {
        if (head.length >= 3 && (head[0] & 0xff) == 0xEF && (head[1] & 0xff) == 0xBB && (head[2] & 0xff) == 0xBF) {
            return StandardCharsets.UTF_8;
        }
        if (head.length >= 2 && (head[0] & 0xff) == 0xFF && (head[1] & 0xff) == 0xFE) {
            return StandardCharsets.UTF_16LE;
        }
        if (head.length >= 2 && (head[0] & 0xff) == 0xFE && (head[1] & 0xff) == 0xFF) {
            return StandardCharsets.UTF_16BE;
        }
        int end = head.length;
        // a multi-byte character cut at the end of the sample is not an error
        while (end > 0 && end > head.length - 4 && (head[end - 1] & 0xC0) == 0x80) {
            end--;
        }
        if (end > 0 && (head[end - 1] & 0xC0) == 0xC0) {
            end--;
        }
        try {
            StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(head, 0, end));
            return StandardCharsets.UTF_8;
        } catch (CharacterCodingException e) {
            return Charset.forName("windows-1252");
        }
    }

    private static int bomLength(byte[] head, Charset charset) {
        if (charset.equals(StandardCharsets.UTF_8) && head.length >= 3 && (head[0] & 0xff) == 0xEF
                && (head[1] & 0xff) == 0xBB && (head[2] & 0xff) == 0xBF) {
            return 3;
        }
        if ((charset.equals(StandardCharsets.UTF_16LE) || charset.equals(StandardCharsets.UTF_16BE)) && head.length >= 2) {
            return 2;
        }
        return 0;
    }

    private static char delimiter(String header) {
        int tabs = 0;
        int commas = 0;
        int semicolons = 0;
        boolean quoted = false;
        for (int i = 0; i < header.length(); i++) {
            char c = header.charAt(i);
            if (c == '"') {
                quoted = !quoted;
            } else if (!quoted) {
                tabs += c == '\t' ? 1 : 0;
                commas += c == ',' ? 1 : 0;
                semicolons += c == ';' ? 1 : 0;
            }
        }
        if (tabs > 0 && tabs >= commas && tabs >= semicolons) {
            return '\t';
        }
        return semicolons > commas ? ';' : ',';
    }

    private static Throwable root(Throwable e) {
        Throwable t = e;
        while (t.getCause() != null) {
            t = t.getCause();
        }
        return t;
    }
}
