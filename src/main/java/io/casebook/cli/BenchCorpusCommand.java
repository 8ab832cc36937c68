package io.casebook.cli;

import io.casebook.CasebookException;
import io.casebook.classify.ClassifierTrainer;
import io.casebook.classify.DataFileException;
import io.casebook.classify.Evaluation;
import io.casebook.classify.LabelledData;
import io.casebook.classify.TrainingSettings;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "corpus", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Measures how the models grow with the corpus: the cross-validated accuracy and macro-F1 when "
                + "each fold trains on only part of its messages (label-stratified eighths) and is tested on all of "
                + "its own, with the gain per doubling of the training messages. Shipped settings; the folds are "
                + "those of 'casebook train'."})
final class BenchCorpusCommand implements Callable<Integer> {

    private static final int PARTS = 8;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Option(names = "--corpus", paramLabel = "CSV", description = "The corpus (default: ${DEFAULT-VALUE}).")
    Path corpus = Path.of("corpora", "messages.csv");

    @Option(names = "--only", split = ",", paramLabel = "KIND", description = "Models: intent, sentiment "
            + "(default: ${DEFAULT-VALUE}).")
    List<String> kinds = List.of("intent", "sentiment");

    @Option(names = "--eighths", split = ",", paramLabel = "N", description = "Eighths of each fold's training "
            + "messages to keep, 1 to 8 (default: ${DEFAULT-VALUE}).")
    List<Integer> eighths = List.of(1, 2, 4, 8);

    @Option(names = "--seed", description = "Seed of the folds (default: ${DEFAULT-VALUE}); the eighths are dealt "
            + "with seed + 1.")
    long seed = 42;

    @Option(names = "--threads", description = "Folds trained at once (default: ${DEFAULT-VALUE}).")
    int threads = Runtime.getRuntime().availableProcessors();

    @Override
    public Integer call() {
        for (int e : eighths) {
            if (e < 1 || e > PARTS) {
                throw new CommandLine.ParameterException(spec.commandLine(),
                        "--eighths: " + e + " is not between 1 and " + PARTS);
            }
        }
        if (threads < 1) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--threads must be at least 1");
        }
        for (String kind : kinds) {
            if (!kind.equals("intent") && !kind.equals("sentiment")) {
                throw new CommandLine.ParameterException(spec.commandLine(),
                        "--only: '" + kind + "' is not intent or sentiment");
            }
        }
        PrintWriter out = spec.commandLine().getOut();
        TrainingSettings settings = TrainingSettings.DEFAULT.withSeed(seed).withThreads(threads);
        out.printf(Locale.ROOT, "%s, %d-fold cross-validation (seed %d), shipped settings%n", corpus,
                settings.folds(), seed);
        out.printf(Locale.ROOT, "%-10s %7s %18s %9s %9s %22s%n", "model", "kept", "training messages", "accuracy",
                "macro-F1", "macro-F1 per doubling");
        for (String kind : kinds) {
            LabelledData data;
            try {
                data = LabelledData.read(corpus, "text", kind, "lang");
            } catch (DataFileException e) {
                throw new CasebookException(e.getMessage(), e);
            }
            int perFold = data.rows().size() * (settings.folds() - 1) / settings.folds();
            double lastF1 = Double.NaN;
            int lastKept = 0;
            for (int kept : eighths.stream().sorted().distinct().toList()) {
                Evaluation ev = ClassifierTrainer.crossValidateOnPart(data, settings, kept, PARTS, seed + 1).evaluation();
                String gain = "";
                if (lastKept > 0) {
                    double doublings = Math.log((double) kept / lastKept) / Math.log(2);
                    gain = String.format(Locale.ROOT, "%+.3f", (ev.macroF1() - lastF1) / doublings);
                }
                out.printf(Locale.ROOT, "%-10s %7s %18d %9.3f %9.3f %22s%n", kind, kept + "/" + PARTS,
                        perFold * kept / PARTS, ev.accuracy(), ev.macroF1(), gain);
                out.flush();
                lastF1 = ev.macroF1();
                lastKept = kept;
            }
        }
        return Main.OK;
    }
}
