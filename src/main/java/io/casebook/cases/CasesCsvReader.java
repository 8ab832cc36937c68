package io.casebook.cases;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * Reads a cases file: CSV or TSV (the delimiter is taken from the header line), UTF-8 with or
 * without a byte-order mark, a header row whose names are casebook's own column names or the
 * usual synonyms ({@link CaseField}), or mapped explicitly. Rows that lack a case id or a
 * message, carry an unreadable date or an intent outside the taxonomy are rejected with their
 * line; a file that cannot be parsed at all is an error naming the line.
 *
 * <p>Instances are immutable and thread-safe.
 */
public final class CasesCsvReader {

    /** Messages longer than this are rejected rather than indexed. */
    public static final int MAX_MESSAGE_CHARS = 20_000;

    private final Map<CaseField, String> mapping;
    private final Set<String> intents;

    /**
     * @param mapping explicit header names for some fields (others are detected)
     * @param intents the intent labels a case may carry
     */
    public CasesCsvReader(Map<CaseField, String> mapping, Set<String> intents) {
        this.mapping = mapping.isEmpty() ? Map.of() : new EnumMap<>(mapping);
        this.intents = Set.copyOf(intents);
    }

    /** Reads {@code file}. */
    public CasesFile read(Path file) {
        try (InputStream in = Files.newInputStream(file)) {
            return read(in, file.toString());
        } catch (NoSuchFileException e) {
            throw new CaseBaseException(file + ": no such cases file");
        } catch (IOException e) {
            throw new CaseBaseException(file + ": cannot read: " + e.getMessage(), e);
        }
    }

    /** Reads a cases file from {@code in}; {@code name} is used in messages. */
    public CasesFile read(InputStream in, String name) throws IOException {
        try {
            return parse(in, name);
        } catch (java.nio.charset.CharacterCodingException e) {
            throw new CaseBaseException(name + ": not UTF-8 text; save the file as UTF-8", e);
        }
    }

    private CasesFile parse(InputStream in, String name) throws IOException {
        CharsetDecoder utf8 = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
        BufferedReader reader = new BufferedReader(new InputStreamReader(in, utf8));
        reader.mark(1 << 16);
        String first = reader.readLine();
        if (first == null) {
            throw new CaseBaseException(name + ": the file is empty; a cases file needs a header row");
        }
        reader.reset();
        if (first.startsWith("\uFEFF")) {
            reader.skip(1);
            first = first.substring(1);
        }
        char delimiter = delimiter(first);
        CSVFormat format = CSVFormat.DEFAULT.builder().setDelimiter(delimiter).setHeader()
                .setSkipHeaderRecord(true).setIgnoreEmptyLines(true).get();
        List<CasesFile.NumberedCase> cases = new ArrayList<>();
        List<RejectedRow> rejected = new ArrayList<>();
        long line = 2;
        try (CSVParser parser = CSVParser.parse(reader, format)) {
            Map<CaseField, Integer> columns = columns(parser.getHeaderNames(), name);
            for (CSVRecord row : parser) {
                long start = line;
                line = parser.getCurrentLineNumber() + 1;
                String why = convert(row, columns, cases, start);
                if (why != null) {
                    rejected.add(new RejectedRow(name, start, why));
                }
            }
        } catch (java.nio.charset.CharacterCodingException e) {
            throw new CaseBaseException(name + ": not UTF-8 text near line " + line + "; save the file as UTF-8", e);
        } catch (UncheckedIOException | IllegalStateException e) {
            Throwable cause = e.getCause() == null ? e : e.getCause();
            if (cause instanceof java.nio.charset.CharacterCodingException) {
                throw new CaseBaseException(name + ": not UTF-8 text near line " + line
                        + "; save the file as UTF-8", e);
            }
            throw new CaseBaseException(name + ": malformed CSV near line " + line + ": " + cause.getMessage(), e);
        }
        return new CasesFile(name, cases, rejected);
    }

    private static char delimiter(String header) {
        int tabs = count(header, '\t');
        int semicolons = count(header, ';');
        int commas = count(header, ',');
        if (tabs > 0 && tabs >= commas && tabs >= semicolons) {
            return '\t';
        }
        return semicolons > commas ? ';' : ',';
    }

    private static int count(String s, char c) {
        int n = 0;
        for (int i = 0; i < s.length(); i++) {
            if (s.charAt(i) == c) {
                n++;
            }
        }
        return n;
    }

    private Map<CaseField, Integer> columns(List<String> headers, String name) {
        Map<CaseField, Integer> found = new EnumMap<>(CaseField.class);
        Map<String, Integer> byNormalised = new HashMap<>();
        for (int i = 0; i < headers.size(); i++) {
            byNormalised.putIfAbsent(CaseField.normalise(headers.get(i)), i);
        }
        for (Map.Entry<CaseField, String> e : mapping.entrySet()) {
            Integer index = byNormalised.get(CaseField.normalise(e.getValue()));
            if (index == null) {
                throw new CaseBaseException(name + ": no column '" + e.getValue() + "' to map to "
                        + e.getKey().column() + " (the header has: " + String.join(", ", headers) + ")");
            }
            found.put(e.getKey(), index);
        }
        // exact casebook names first, then synonyms, so that 'id' never steals 'case_id'
        for (CaseField f : CaseField.values()) {
            if (!found.containsKey(f)) {
                Integer exact = byNormalised.get(CaseField.normalise(f.column()));
                if (exact != null && !found.containsValue(exact)) {
                    found.put(f, exact);
                }
            }
        }
        for (CaseField f : CaseField.values()) {
            if (found.containsKey(f)) {
                continue;
            }
            for (int i = 0; i < headers.size(); i++) {
                if (!found.containsValue(i) && f.matches(CaseField.normalise(headers.get(i)))) {
                    found.put(f, i);
                    break;
                }
            }
        }
        for (CaseField f : CaseField.values()) {
            if (f.required() && !found.containsKey(f)) {
                throw new CaseBaseException(name + ": no " + f.column() + " column (the header has: "
                        + String.join(", ", headers) + "); name one with --column " + f.column() + "=HEADER");
            }
        }
        return found;
    }

    private String convert(CSVRecord row, Map<CaseField, Integer> columns, List<CasesFile.NumberedCase> out,
            long line) {
        String caseId = get(row, columns, CaseField.CASE_ID);
        String message = get(row, columns, CaseField.MESSAGE);
        if (!row.isConsistent() && row.size() < columns.values().stream().mapToInt(i -> i).max().orElse(0) + 1) {
            return "the row has " + row.size() + " fields, fewer than the header";
        }
        if (caseId.isEmpty()) {
            return "no case id";
        }
        if (message.isEmpty()) {
            return "case " + caseId + " has no message";
        }
        if (message.length() > MAX_MESSAGE_CHARS) {
            return "case " + caseId + ": the message has " + message.length() + " characters (at most "
                    + MAX_MESSAGE_CHARS + ")";
        }
        String intent = get(row, columns, CaseField.INTENT);
        if (!intent.isEmpty() && !intents.contains(intent)) {
            return "case " + caseId + ": unknown intent '" + intent + "' (see docs/taxonomy.md)";
        }
        String rawDate = get(row, columns, CaseField.DATE);
        LocalDate date = null;
        if (!rawDate.isEmpty()) {
            date = date(rawDate);
            if (date == null) {
                return "case " + caseId + ": date '" + rawDate + "' is not an ISO date such as 2026-03-14";
            }
        }
        out.add(new CasesFile.NumberedCase(new CaseRecord(caseId, date, get(row, columns, CaseField.CHANNEL),
                get(row, columns, CaseField.ORDER_ID), get(row, columns, CaseField.SKU),
                get(row, columns, CaseField.PRODUCT), get(row, columns, CaseField.BUYER_NAME), message, intent,
                get(row, columns, CaseField.NOTES), get(row, columns, CaseField.REPLY),
                get(row, columns, CaseField.RESOLUTION)), line));
        return null;
    }

    /** An ISO date, or the date part of an ISO date-time ({@code 2026-03-14T09:58:12Z}, {@code 2026-03-14 09:58:12 +0000}). */
    static LocalDate date(String raw) {
        String s = raw.strip();
        if (s.length() < 10 || (s.length() > 10 && s.charAt(10) != 'T' && s.charAt(10) != ' ')) {
            return null;
        }
        try {
            return LocalDate.parse(s.substring(0, 10));
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    private static String get(CSVRecord row, Map<CaseField, Integer> columns, CaseField field) {
        Integer i = columns.get(field);
        if (i == null || i >= row.size()) {
            return "";
        }
        String v = row.get(i);
        return v == null ? "" : v.strip();
    }
}
