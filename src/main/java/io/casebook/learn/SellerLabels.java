package io.casebook.learn;

import io.casebook.CasebookException;
import io.casebook.Taxonomy;
import java.io.IOException;
import java.io.StringReader;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * Reads a seller's labels from one of three kinds of CSV file, told apart by their header:
 * <ul>
 * <li>the labels file of {@code casebook label} (a {@code status} column): the answers
 * {@code accepted} and {@code corrected}; {@code skipped} rows are not labels;</li>
 * <li>the results of {@code casebook classify} (columns {@code model_intent} and
 * {@code model_sentiment}) after an agent corrected the {@code intent} or {@code sentiment}
 * column: the rows where either differs from the model's, which an agent has looked at (both of
 * their labels count); rows left as the model said are not taken, since nobody may have read
 * them;</li>
 * <li>any other CSV with {@code text} and {@code intent} and/or {@code sentiment} columns: every
 * labelled row.</li>
 * </ul>
 * Labels must be casebook's ({@link Taxonomy}); an unknown one is an error naming the line.
 */
public final class SellerLabels {

    /** What a file gave: the labels, the rows left as the model said, the skipped rows. */
    public record Read(Path file, List<SellerLabel> labels, int unchanged, int skipped) {
        public Read {
            labels = List.copyOf(labels);
        }
    }

    private SellerLabels() {
    }

    /** Reads {@code file}. @throws CasebookException with the file and line when it cannot be used */
    public static Read read(Path file) {
        String content = decode(file);
        CSVFormat format = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).setIgnoreEmptyLines(true)
                .setIgnoreSurroundingSpaces(false).get();
        List<SellerLabel> labels = new ArrayList<>();
        int unchanged = 0;
        int skipped = 0;
        try (CSVParser parser = CSVParser.parse(new StringReader(content), format)) {
            Map<String, Integer> header = parser.getHeaderMap();
            if (!header.containsKey("text")) {
                throw new CasebookException(file + ": no 'text' column; seller labels need the message text "
                        + "(casebook classify writes it; a labels file has columns text,intent,sentiment)");
            }
            if (!header.containsKey("intent") && !header.containsKey("sentiment")) {
                throw new CasebookException(file + ": no 'intent' or 'sentiment' column to take labels from");
            }
            boolean session = header.containsKey("status");
            boolean results = !session && header.containsKey("model_intent") && header.containsKey("model_sentiment");
            LineCounter lines = new LineCounter(content);
            for (CSVRecord r : parser) {
                long line = lines.lineAt(r.getCharacterPosition());
                if (!r.isConsistent()) {
                    throw new CasebookException(file + ": line " + line + ": expected " + header.size()
                            + " columns, found " + r.size() + " (is a quote missing?)");
                }
                String intent = get(r, "intent");
                String sentiment = get(r, "sentiment");
                if (session) {
                    String status = get(r, "status");
                    if (status.equals("skipped")) {
                        skipped++;
                        continue;
                    }
                    if (!status.equals("accepted") && !status.equals("corrected")) {
                        throw new CasebookException(file + ": line " + line + ": status '" + status
                                + "' is not accepted, corrected or skipped");
                    }
                } else if (results && intent.equals(get(r, "model_intent")) && sentiment.equals(get(r, "model_sentiment"))) {
                    unchanged++;
                    continue;
                }
                if (intent.isEmpty() && sentiment.isEmpty()) {
                    continue;
                }
                check(file, line, intent, Taxonomy.INTENTS, "intent");
                check(file, line, sentiment, Taxonomy.SENTIMENTS, "sentiment");
                String text = unescape(get(r, "text"));
                if (text.isBlank()) {
                    throw new CasebookException(file + ": line " + line + ": the text is empty");
                }
                labels.add(new SellerLabel(get(r, "id"), text, intent, sentiment, file.getFileName().toString(), line));
            }
        } catch (IOException | IllegalStateException | java.io.UncheckedIOException e) {
            throw new CasebookException(file + ": not a valid CSV file: " + e.getMessage(), e);
        }
        return new Read(file, labels, unchanged, skipped);
    }

    /** The line a character position is on, for positions that only grow. */
    private static final class LineCounter {
        private final String content;
        private int position;
        private long line = 1;

        LineCounter(String content) {
            this.content = content;
        }

        long lineAt(long target) {
            while (position < target && position < content.length()) {
                if (content.charAt(position++) == '\n') {
                    line++;
                }
            }
            return line;
        }
    }

    private static void check(Path file, long line, String label, List<String> known, String kind) {
        if (!label.isEmpty() && !known.contains(label)) {
            throw new CasebookException(file + ": line " + line + ": '" + label + "' is not a " + kind
                    + " of casebook's taxonomy (" + String.join(", ", known) + ")");
        }
    }

    /** A cell, stripped; labels and statuses in lower case; "" when the row lacks the column. */
    private static String get(CSVRecord r, String column) {
        if (!r.isMapped(column) || !r.isSet(column)) {
            return "";
        }
        String v = r.get(column).strip();
        return column.equals("text") || column.equals("id") ? v : v.toLowerCase(Locale.ROOT);
    }

    /** Undoes the apostrophe casebook puts before a cell a spreadsheet would read as a formula. */
    static String unescape(String text) {
        if (text.length() > 1 && text.charAt(0) == '\'' && "=+-@\t\r\uFF1D".indexOf(text.charAt(1)) >= 0) {
            return text.substring(1);
        }
        return text;
    }

    private static String decode(Path file) {
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(file);
        } catch (NoSuchFileException e) {
            throw new CasebookException(file + ": no such file");
        } catch (IOException e) {
            throw new CasebookException(file + ": cannot read: " + e.getMessage(), e);
        }
        try {
            String s = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
            return s.startsWith("\uFEFF") ? s.substring(1) : s;
        } catch (CharacterCodingException e) {
            throw new CasebookException(file + ": not UTF-8 text; save it as UTF-8 (CSV UTF-8 in Excel) and try again");
        }
    }
}
