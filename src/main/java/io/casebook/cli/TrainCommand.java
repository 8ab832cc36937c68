package io.casebook.cli;

import io.casebook.TrainedModel;
import io.casebook.Trainer;
import io.casebook.TrainingRequest;
import io.casebook.classify.Algorithm;
import io.casebook.classify.FeatureSpec;
import io.casebook.classify.TrainingSettings;
import io.casebook.report.EvaluationText;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "train", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Trains the intent and sentiment models from a labelled corpus.",
                "Runs a stratified k-fold cross-validation first and prints accuracy, macro-F1, per-label "
                        + "precision/recall/F1 and the confusion matrix; the same report is written as "
                        + "<kind>.eval.json beside each model. Models are written atomically."})
final class TrainCommand implements Callable<Integer> {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Option(names = "--corpus", paramLabel = "CSV", description = "Labelled messages (default: ${DEFAULT-VALUE}).")
    Path corpus = Path.of("corpora", "messages.csv");

    @Option(names = {"--output", "-o"}, paramLabel = "DIR", description = "Where the models go (default: ${DEFAULT-VALUE}).")
    Path output = Path.of("models");

    @Option(names = "--only", paramLabel = "KIND", split = ",",
            description = "Train only these models: intent, sentiment (default: both).")
    List<String> only = List.of("intent", "sentiment");

    @Option(names = "--algorithm", paramLabel = "NAME",
            description = "maxent (GIS), maxent_qn (L-BFGS), naive_bayes or perceptron (default: ${DEFAULT-VALUE}).")
    Algorithm algorithm = TrainingSettings.DEFAULT.algorithm();

    @Option(names = "--iterations", description = "Training iterations (default: ${DEFAULT-VALUE}).")
    int iterations = TrainingSettings.DEFAULT.iterations();

    @Option(names = "--cutoff", description = "Drop features seen fewer times (default: ${DEFAULT-VALUE}).")
    int cutoff = TrainingSettings.DEFAULT.cutoff();

    @Option(names = "--l1", description = "L1 cost for maxent_qn (default: ${DEFAULT-VALUE}).")
    double l1 = TrainingSettings.DEFAULT.l1();

    @Option(names = "--l2", description = "L2 cost for maxent_qn (default: ${DEFAULT-VALUE}).")
    double l2 = TrainingSettings.DEFAULT.l2();

    @Option(names = "--word-ngrams", paramLabel = "N", description = "Longest word n-gram, 1-3 (default: ${DEFAULT-VALUE}).")
    int wordNgrams = FeatureSpec.DEFAULT.wordNgrams();

    @Option(names = "--char-ngrams", paramLabel = "MIN-MAX|off",
            description = "Character n-grams inside words, e.g. 3-5, or off (default: ${DEFAULT-VALUE}).")
    String charNgrams = FeatureSpec.DEFAULT.charNgramMin() == 0 ? "off"
            : FeatureSpec.DEFAULT.charNgramMin() + "-" + FeatureSpec.DEFAULT.charNgramMax();

    @Option(names = "--prefix", paramLabel = "N", description = "Word prefixes of this length, 0 for none (default: ${DEFAULT-VALUE}).")
    int prefix = FeatureSpec.DEFAULT.prefixLength();

    @Option(names = "--negation", negatable = true, description = "Mark negated words (default: ${DEFAULT-VALUE}).")
    boolean negation = FeatureSpec.DEFAULT.negation();

    @Option(names = "--length-feature", negatable = true, description = "Add a message-length feature (default: ${DEFAULT-VALUE}).")
    boolean lengthFeature = FeatureSpec.DEFAULT.lengthBucket();

    @Option(names = "--lead-words", paramLabel = "N",
            description = "Also mark the first N words, 0 for none (default: ${DEFAULT-VALUE}).")
    int leadWords = FeatureSpec.DEFAULT.leadWords();

    @Option(names = "--buyer-text-only", negatable = true,
            description = "Drop quoted earlier messages and the marketplace relay frame before computing "
                    + "features (default: ${DEFAULT-VALUE}).")
    boolean buyerTextOnly = FeatureSpec.DEFAULT.buyerTextOnly();

    @Option(names = "--concepts", negatable = true,
            description = "Add the concept of each cue word (docs/training.md) as a feature (default: ${DEFAULT-VALUE}).")
    boolean concepts = FeatureSpec.DEFAULT.concepts();

    @Option(names = "--folds", description = "Cross-validation folds, 0 to skip (default: ${DEFAULT-VALUE}).")
    int folds = TrainingSettings.DEFAULT.folds();

    @Option(names = "--seed", description = "Seed of the fold assignment (default: ${DEFAULT-VALUE}).")
    long seed = TrainingSettings.DEFAULT.seed();

    @Option(names = "--threads", description = "Training threads (default: ${DEFAULT-VALUE}).")
    int threads = TrainingSettings.DEFAULT.threads();

    @Option(names = "--target-accuracy", paramLabel = "P",
            description = "Accuracy the needs-human threshold aims for on the messages it keeps (default: ${DEFAULT-VALUE}).")
    double targetAccuracy = TrainingSettings.DEFAULT.targetAccuracy();

    @Option(names = "--add", paramLabel = "FILE", arity = "1..*",
            description = "Retrain with the seller's own labels too: a labels file of 'casebook label', results of "
                    + "'casebook classify' whose intent or sentiment an agent corrected, or a CSV with text,intent,"
                    + "sentiment. The new models go into the model store as a new version and are used only when they "
                    + "are not worse on the seller's labels (see --force). docs/learning.md says how.")
    List<Path> add = List.of();

    @Option(names = "--add-weak", paramLabel = "INBOX", arity = "1..*",
            description = "Also train on weak labels: the intents the Amazon subjects of this inbox's messages suggest "
                    + "(docs/learning.md; buyers pick those topics loosely, so measure before relying on them).")
    List<Path> addWeak = List.of();

    @Option(names = "--weak-weight", paramLabel = "N",
            description = "How many times each weak label counts (default: ${DEFAULT-VALUE}).")
    int weakWeight = 1;

    @Option(names = "--seller-weight", paramLabel = "N",
            description = "How many times each of the seller's labels counts against one corpus message "
                    + "(default: ${DEFAULT-VALUE}).")
    int sellerWeight = SellerRetraining.DEFAULT_WEIGHT;

    @Option(names = "--seller-folds", paramLabel = "K",
            description = "Folds over the seller's labels for scoring the new models on labels they did not train on "
                    + "(default: ${DEFAULT-VALUE}).")
    int sellerFolds = 3;

    @Option(names = "--store", paramLabel = "DIR",
            description = "The model store for --add (default: $CASEBOOK_MODEL_STORE, else ~/.casebook/models).")
    Path store;

    @Option(names = "--force", description = "With --add: use the new models even when they are worse on the "
            + "seller's labels.")
    boolean force;

    @Option(names = "--text-column", description = "Corpus column with the text (default: ${DEFAULT-VALUE}).")
    String textColumn = "text";

    @Option(names = "--intent-column", description = "Corpus column with the intent (default: ${DEFAULT-VALUE}).")
    String intentColumn = "intent";

    @Option(names = "--sentiment-column", description = "Corpus column with the sentiment (default: ${DEFAULT-VALUE}).")
    String sentimentColumn = "sentiment";

    @Option(names = "--lang-column", description = "Corpus column with the language, if any (default: ${DEFAULT-VALUE}).")
    String langColumn = "lang";

    @Override
    public Integer call() {
        TrainingSettings settings;
        try {
            int[] chars = Flags.range(charNgrams, "--char-ngrams");
            FeatureSpec features = new FeatureSpec(wordNgrams, chars[0], chars[1], prefix, negation, lengthFeature,
                    leadWords, buyerTextOnly, concepts);
            settings = new TrainingSettings(algorithm, features, iterations, cutoff, l1, l2, threads, folds, seed,
                    targetAccuracy);
        } catch (IllegalArgumentException e) {
            throw new CommandLine.ParameterException(spec.commandLine(), e.getMessage());
        }
        List<TrainingRequest.ModelKind> kinds = new ArrayList<>();
        for (String kind : only) {
            switch (kind.toLowerCase(Locale.ROOT)) {
                case "intent" -> kinds.add(new TrainingRequest.ModelKind("intent", intentColumn));
                case "sentiment" -> kinds.add(new TrainingRequest.ModelKind("sentiment", sentimentColumn));
                default -> throw new CommandLine.ParameterException(spec.commandLine(),
                        "--only takes intent and/or sentiment, not '" + kind + "'");
            }
        }
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        if (!add.isEmpty() || !addWeak.isEmpty()) {
            if (sellerWeight < 1 || sellerFolds < 2 || weakWeight < 1) {
                throw new CommandLine.ParameterException(spec.commandLine(),
                        "--seller-weight and --weak-weight must be at least 1 and --seller-folds at least 2");
            }
            if (settings.folds() < 2) {
                throw new CommandLine.ParameterException(spec.commandLine(),
                        "--add needs the cross-validation (--folds 2 or more): it chooses the needs-human threshold");
            }
            return new SellerRetraining(out, err).run(corpus, add, addWeak, sellerWeight, weakWeight, sellerFolds, settings,
                    store != null ? store : io.casebook.learn.ModelStore.defaultRoot(), force);
        }
        TrainingRequest request = new TrainingRequest(corpus, output, textColumn, langColumn, kinds, settings);
        List<TrainedModel> models = Trainer.train(request, line -> {
            err.println(line);
            err.flush();
        });
        for (TrainedModel m : models) {
            if (m.crossValidation() != null) {
                out.println(EvaluationText.render(m.kind() + " model, " + settings.folds()
                        + "-fold stratified cross-validation (seed " + settings.seed() + ")", m.crossValidation()));
            }
            out.printf(Locale.ROOT, "wrote %s (%d messages; cross-validation %.1f s, training %.1f s)%n",
                    m.modelFile(), m.rows(), m.crossValidationMillis() / 1000.0, m.trainingMillis() / 1000.0);
            if (m.evaluationFile() != null) {
                out.printf(Locale.ROOT, "wrote %s%n", m.evaluationFile());
            }
            out.println();
        }
        return Main.OK;
    }
}
