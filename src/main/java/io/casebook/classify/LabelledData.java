package io.casebook.classify;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * The labelled rows of a CSV file with a header (UTF-8, with or without a byte-order mark).
 *
 * @param file        the file read
 * @param sha256      the SHA-256 of the file's bytes, as lower-case hex
 * @param rows        the rows with a text and a label, in file order
 * @param unlabelled  rows skipped because their label cell was empty
 */
public record LabelledData(Path file, String sha256, List<LabelledText> rows, int unlabelled) {

    public LabelledData {
        Objects.requireNonNull(file, "file");
        rows = List.copyOf(rows);
    }

    /**
     * Reads {@code file}, taking the text from {@code textColumn}, the label from
     * {@code labelColumn} and the language from {@code langColumn} when the file has one.
     *
     * @throws DataFileException when the file is missing, not UTF-8, not CSV, lacks a named
     *                           column, or has a labelled row with an empty text
     */
    public static LabelledData read(Path file, String textColumn, String labelColumn, String langColumn) {
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(file);
        } catch (NoSuchFileException e) {
            throw new DataFileException(file + ": no such file");
        } catch (IOException e) {
            throw new DataFileException(file + ": cannot read: " + e.getMessage());
        }
        String content = decodeUtf8(file, bytes);
        List<LabelledText> rows = new ArrayList<>();
        int unlabelled = 0;
        CSVFormat format = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true)
                .setIgnoreEmptyLines(true).get();
        try (BufferedReader reader = new BufferedReader(new java.io.StringReader(content));
             CSVParser parser = CSVParser.parse(reader, format)) {
            Map<String, Integer> header = parser.getHeaderMap();
            require(file, header, textColumn, "--text-column");
            require(file, header, labelColumn, "--label-column");
            boolean hasLang = langColumn != null && header.containsKey(langColumn);
            for (CSVRecord record : parser) {
                long line = parser.getCurrentLineNumber();
                if (!record.isConsistent() && record.size() < header.size()) {
                    throw new DataFileException(file + ": line " + line + ": expected " + header.size()
                            + " columns, found " + record.size() + " (is a quote missing?)");
                }
                String label = record.get(labelColumn).trim();
                String text = record.get(textColumn);
                if (label.isEmpty()) {
                    unlabelled++;
                    continue;
                }
                if (text.isBlank()) {
                    throw new DataFileException(file + ": line " + line + ": the text is empty; remove the row or write its text");
                }
                rows.add(new LabelledText(text, label, hasLang ? record.get(langColumn).trim() : "", line));
            }
        } catch (UncheckedIOException | IllegalStateException e) {
            throw new DataFileException(file + ": not a valid CSV file: " + e.getMessage());
        } catch (IOException e) {
            throw new DataFileException(file + ": cannot read: " + e.getMessage());
        }
        return new LabelledData(file, sha256(bytes), rows, unlabelled);
    }

    private static void require(Path file, Map<String, Integer> header, String column, String flag) {
        if (column == null || !header.containsKey(column)) {
            throw new DataFileException(file + ": no column '" + column + "' in the header " + header.keySet()
                    + "; name the right one with " + flag);
        }
    }

    private static String decodeUtf8(Path file, byte[] bytes) {
        try {
            String s = StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(java.nio.ByteBuffer.wrap(bytes)).toString();
            return s.startsWith("\uFEFF") ? s.substring(1) : s;
        } catch (CharacterCodingException e) {
            throw new DataFileException(file + ": not UTF-8 text; save it as UTF-8 and try again");
        }
    }

    /** The SHA-256 of a file's bytes, as lower-case hex. */
    public static String sha256(Path file) {
        try {
            return sha256(Files.readAllBytes(file));
        } catch (IOException e) {
            throw new DataFileException(file + ": cannot read: " + e.getMessage());
        }
    }

    static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this JVM", e);
        }
    }

    /** The distinct labels in file order of first appearance. */
    public List<String> labels() {
        return rows.stream().map(LabelledText::label).distinct().toList();
    }
}
