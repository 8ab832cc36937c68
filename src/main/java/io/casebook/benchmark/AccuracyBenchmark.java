package io.casebook.benchmark;

import io.casebook.classify.ClassifierTrainer;
import io.casebook.classify.LabelledText;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Consumer;
import java.util.function.UnaryOperator;

/**
 * Scores contenders side by side on the same data: stratified k-fold cross-validation on our
 * corpus (the folds casebook's own cross-validation uses), and training on the whole corpus then
 * testing on a third-party set (only the rows whose label the corpus has). For each contender and
 * data set: accuracy, macro-F1 over the gold labels, training time, and single-thread prediction
 * throughput.
 */
public final class AccuracyBenchmark {

    private AccuracyBenchmark() {
    }

    /** One contender on one data set. */
    public record Result(String dataset, String contender, int tested, double accuracy, double macroF1,
            double trainSeconds, double predictionsPerSecond) {
    }

    /** Cross-validates every contender on {@code rows} with the same {@code k} folds. */
    public static List<Result> crossValidate(String dataset, List<LabelledText> rows, int k, long seed,
            List<Contender> contenders, Consumer<Result> progress) throws Exception {
        return crossValidate(dataset, rows, k, seed, UnaryOperator.identity(), contenders, progress);
    }

    /**
     * Like {@link #crossValidate(String, List, int, long, List, Consumer)}, but each contender
     * trains on {@code trainSample} of the training folds (for instance {@link #perLabel}: a
     * small-data curve) and is tested on the whole test fold.
     */
    public static List<Result> crossValidate(String dataset, List<LabelledText> rows, int k, long seed,
            UnaryOperator<List<LabelledText>> trainSample, List<Contender> contenders, Consumer<Result> progress)
            throws Exception {
        List<List<LabelledText>> trains = new ArrayList<>();
        List<List<LabelledText>> tests = new ArrayList<>();
        splits(rows, k, seed, trainSample, trains, tests);
        List<Result> out = new ArrayList<>();
        for (Contender c : contenders) {
            List<String> gold = new ArrayList<>();
            List<String> predicted = new ArrayList<>();
            long trainNanos = 0;
            long predictNanos = 0;
            for (int f = 0; f < k; f++) {
                List<LabelledText> train = trains.get(f);
                List<LabelledText> test = tests.get(f);
                long t0 = System.nanoTime();
                try (Contender.Model m = c.train(train)) {
                    long t1 = System.nanoTime();
                    trainNanos += t1 - t0;
                    for (LabelledText t : test) {
                        gold.add(t.label());
                        predicted.add(m.predict(t.text()));
                    }
                    predictNanos += System.nanoTime() - t1;
                }
            }
            Result r = score(dataset, c.name(), gold, predicted, trainNanos / 1e9 / k, gold.size() / (predictNanos / 1e9));
            out.add(r);
            progress.accept(r);
        }
        return out;
    }

    /**
     * The {@code k} train/test splits of {@code rows} (casebook's stratified folds), the training
     * parts passed through {@code trainSample}.
     */
    public static void splits(List<LabelledText> rows, int k, long seed, UnaryOperator<List<LabelledText>> trainSample,
            List<List<LabelledText>> trains, List<List<LabelledText>> tests) {
        int[] fold = ClassifierTrainer.stratifiedFolds(rows, k, seed);
        for (int f = 0; f < k; f++) {
            List<LabelledText> train = new ArrayList<>();
            List<LabelledText> test = new ArrayList<>();
            for (int i = 0; i < rows.size(); i++) {
                (fold[i] == f ? test : train).add(rows.get(i));
            }
            trains.add(trainSample.apply(train));
            tests.add(test);
        }
    }

    /**
     * At most {@code perLabel} rows of each label of {@code rows}, drawn at random with {@code seed}
     * (the same seed draws the same rows), in their original order.
     */
    public static List<LabelledText> perLabel(List<LabelledText> rows, int perLabel, long seed) {
        List<Integer> order = new ArrayList<>();
        for (int i = 0; i < rows.size(); i++) {
            order.add(i);
        }
        Collections.shuffle(order, new Random(seed));
        Map<String, Integer> taken = new HashMap<>();
        boolean[] keep = new boolean[rows.size()];
        for (int i : order) {
            int n = taken.merge(rows.get(i).label(), 1, Integer::sum);
            keep[i] = n <= perLabel;
        }
        List<LabelledText> out = new ArrayList<>();
        for (int i = 0; i < rows.size(); i++) {
            if (keep[i]) {
                out.add(rows.get(i));
            }
        }
        return out;
    }

    /** Trains every contender on {@code train} and tests on the rows of {@code test} whose label {@code train} has. */
    public static List<Result> trainTest(String dataset, List<LabelledText> train, List<LabelledText> test,
            List<Contender> contenders, Consumer<Result> progress) throws Exception {
        Set<String> known = new HashSet<>();
        train.forEach(t -> known.add(t.label()));
        List<LabelledText> usable = test.stream().filter(t -> known.contains(t.label())).toList();
        List<Result> out = new ArrayList<>();
        for (Contender c : contenders) {
            long t0 = System.nanoTime();
            List<String> gold = new ArrayList<>();
            List<String> predicted = new ArrayList<>();
            long t1;
            try (Contender.Model m = c.train(train)) {
                t1 = System.nanoTime();
                for (LabelledText t : usable) {
                    gold.add(t.label());
                    predicted.add(m.predict(t.text()));
                }
            }
            long t2 = System.nanoTime();
            Result r = score(dataset, c.name(), gold, predicted, (t1 - t0) / 1e9, gold.size() / ((t2 - t1) / 1e9));
            out.add(r);
            progress.accept(r);
        }
        return out;
    }

    static Result score(String dataset, String contender, List<String> gold, List<String> predicted, double trainSeconds,
            double perSecond) {
        int right = 0;
        for (int i = 0; i < gold.size(); i++) {
            right += gold.get(i).equals(predicted.get(i)) ? 1 : 0;
        }
        return new Result(dataset, contender, gold.size(), gold.isEmpty() ? 0 : (double) right / gold.size(),
                macroF1(gold, predicted), trainSeconds, perSecond);
    }

    /** The mean F1 over the labels of {@code gold}. */
    static double macroF1(List<String> gold, List<String> predicted) {
        Set<String> labels = new TreeSet<>(gold);
        double sum = 0;
        for (String l : labels) {
            int tp = 0;
            int fp = 0;
            int fn = 0;
            for (int i = 0; i < gold.size(); i++) {
                boolean g = gold.get(i).equals(l);
                boolean p = predicted.get(i).equals(l);
                tp += g && p ? 1 : 0;
                fp += !g && p ? 1 : 0;
                fn += g && !p ? 1 : 0;
            }
            double precision = tp + fp == 0 ? 0 : (double) tp / (tp + fp);
            double recall = tp + fn == 0 ? 0 : (double) tp / (tp + fn);
            sum += precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall);
        }
        return labels.isEmpty() ? 0 : sum / labels.size();
    }
}
