package io.casebook.classify;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadFactory;
import opennlp.tools.doccat.DoccatFactory;
import opennlp.tools.doccat.DoccatModel;
import opennlp.tools.doccat.DocumentCategorizerME;
import opennlp.tools.doccat.DocumentSample;
import opennlp.tools.util.ObjectStreamUtils;
import opennlp.tools.util.TrainingParameters;

/**
 * Trains a {@link TextClassifier} from labelled data after a stratified k-fold
 * cross-validation, which gives the figures and the needs-human threshold stored in the model.
 *
 * <p>Deterministic: the same data, settings and seed give the same folds and the same model.
 * Stateless and thread-safe.
 */
public final class ClassifierTrainer {

    private ClassifierTrainer() {
    }

    /** The cross-validated evaluation and the threshold chosen from it. */
    public record CrossValidation(Evaluation evaluation, double threshold) {
    }

    /**
     * Cross-validates, then trains on all of {@code data}.
     *
     * @param kind what the model predicts, recorded in its manifest ({@code intent}, {@code sentiment})
     */
    public static TextClassifier train(String kind, LabelledData data, TrainingSettings settings) {
        return train(kind, data, null, settings);
    }

    /**
     * Like {@link #train(String, LabelledData, TrainingSettings)}, with each row counting
     * {@code copies[i]} times in every training (0: not trained on at all; null: once each): how a
     * seller's own labels weigh more than the corpus. The cross-validation folds are over rows, so
     * the copies of a row are always on the same side of a fold.
     */
    public static TextClassifier train(String kind, LabelledData data, int[] copies, TrainingSettings settings) {
        check(data);
        if (copies != null && copies.length != data.rows().size()) {
            throw new IllegalArgumentException("copies has " + copies.length + " entries for " + data.rows().size() + " rows");
        }
        FeatureExtractor extractor = new FeatureExtractor(settings.features());
        List<String[]> features = features(extractor, data.rows());
        CrossValidation cv = settings.folds() == 0 ? null : crossValidate(data, features, copies, settings);
        long start = System.nanoTime();
        DoccatModel model = fit(data.rows(), features, repeated(allIndices(data.rows().size()), copies), settings);
        long millis = (System.nanoTime() - start) / 1_000_000;
        ModelManifest manifest = new ModelManifest(
                kind,
                new ArrayList<>(new TreeSet<>(data.labels())),
                languages(data.rows()),
                new ModelManifest.CorpusInfo(String.valueOf(data.file().getFileName()), data.sha256(), data.rows().size()),
                settings.features(),
                settings,
                cv == null ? null : cv.evaluation(),
                cv == null ? 0 : cv.threshold(),
                Instant.now().truncatedTo(ChronoUnit.SECONDS).toString(),
                Versions.casebook(),
                Versions.openNlp(),
                System.getProperty("java.version"),
                millis);
        return new TextClassifier(model, manifest);
    }

    /** Stratified k-fold cross-validation of {@code settings} on {@code data}. */
    public static CrossValidation crossValidate(LabelledData data, TrainingSettings settings) {
        check(data);
        return crossValidate(data, features(new FeatureExtractor(settings.features()), data.rows()), null, settings);
    }

    /**
     * Stratified k-fold cross-validation in which each fold trains on only {@code kept} of
     * {@code parts} label-stratified parts of its training messages (dealt with {@code partSeed})
     * and is tested on all of its own messages: how the figures grow with the size of the corpus.
     * With {@code kept == parts} it is {@link #crossValidate(LabelledData, TrainingSettings)}.
     */
    public static CrossValidation crossValidateOnPart(LabelledData data, TrainingSettings settings, int kept, int parts,
            long partSeed) {
        if (parts < 1 || kept < 1 || kept > parts) {
            throw new IllegalArgumentException("keep 1 to " + parts + " of " + parts + " parts, not " + kept);
        }
        check(data);
        int[] part = stratifiedFolds(data.rows(), parts, partSeed);
        int[] copies = new int[part.length];
        for (int i = 0; i < part.length; i++) {
            copies[i] = part[i] < kept ? 1 : 0;
        }
        return crossValidate(data, features(new FeatureExtractor(settings.features()), data.rows()), copies, settings);
    }

    /** {@code indices} with each index {@code i} repeated {@code copies[i]} times (as is when copies is null). */
    private static List<Integer> repeated(List<Integer> indices, int[] copies) {
        if (copies == null) {
            return indices;
        }
        List<Integer> out = new ArrayList<>(indices.size());
        for (int i : indices) {
            for (int c = 0; c < copies[i]; c++) {
                out.add(i);
            }
        }
        return out;
    }

    /**
     * Runs the folds on up to {@code settings.threads()} threads at once, each fold's training on
     * one thread; folds are independent, so the result is the same whatever the thread count.
     */
    private static CrossValidation crossValidate(LabelledData data, List<String[]> features, int[] copies,
            TrainingSettings settings) {
        List<LabelledText> rows = data.rows();
        int[] fold = stratifiedFolds(rows, settings.folds(), settings.seed());
        Scorer.Outcome[] outcomes = new Scorer.Outcome[rows.size()];
        TrainingSettings perFold = settings.withThreads(1);
        int threads = Math.min(settings.threads(), settings.folds());
        ExecutorService pool = Executors.newFixedThreadPool(threads, daemon());
        try {
            List<Future<?>> running = new ArrayList<>();
            for (int k = 0; k < settings.folds(); k++) {
                int current = k;
                running.add(pool.submit(() -> runFold(rows, features, copies, fold, current, perFold, outcomes)));
            }
            for (Future<?> f : running) {
                f.get();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("cross-validation interrupted", e);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException r) {
                throw r;
            }
            throw new IllegalStateException(e.getCause());
        } finally {
            pool.shutdownNow();
        }
        List<Scorer.Outcome> all = new ArrayList<>();
        for (Scorer.Outcome o : outcomes) {
            if (o != null) {
                all.add(o);
            }
        }
        double threshold = Scorer.chooseThreshold(all, settings.targetAccuracy());
        return new CrossValidation(Scorer.evaluate(all, threshold), threshold);
    }

    private static void runFold(List<LabelledText> rows, List<String[]> features, int[] copies, int[] fold, int k,
                                TrainingSettings settings, Scorer.Outcome[] outcomes) {
        List<Integer> train = new ArrayList<>();
        List<Integer> test = new ArrayList<>();
        for (int i = 0; i < rows.size(); i++) {
            (fold[i] == k ? test : train).add(i);
        }
        if (test.isEmpty()) {
            return;
        }
        TextClassifier classifier = new TextClassifier(fit(rows, features, repeated(train, copies), settings),
                placeholder(settings));
        for (int i : test) {
            Ranking r = classifier.rankFeatures(features.get(i));
            outcomes[i] = new Scorer.Outcome(rows.get(i).label(), r.best(), r.confidence());
        }
    }

    private static ThreadFactory daemon() {
        return runnable -> {
            Thread t = new Thread(runnable, "casebook-cv");
            t.setDaemon(true);
            return t;
        };
    }

    /**
     * Assigns each row to one of {@code k} folds so that every label is spread evenly: the rows
     * of each label are shuffled with {@code seed} and dealt round-robin, continuing the deal
     * where the previous label stopped.
     */
    /**
     * The fold (0 to k-1) of each row: stratified by label, shuffled with {@code seed}; the folds the
     * cross-validation uses, so that other classifiers can be scored on the very same splits.
     */
    public static int[] stratifiedFolds(List<LabelledText> rows, int k, long seed) {
        Map<String, List<Integer>> byLabel = new TreeMap<>();
        for (int i = 0; i < rows.size(); i++) {
            byLabel.computeIfAbsent(rows.get(i).label(), x -> new ArrayList<>()).add(i);
        }
        Random random = new Random(seed);
        int[] fold = new int[rows.size()];
        int next = 0;
        for (List<Integer> members : byLabel.values()) {
            Collections.shuffle(members, random);
            for (int i : members) {
                fold[i] = next;
                next = (next + 1) % k;
            }
        }
        return fold;
    }

    private static DoccatModel fit(List<LabelledText> rows, List<String[]> features, List<Integer> indices,
                                   TrainingSettings settings) {
        List<DocumentSample> samples = new ArrayList<>(indices.size());
        for (int i : indices) {
            samples.add(new DocumentSample(rows.get(i).label(), features.get(i)));
        }
        TrainingParameters params = new TrainingParameters();
        params.put(TrainingParameters.ALGORITHM_PARAM, settings.algorithm().openNlpName());
        params.put(TrainingParameters.ITERATIONS_PARAM, settings.iterations());
        params.put(TrainingParameters.CUTOFF_PARAM, settings.cutoff());
        params.put(TrainingParameters.THREADS_PARAM, settings.threads());
        if (settings.algorithm() == Algorithm.MAXENT_QN) {
            params.put("L1Cost", settings.l1());
            params.put("L2Cost", settings.l2());
        }
        try {
            return DocumentCategorizerME.train("mul", ObjectStreamUtils.createObjectStream(samples), params,
                    new DoccatFactory());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static List<String[]> features(FeatureExtractor extractor, List<LabelledText> rows) {
        List<String[]> out = new ArrayList<>(rows.size());
        for (LabelledText row : rows) {
            out.add(extractor.features(row.text()));
        }
        return out;
    }

    private static List<Integer> allIndices(int n) {
        List<Integer> all = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            all.add(i);
        }
        return all;
    }

    private static Map<String, Integer> languages(List<LabelledText> rows) {
        Map<String, Integer> counts = new TreeMap<>();
        for (LabelledText row : rows) {
            if (!row.lang().isEmpty()) {
                counts.merge(row.lang(), 1, Integer::sum);
            }
        }
        return counts;
    }

    private static void check(LabelledData data) {
        if (data.rows().isEmpty()) {
            throw new DataFileException(data.file() + ": no labelled rows to train on");
        }
        if (data.labels().size() < 2) {
            throw new DataFileException(data.file() + ": only one label (" + data.labels()
                    + "); a classifier needs at least two");
        }
    }

    private static ModelManifest placeholder(TrainingSettings settings) {
        return new ModelManifest("fold", List.of(), Map.of(), new ModelManifest.CorpusInfo("", "", 0),
                settings.features(), settings, null, 0, "", "", "", "", 0);
    }
}
