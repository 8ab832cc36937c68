package io.casebook.cli;

import io.casebook.Casebook;
import io.casebook.CasebookException;
import io.casebook.inbox.InboxException;
import io.casebook.inbox.InboxReader;
import io.casebook.store.AtomicFiles;
import io.casebook.triage.BatchClassifier;
import io.casebook.triage.BatchCounts;
import io.casebook.triage.RejectsWriter;
import io.casebook.triage.ResultWriter;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "classify", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Classifies buyer messages by intent and sentiment.",
                "Reads a CSV file with a header and a text column (and an optional id column), or one message per "
                        + "line from standard input ('-' or no file). Writes one row per message, in input order, "
                        + "as CSV or JSON lines; entries that cannot be classified go to the rejects file with "
                        + "their line and the reason. Ends with the counts on standard error."})
final class ClassifyCommand implements Callable<Integer> {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Parameters(index = "0", arity = "0..1", paramLabel = "INBOX", description = "CSV file, or - for lines on standard input.")
    String inbox = "-";

    @Option(names = {"--output", "-o"}, paramLabel = "FILE",
            description = "Results file, written atomically (default: standard output).")
    Path output;

    @Option(names = "--format", paramLabel = "csv|jsonl", description = "Output format (default: ${DEFAULT-VALUE}).")
    ResultWriter.Format format = ResultWriter.Format.CSV;

    @Option(names = "--rejects", paramLabel = "FILE",
            description = "Rejects file (default: <output>.rejects.csv beside --output, else standard error).")
    Path rejectsFile;

    @Option(names = "--text-column", description = "CSV column with the message (default: ${DEFAULT-VALUE}).")
    String textColumn = "text";

    @Option(names = "--id-column", description = "CSV column with the message id (default: ${DEFAULT-VALUE}).")
    String idColumn = "id";

    @CommandLine.Mixin
    ModelsOption models;

    @Override
    public Integer call() throws IOException {
        PrintWriter err = spec.commandLine().getErr();
        Path rejectsPath = rejectsFile != null ? rejectsFile
                : output != null ? output.resolveSibling(output.getFileName() + ".rejects.csv") : null;
        BatchCounts counts;
        try (Casebook casebook = models.open()) {
            if (output == null) {
                Writer out = new NonClosingWriter(spec.commandLine().getOut());
                counts = classify(casebook, out, rejectsPath);
            } else {
                BatchCounts[] holder = new BatchCounts[1];
                AtomicFiles.write(output, stream -> holder[0] = classify(casebook, utf8(stream), rejectsPath));
                counts = holder[0];
            }
        } catch (InboxException e) {
            throw new CasebookException(e.getMessage(), e);
        } catch (UncheckedIOException e) {
            throw new CasebookException("cannot write the results: " + e.getCause().getMessage(), e);
        }
        err.printf("read %d, classified %d, rejected %d%s%n", counts.read(), counts.classified(), counts.rejected(),
                counts.rejected() > 0 && rejectsPath != null ? " (see " + rejectsPath + ")" : "");
        return Main.OK;
    }

    private BatchCounts classify(Casebook casebook, Writer out, Path rejectsPath) throws IOException {
        if (rejectsPath == null) {
            return classify(casebook, out, new NonClosingWriter(spec.commandLine().getErr()), false);
        }
        BatchCounts[] holder = new BatchCounts[1];
        AtomicFiles.write(rejectsPath, stream -> holder[0] = classify(casebook, out, utf8(stream), true));
        return holder[0];
    }

    private BatchCounts classify(Casebook casebook, Writer out, Writer rejectsOut, boolean rejectsFile)
            throws IOException {
        try (ResultWriter results = format.open(out);
             RejectsWriter rejects = new RejectsWriter(rejectsOut, rejectsFile)) {
            BatchClassifier batch = new BatchClassifier(casebook, results, rejects);
            if (inbox.equals("-")) {
                InboxReader.readLines(System.in, "-", batch);
            } else {
                InboxReader.readCsv(Path.of(inbox), textColumn, idColumn, batch);
            }
            return batch.counts();
        }
    }

    private static Writer utf8(OutputStream stream) {
        return new BufferedWriter(new OutputStreamWriter(stream, StandardCharsets.UTF_8));
    }

    /** Flushes instead of closing, for the console streams. */
    private static final class NonClosingWriter extends java.io.FilterWriter {
        NonClosingWriter(Writer out) {
            super(out);
        }

        @Override
        public void close() throws IOException {
            flush();
        }
    }
}
