package io.casebook.inbox;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.MalformedInputException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.function.Consumer;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * Reads the simplest inboxes: a CSV file with a header holding a text column (and optionally an
 * id column), or plain text with one message per line. UTF-8, with or without a byte-order mark.
 * Entries that cannot be used (an empty text, a row with missing cells) come out as rejects with
 * their line; nothing is dropped silently. Reading streams: memory does not grow with the file.
 *
 * <p>Not thread-safe: one reader per file and thread.
 */
public final class InboxReader {

    private InboxReader() {
    }

    /**
     * Reads a CSV inbox and hands every message and reject to {@code sink}, in file order.
     *
     * @throws InboxException when the file is missing, not UTF-8, not CSV, or lacks the text column
     */
    public static void readCsv(Path file, String textColumn, String idColumn, Consumer<InboxItem> sink) {
        String source = file.toString();
        try (Reader reader = utf8(Files.newInputStream(file))) {
            CSVFormat format = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get();
            try (CSVParser parser = CSVParser.parse(reader, format)) {
                Map<String, Integer> header = parser.getHeaderMap();
                if (!header.containsKey(textColumn)) {
                    throw new InboxException(source + ": no column '" + textColumn + "' in the header "
                            + header.keySet() + "; name the text column with --text-column");
                }
                boolean hasId = idColumn != null && header.containsKey(idColumn);
                Iterator<CSVRecord> records = parser.iterator();
                long line = 2;
                while (true) {
                    CSVRecord record;
                    try {
                        if (!records.hasNext()) {
                            break;
                        }
                        record = records.next();
                    } catch (UncheckedIOException | NoSuchElementException | IllegalStateException e) {
                        throw new InboxException(source + ": line " + (parser.getCurrentLineNumber() + 1)
                                + ": not valid CSV (" + rootMessage(e) + "); check the quotes on that line");
                    }
                    String id = hasId && record.isSet(idColumn) ? record.get(idColumn) : String.valueOf(record.getRecordNumber());
                    if (!record.isSet(textColumn)) {
                        sink.accept(InboxItem.reject(source, line, id,
                                "the row has " + record.size() + " cells, fewer than the header's " + header.size()));
                    } else {
                        String text = record.get(textColumn);
                        if (text.isBlank()) {
                            sink.accept(InboxItem.reject(source, line, id, "the text is empty"));
                        } else {
                            sink.accept(InboxItem.message(source, line, id, text));
                        }
                    }
                    line = parser.getCurrentLineNumber() + 1;
                }
            }
        } catch (NoSuchFileException e) {
            throw new InboxException(source + ": no such file");
        } catch (MalformedInputException e) {
            throw new InboxException(source + ": not UTF-8 text; save it as UTF-8 and try again");
        } catch (IOException e) {
            throw new InboxException(source + ": cannot read: " + e.getMessage());
        } catch (UncheckedIOException e) {
            if (e.getCause() instanceof MalformedInputException) {
                throw new InboxException(source + ": not UTF-8 text; save it as UTF-8 and try again");
            }
            throw new InboxException(source + ": cannot read: " + rootMessage(e));
        }
    }

    /** Reads one message per line; blank lines are not messages and are skipped. */
    public static void readLines(InputStream in, String source, Consumer<InboxItem> sink) {
        try (BufferedReader reader = utf8(in)) {
            String text;
            long line = 0;
            while ((text = reader.readLine()) != null) {
                line++;
                if (!text.isBlank()) {
                    sink.accept(InboxItem.message(source, line, String.valueOf(line), text));
                }
            }
        } catch (MalformedInputException e) {
            throw new InboxException(source + ": not UTF-8 text");
        } catch (IOException e) {
            throw new InboxException(source + ": cannot read: " + e.getMessage());
        }
    }

    private static BufferedReader utf8(InputStream in) throws IOException {
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        BufferedReader reader = new BufferedReader(new InputStreamReader(in, decoder));
        reader.mark(1);
        int first = reader.read();
        if (first != '\uFEFF' && first != -1) {
            reader.reset();
        }
        return reader;
    }

    private static String rootMessage(Throwable e) {
        Throwable t = e;
        while (t.getCause() != null) {
            t = t.getCause();
        }
        return t.getMessage();
    }
}
