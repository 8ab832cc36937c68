package io.casebook.cli;

import io.casebook.CasebookException;
import io.casebook.benchmark.AccuracyBenchmark;
import io.casebook.benchmark.Contender;
import io.casebook.benchmark.Contenders;
import io.casebook.classify.DataFileException;
import io.casebook.classify.LabelledData;
import io.casebook.classify.LabelledText;
import io.casebook.store.AtomicFiles;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "accuracy", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Compares casebook's classifier with what a user would pick instead, side by side on the same "
                + "folds and data: OpenNLP doccat with its defaults (maxent, naive Bayes), Lucene's k-NN and naive "
                + "Bayes classifiers, and the majority class.",
                "Stratified k-fold cross-validation on the corpus (the folds of casebook's own cross-validation), "
                        + "then training on the whole corpus and testing on each third-party set (rows whose label "
                        + "the corpus has). Prints accuracy, macro-F1, training time and single-thread predictions per "
                        + "second, and with --markdown writes them as a table."})
final class BenchAccuracyCommand implements Callable<Integer> {

    private static final Map<String, List<String>> THIRD_PARTY = Map.of(
            "intent", List.of("hint3_train.csv", "bitext_support_4514.csv"),
            "sentiment", List.of("airline_sentiment.csv", "uci_review_sentences.csv", "umsab_tweet_sentiment_trainval.csv"));

    static final String START = "<!-- accuracy:start -->";
    static final String END = "<!-- accuracy:end -->";

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Option(names = "--corpus", paramLabel = "CSV", description = "Labelled corpus (default: ${DEFAULT-VALUE}).")
    Path corpus = Path.of("corpora", "messages.csv");

    @Option(names = "--data", paramLabel = "DIR", description = "Folder of third-party test sets (default: ${DEFAULT-VALUE}; "
            + "skipped when missing).")
    Path data = Path.of("..", "shared", "data");

    @Option(names = "--kinds", split = ",", description = "intent and/or sentiment (default: both).")
    List<String> kinds = List.of("intent", "sentiment");

    @Option(names = "--folds", description = "Folds (default: ${DEFAULT-VALUE}).")
    int folds = 5;

    @Option(names = "--seed", description = "Fold seed (default: ${DEFAULT-VALUE}).")
    long seed = 42;

    @Option(names = "--small-data", split = ",", paramLabel = "N",
            description = "Small-data curves for intent: each contender trains on only N examples per intent of the "
                    + "training folds and is tested on the whole test folds (default: ${DEFAULT-VALUE}; 0 for none).")
    List<Integer> smallData = List.of(10, 30);

    @Option(names = "--fast", description = "Only the fast contenders (no casebook, no OpenNLP maxent): for tests.")
    boolean fast;

    @Option(names = "--markdown", paramLabel = "FILE", description = "Write the results as a Markdown page.")
    Path markdown;

    @Option(names = "--export", paramLabel = "DIR",
            description = "Only write the splits (train.csv and test.csv with text,label for every fold and third-party "
                    + "set) into DIR, for contenders outside the JVM (scripts/bench-accuracy), and stop.")
    Path export;

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        if (folds < 2) {
            throw new CasebookException("--folds must be at least 2");
        }
        List<AccuracyBenchmark.Result> all = new ArrayList<>();
        out.printf(Locale.ROOT, "%-34s %-44s %6s %8s %8s %9s %11s%n", "data set", "contender", "n", "accuracy",
                "macro-F1", "train s", "predict/s");
        for (String kind : kinds) {
            if (!THIRD_PARTY.containsKey(kind)) {
                throw new CasebookException("--kinds takes intent and sentiment, not '" + kind + "'");
            }
            List<LabelledText> rows = read(corpus, kind).rows();
            if (export != null) {
                exportSplits(kind, rows);
                continue;
            }
            List<Contender> contenders = contenders(kind);
            all.addAll(AccuracyBenchmark.crossValidate(kind + ": " + folds + "-fold CV on " + corpus.getFileName(), rows,
                    folds, seed, contenders, r -> print(out, r)));
            for (int n : smallData(kind)) {
                all.addAll(AccuracyBenchmark.crossValidate(kind + ": " + n + " examples per intent, " + folds
                        + "-fold CV on " + corpus.getFileName(), rows, folds, seed,
                        train -> AccuracyBenchmark.perLabel(train, n, seed), contenders, r -> print(out, r)));
            }
            for (String name : THIRD_PARTY.get(kind)) {
                Path file = data.resolve(name);
                if (!Files.isRegularFile(file)) {
                    out.println("(skipped " + file + ": not there)");
                    continue;
                }
                all.addAll(AccuracyBenchmark.trainTest(kind + ": " + name, rows, read(file, kind).rows(), contenders,
                        r -> print(out, r)));
            }
        }
        if (export != null) {
            out.println("wrote the splits into " + export);
            return Main.OK;
        }
        if (markdown != null) {
            String table = markdown(all);
            String page = table;
            if (Files.isRegularFile(markdown)) {
                // a page with the markers keeps the rest of its text; only the table between them is replaced
                String old = Files.readString(markdown, StandardCharsets.UTF_8);
                int start = old.indexOf(START);
                int end = old.indexOf(END);
                if (start >= 0 && end > start) {
                    page = old.substring(0, start + START.length()) + "\n" + table + old.substring(end);
                }
            }
            String written = page;
            AtomicFiles.write(markdown, stream -> stream.write(written.getBytes(StandardCharsets.UTF_8)));
            out.println("wrote " + markdown);
        }
        return Main.OK;
    }

    /** The small-data sizes that apply to {@code kind} (intent only). */
    private List<Integer> smallData(String kind) {
        return kind.equals("intent") ? smallData.stream().filter(n -> n > 0).toList() : List.of();
    }

    private void exportSplits(String kind, List<LabelledText> rows) throws java.io.IOException {
        exportFolds(kind, "cv", rows, java.util.function.UnaryOperator.identity());
        for (int n : smallData(kind)) {
            exportFolds(kind, "small-" + n, rows, train -> AccuracyBenchmark.perLabel(train, n, seed));
        }
        java.util.Set<String> known = new java.util.HashSet<>();
        rows.forEach(r -> known.add(r.label()));
        for (String name : THIRD_PARTY.get(kind)) {
            Path file = data.resolve(name);
            if (Files.isRegularFile(file)) {
                Path dir = export.resolve(kind).resolve(name.replace(".csv", ""));
                write(dir.resolve("train.csv"), rows);
                write(dir.resolve("test.csv"), read(file, kind).rows().stream().filter(r -> known.contains(r.label()))
                        .toList());
            }
        }
    }

    private void exportFolds(String kind, String name, List<LabelledText> rows,
            java.util.function.UnaryOperator<List<LabelledText>> trainSample) throws java.io.IOException {
        List<List<LabelledText>> trains = new ArrayList<>();
        List<List<LabelledText>> tests = new ArrayList<>();
        AccuracyBenchmark.splits(rows, folds, seed, trainSample, trains, tests);
        for (int f = 0; f < folds; f++) {
            Path dir = export.resolve(kind).resolve(name + "-fold-" + f);
            write(dir.resolve("train.csv"), trains.get(f));
            write(dir.resolve("test.csv"), tests.get(f));
        }
    }

    private static void write(Path file, List<LabelledText> rows) throws java.io.IOException {
        Files.createDirectories(file.getParent());
        try (var w = Files.newBufferedWriter(file, StandardCharsets.UTF_8);
             var p = new org.apache.commons.csv.CSVPrinter(w, org.apache.commons.csv.CSVFormat.DEFAULT.builder()
                     .setRecordSeparator('\n').get())) {
            p.printRecord("text", "label");
            for (LabelledText r : rows) {
                p.printRecord(r.text(), r.label());
            }
        }
    }

    private List<Contender> contenders(String kind) {
        List<Contender> list = new ArrayList<>();
        if (!fast) {
            list.add(Contenders.casebook(kind));
            list.add(Contenders.openNlpDefault(false));
        }
        list.add(Contenders.openNlpDefault(true));
        list.add(Contenders.lucene(true));
        list.add(Contenders.lucene(false));
        list.add(Contenders.majority());
        return list;
    }

    private static LabelledData read(Path file, String kind) {
        try {
            return LabelledData.read(file, "text", kind, "lang");
        } catch (DataFileException e) {
            throw new CasebookException(e.getMessage(), e);
        }
    }

    private static void print(PrintWriter out, AccuracyBenchmark.Result r) {
        out.printf(Locale.ROOT, "%-34s %-44s %6d %8.3f %8.3f %9.1f %11.0f%n", shorten(r.dataset(), 34), r.contender(),
                r.tested(), r.accuracy(), r.macroF1(), r.trainSeconds(), r.predictionsPerSecond());
        out.flush();
    }

    private static String shorten(String s, int n) {
        return s.length() <= n ? s : s.substring(0, n - 1) + "\u2026";
    }

    private String markdown(List<AccuracyBenchmark.Result> results) {
        StringBuilder b = new StringBuilder();
        b.append("## Accuracy\n\n");
        b.append("Measured on ").append(LocalDate.now()).append(", ").append(Runtime.getRuntime().availableProcessors())
                .append(" cores, Java ").append(System.getProperty("java.version")).append(", with\n\n```sh\n")
                .append("scripts/casebook bench accuracy --folds ").append(folds).append(" --seed ").append(seed)
                .append(" --markdown docs/benchmarks.md\n```\n\n")
                .append("Cross-validation uses the folds of casebook's own cross-validation (stratified, seeded); the ")
                .append("third-party sets are scored after training on the whole corpus, on their rows whose label the ")
                .append("corpus has; macro-F1 is over the gold labels of each set; training time is per fold; ")
                .append("predictions per second on one thread. The small-data curves train each contender on only 10 ")
                .append("or 30 examples per intent of each training fold (drawn with the seed) and test it on the ")
                .append("whole test fold.\n");
        String dataset = null;
        for (AccuracyBenchmark.Result r : results) {
            if (!r.dataset().equals(dataset)) {
                dataset = r.dataset();
                b.append("\n### ").append(dataset).append(" (").append(r.tested()).append(" messages)\n\n")
                        .append("| contender | accuracy | macro-F1 | training s | predictions/s |\n|---|---|---|---|---|\n");
            }
            b.append(String.format(Locale.ROOT, "| %s | %.3f | %.3f | %.1f | %,.0f |%n", r.contender(), r.accuracy(),
                    r.macroF1(), r.trainSeconds(), r.predictionsPerSecond()));
        }
        return b.toString();
    }
}
