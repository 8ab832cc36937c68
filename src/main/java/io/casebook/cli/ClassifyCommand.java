package io.casebook.cli;

import io.casebook.Casebook;
import io.casebook.CasebookException;
import io.casebook.inbox.InboxException;
import io.casebook.inbox.InboxField;
import io.casebook.inbox.InboxFormat;
import io.casebook.inbox.InboxOptions;
import io.casebook.inbox.Inboxes;
import io.casebook.inbox.OrderBook;
import io.casebook.report.BatchReport;
import io.casebook.triage.BatchSettings;
import java.util.ArrayList;
import java.util.List;
import java.nio.charset.Charset;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.Map;
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

    @Parameters(index = "0", arity = "0..1", paramLabel = "INBOX",
            description = "An inbox: CSV/TSV export, JSON lines, JSON array, mbox, a folder of .eml files; or - "
                    + "for standard input (one message per line unless --format says otherwise).")
    String inbox = "-";

    @CommandLine.Mixin
    InboxInputOptions input;

    @Option(names = {"--output", "-o"}, paramLabel = "FILE",
            description = "Results file, written atomically (default: standard output).")
    Path output;

    @Option(names = "--output-format", paramLabel = "csv|jsonl", description = "Results format (default: ${DEFAULT-VALUE}).")
    ResultWriter.Format format = ResultWriter.Format.CSV;

    @Option(names = "--rejects", paramLabel = "FILE",
            description = "Rejects file (default: <output>.rejects.csv beside --output, else standard error).")
    Path rejectsFile;


    @Option(names = "--orders", paramLabel = "FILE",
            description = "Order reports (Amazon All Orders, eBay orders, Shopify orders export) that give messages "
                    + "their SKU through their order id (repeatable).")
    List<Path> orders = new ArrayList<>();

    @Option(names = "--no-drafts", description = "Only classify: no precedent search and no draft replies.")
    boolean noDrafts;

    @Option(names = "--signature", paramLabel = "TEXT",
            description = "The signature of drafted replies, '\\n' between lines (default: $CASEBOOK_SIGNATURE, else "
                    + "a placeholder).")
    String signature;

    @Option(names = "--threads", paramLabel = "N", description = "Worker threads (default: the number of cores).")
    int threads = Runtime.getRuntime().availableProcessors();

    @Option(names = "--report", paramLabel = "FILE.html",
            description = "Also write a self-contained HTML report: intents and sentiments, the queue to answer first, "
                    + "the SKU hot-spots.")
    Path report;

    @Option(names = "--stats", description = "Print the time of each stage and the throughput at the end.")
    boolean stats;

    @Option(names = "--no-progress", description = "No progress bar (there is none anyway unless on a terminal).")
    boolean noProgress;

    @CommandLine.Mixin
    IndexOption index;

    @CommandLine.Mixin
    ModelsOption models;

    @Override
    public Integer call() throws IOException {
        PrintWriter err = spec.commandLine().getErr();
        Path rejectsPath = rejectsFile != null ? rejectsFile
                : output != null ? output.resolveSibling(output.getFileName() + ".rejects.csv") : null;
        BatchCounts counts;
        if (threads < 1) {
            throw new CasebookException("--threads must be at least 1");
        }
        OrderBook book;
        try {
            book = OrderBook.read(orders);
        } catch (InboxException e) {
            throw new CasebookException(e.getMessage(), e);
        }
        String sign = (signature != null ? signature : System.getenv().getOrDefault("CASEBOOK_SIGNATURE", ""))
                .replace("\\n", "\n");
        settings = new BatchSettings(threads, !noDrafts, book, sign);
        try (Casebook casebook = noDrafts ? models.open() : models.open(index.folder())) {
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
            long started = System.nanoTime();
            try (BatchClassifier batch = new BatchClassifier(casebook, results, rejects, settings)) {
                BatchReport html = report == null ? null : new BatchReport();
                if (html != null) {
                    batch.observe(html);
                }
                InboxOptions options = input.options();
                try (Progress progress = Progress.start(!noProgress && System.console() != null && !inbox.equals("-"),
                        "classify")) {
                    java.util.function.Consumer<io.casebook.inbox.InboxItem> sink = item -> {
                        batch.accept(item);
                        progress.step();
                    };
                    if (inbox.equals("-")) {
                        Inboxes.read(System.in, "-", input.format() == null ? InboxFormat.LINES : input.format(), options, sink);
                    } else {
                        Inboxes.read(Path.of(inbox), options, sink);
                    }
                    batch.finish();
                }
                if (stats) {
                    long elapsed = System.nanoTime() - started;
                    spec.commandLine().getErr().printf(java.util.Locale.ROOT, "%s%nwall %.1f s, %.0f messages/s, heap used "
                            + "%d MB of %d MB max%n", batch.stageTimes(), elapsed / 1e9, batch.counts().read() / (elapsed / 1e9),
                            (Runtime.getRuntime().totalMemory() - Runtime.getRuntime().freeMemory()) >> 20,
                            Runtime.getRuntime().maxMemory() >> 20);
                }
                if (html != null) {
                    String page = html.html(inbox + ", " + java.time.LocalDate.now());
                    AtomicFiles.write(report, stream -> stream.write(page.getBytes(StandardCharsets.UTF_8)));
                }
                if (settings.drafts()) {
                    IndexOption.sayIfBuilt(casebook.caseBase(), spec.commandLine().getErr());
                }
                return batch.counts();
            }
        }
    }

    private BatchSettings settings;

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
