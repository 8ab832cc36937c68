package io.casebook.inbox;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

/** The inbox formats casebook reads, and how a file's format is told from its name and content. */
public enum InboxFormat {
    /** CSV or TSV or semicolon-separated text with a header row. */
    CSV,
    /** One JSON object per line. */
    JSONL,
    /** A JSON array of objects. */
    JSON,
    /** An mbox mail archive (Gmail Takeout, Thunderbird). */
    MBOX,
    /** A folder of .eml files, or one .eml file. */
    EML,
    /** Plain text, one message per line. */
    LINES;

    /** The format by the file's name, else by its first bytes; a folder is a folder of .eml files. */
    public static InboxFormat detect(Path path) throws IOException {
        if (Files.isDirectory(path)) {
            return EML;
        }
        String name = path.getFileName().toString().toLowerCase(Locale.ROOT);
        if (name.endsWith(".mbox") || name.endsWith(".mbx")) {
            return MBOX;
        }
        if (name.endsWith(".eml")) {
            return EML;
        }
        if (name.endsWith(".jsonl") || name.endsWith(".ndjson")) {
            return JSONL;
        }
        if (name.endsWith(".csv") || name.endsWith(".tsv") || name.endsWith(".tab")) {
            return CSV;
        }
        byte[] head;
        try (InputStream in = Files.newInputStream(path)) {
            head = in.readNBytes(8192);
        }
        String start = new String(head, StandardCharsets.ISO_8859_1).replace("\uFEFF", "").replace("\u00ef\u00bb\u00bf", "");
        String trimmed = start.stripLeading();
        if (trimmed.startsWith("From ") && start.lines().limit(20).anyMatch(l -> l.matches("(?i)^[a-z-]+:\\s.*"))) {
            return MBOX;
        }
        if (start.lines().limit(30).anyMatch(l -> l.matches("(?i)^(message-id|received|return-path):\\s.*"))
                && start.lines().limit(30).anyMatch(l -> l.matches("(?i)^(from|subject):\\s.*"))) {
            return EML;
        }
        if (trimmed.startsWith("[")) {
            return JSON;
        }
        if (trimmed.startsWith("{")) {
            return JSONL;
        }
        if (name.endsWith(".json")) {
            return JSON;
        }
        return CSV;
    }
}
