package io.casebook.learn;

import io.casebook.CasebookException;
import io.casebook.store.AtomicFiles;
import io.casebook.triage.SpreadsheetSafe;
import java.io.IOException;
import java.io.Reader;
import java.io.StringWriter;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.CSVRecord;

/**
 * The labels file of a {@code casebook label} session: one CSV row per answer, written and
 * forced to disk the moment it is given, so that a crash or a closed terminal loses nothing.
 * A session that starts on an existing file resumes: the messages it holds are not asked again.
 * A last row cut short by a crash is dropped when the file is read. Undo rewrites the file
 * without its last row, atomically.
 *
 * <p>Columns: {@code key} (what identifies the message: its id, else a hash of its text),
 * {@code id}, {@code text}, {@code intent}, {@code sentiment}, {@code status} ({@code accepted},
 * {@code corrected}, {@code skipped}), {@code model_intent}, {@code model_confidence},
 * {@code suggested} (a label suggested by the message's subject, if any), {@code source},
 * {@code line}, {@code labelled_at}. {@link SellerLabels} reads it for {@code train --add}.
 */
public final class LabelsFile {

    static final List<String> COLUMNS = List.of("key", "id", "text", "intent", "sentiment", "status", "model_intent",
            "model_confidence", "suggested", "source", "line", "labelled_at");

    /** One answer. */
    public record Answer(String key, String id, String text, String intent, String sentiment, String status,
            String modelIntent, double modelConfidence, String suggested, String source, long line, String labelledAt) {

        /** An answer given now. */
        public static Answer now(String key, String id, String text, String intent, String sentiment, String status,
                String modelIntent, double modelConfidence, String suggested, String source, long line) {
            return new Answer(key, id, text, intent, sentiment, status, modelIntent, modelConfidence, suggested, source,
                    line, Instant.now().truncatedTo(ChronoUnit.SECONDS).toString());
        }
    }

    private final Path file;
    private final List<Answer> answers;
    /** How many answers each key has (normally one). */
    private final java.util.Map<String, Integer> answeredKeys = new java.util.HashMap<>();

    private LabelsFile(Path file, List<Answer> answers) {
        this.file = file;
        this.answers = answers;
        answers.forEach(a -> answeredKeys.merge(a.key(), 1, Integer::sum));
    }

    /** Opens {@code file}, reading the answers it already holds (none when it does not exist). */
    public static LabelsFile open(Path file) {
        List<Answer> answers = new ArrayList<>();
        if (Files.exists(file)) {
            String content;
            try {
                content = Files.readString(file, StandardCharsets.UTF_8);
            } catch (IOException e) {
                throw new CasebookException(file + ": cannot read: " + e.getMessage(), e);
            }
            if (!content.endsWith("\n")) {
                // the last row was cut short: the answer it held was never confirmed
                int cut = content.lastIndexOf('\n');
                content = cut < 0 ? "" : content.substring(0, cut + 1);
            }
            try (Reader in = new java.io.StringReader(content)) {
                for (CSVRecord r : CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get().parse(in)) {
                    if (!r.isConsistent()) {
                        continue;
                    }
                    answers.add(new Answer(r.get("key"), SellerLabels.unescape(r.get("id")),
                            SellerLabels.unescape(r.get("text")), r.get("intent"), r.get("sentiment"), r.get("status"),
                            r.get("model_intent"), parse(r.get("model_confidence")), r.get("suggested"),
                            SellerLabels.unescape(r.get("source")), (long) parse(r.get("line")), r.get("labelled_at")));
                }
            } catch (IOException | IllegalArgumentException | IllegalStateException e) {
                throw new CasebookException(file + ": not a labels file of casebook label: " + e.getMessage(), e);
            }
            rewrite(file, answers);
        }
        return new LabelsFile(file, answers);
    }

    private static double parse(String s) {
        try {
            return s.isEmpty() ? 0 : Double.parseDouble(s);
        } catch (NumberFormatException e) {
            return 0;
        }
    }

    public Path file() {
        return file;
    }

    /** The answers given so far, oldest first. */
    public List<Answer> answers() {
        return List.copyOf(answers);
    }

    /** True when a message with this key has an answer. */
    public boolean answered(String key) {
        return answeredKeys.containsKey(key);
    }

    /** Appends {@code answer} and forces it to disk. */
    public void append(Answer answer) {
        try {
            if (!Files.exists(file) || Files.size(file) == 0) {
                rewrite(file, List.of());
            }
            byte[] row = csv(List.of(answer), false).getBytes(StandardCharsets.UTF_8);
            try (FileChannel ch = FileChannel.open(file, StandardOpenOption.WRITE, StandardOpenOption.APPEND)) {
                ByteBuffer buf = ByteBuffer.wrap(row);
                while (buf.hasRemaining()) {
                    ch.write(buf);
                }
                ch.force(false);
            }
        } catch (IOException e) {
            throw new CasebookException(file + ": cannot save the answer: " + e.getMessage(), e);
        }
        answers.add(answer);
        answeredKeys.merge(answer.key(), 1, Integer::sum);
    }

    /** Removes the last answer (atomically) and returns it, or null when there is none. */
    public Answer undo() {
        if (answers.isEmpty()) {
            return null;
        }
        Answer last = answers.remove(answers.size() - 1);
        answeredKeys.computeIfPresent(last.key(), (k, n) -> n == 1 ? null : n - 1);
        rewrite(file, answers);
        return last;
    }

    private static void rewrite(Path file, List<Answer> answers) {
        try {
            if (file.toAbsolutePath().getParent() != null) {
                Files.createDirectories(file.toAbsolutePath().getParent());
            }
            AtomicFiles.write(file, csv(answers, true).getBytes(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new CasebookException(file + ": cannot write: " + e.getMessage(), e);
        }
    }

    private static String csv(List<Answer> answers, boolean header) {
        StringWriter w = new StringWriter();
        try (CSVPrinter p = new CSVPrinter(w, CSVFormat.DEFAULT.builder().setRecordSeparator('\n').get())) {
            if (header) {
                p.printRecord(COLUMNS);
            }
            for (Answer a : answers) {
                p.printRecord(a.key(), SpreadsheetSafe.cell(a.id()), SpreadsheetSafe.cell(a.text()), a.intent(),
                        a.sentiment(), a.status(), a.modelIntent(),
                        String.format(java.util.Locale.ROOT, "%.4f", a.modelConfidence()), a.suggested(),
                        SpreadsheetSafe.cell(a.source()), a.line(), a.labelledAt());
            }
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        return w.toString();
    }
}
