package io.casebook.learn;

import io.casebook.classify.ClassifierTrainer;
import io.casebook.classify.LabelledText;
import io.casebook.classify.ModelEvaluator;
import io.casebook.classify.Ranking;
import io.casebook.classify.TextClassifier;
import io.casebook.classify.TrainingSettings;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.function.Consumer;

/**
 * Simulates a seller labelling their own messages with {@code casebook label} and retraining
 * with {@code casebook train --add}, to measure how fast the model improves. A labelled set of
 * real messages plays the seller's inbox: a fixed stratified third is held out for testing, the
 * rest is the pool the seller labels from. The shipped intent model is scored on the test third;
 * then for each number of labels, the messages chosen by {@link LabelQueue}'s strategy and, for
 * comparison, messages chosen at random with several seeds are given their true labels, the
 * intent model is retrained on the corpus plus those labels (weighted as {@code train --add}
 * does) and scored on the test third. The strategy works as {@code label} does: the seller answers
 * in the order it gives, and every {@code relearnEvery} answers it retrains on the corpus and the
 * answers so far and orders the messages left with the new model (0: only at each number of
 * labels measured).
 */
public final class LearningCurve {

    /**
     * One point: labels given, how they were chosen, the test macro-F1 and accuracy, the test F1 of
     * each intent of the test third, and how many of the labels given were of each intent.
     */
    public record Point(int labels, String choice, long seed, double macroF1, double accuracy,
            SortedMap<String, Double> f1ByIntent, SortedMap<String, Integer> labelsByIntent) {
    }

    /** What to simulate. */
    public record Setup(Path corpus, List<LabelledText> sellerMessages, List<Integer> sizes, List<Long> randomSeeds,
            int sellerWeight, int relearnEvery, TrainingSettings settings, long splitSeed) {
    }

    private LearningCurve() {
    }

    /** Runs the simulation with {@code shipped} as the model before any label. */
    public static List<Point> run(Setup setup, TextClassifier shipped, Consumer<Point> progress) {
        List<LabelledText> rows = setup.sellerMessages();
        int[] third = ClassifierTrainer.stratifiedFolds(rows, 3, setup.splitSeed());
        List<LabelledText> test = new ArrayList<>();
        List<LabelledText> pool = new ArrayList<>();
        for (int i = 0; i < rows.size(); i++) {
            (third[i] == 0 ? test : pool).add(rows.get(i));
        }
        List<Point> out = new ArrayList<>();
        Point before = score(0, "shipped model", 0, shipped, test, List.of());
        out.add(before);
        progress.accept(before);
        SessionModel trainer = SessionModel.read(setup.corpus(), setup.sellerWeight(), setup.settings());
        // label's strategy: the seller answers in the order label gives; every relearnEvery answers
        // label retrains on the corpus and the answers so far and orders the messages left again
        LabelQueue queue = LabelQueue.of(pool.stream().map(LabelledText::text).toList());
        String[] answers = new String[pool.size()];
        List<Integer> chosen = new ArrayList<>();
        TextClassifier model = shipped;
        for (int n : setup.sizes()) {
            if (n > pool.size()) {
                continue;
            }
            while (chosen.size() < n) {
                TextClassifier current = model;
                List<Ranking> rankings = pool.stream().map(t -> current.rank(t.text())).toList();
                List<Integer> order = queue.order(rankings, answers);
                int batch = Math.min(n - chosen.size(), setup.relearnEvery() > 0 ? setup.relearnEvery() : n);
                for (int i : order.subList(0, batch)) {
                    chosen.add(i);
                    answers[i] = pool.get(i).label();
                }
                model = trainer.train(chosen.stream().map(pool::get).toList());
            }
            Point p = score(n, "label's strategy", 0, model, test, chosen.stream().map(pool::get).toList());
            out.add(p);
            progress.accept(p);
        }
        for (int n : setup.sizes()) {
            if (n > pool.size()) {
                continue;
            }
            for (long seed : setup.randomSeeds()) {
                List<Integer> shuffled = new ArrayList<>();
                for (int i = 0; i < pool.size(); i++) {
                    shuffled.add(i);
                }
                Collections.shuffle(shuffled, new Random(seed));
                List<LabelledText> given = shuffled.subList(0, n).stream().map(pool::get).toList();
                Point r = score(n, "random", seed, trainer.train(given), test, given);
                out.add(r);
                progress.accept(r);
            }
        }
        return out;
    }

    private static Point score(int n, String choice, long seed, TextClassifier model, List<LabelledText> test,
            List<LabelledText> given) {
        List<String> gold = test.stream().map(LabelledText::label).toList();
        List<Ranking> predicted = test.stream().map(t -> model.rank(t.text())).toList();
        var e = ModelEvaluator.score(gold, predicted, null);
        SortedMap<String, Double> f1 = new TreeMap<>();
        for (int i = 0; i < e.labels().size(); i++) {
            if (gold.contains(e.labels().get(i))) {
                f1.put(e.labels().get(i), e.perLabel().get(i).f1());
            }
        }
        SortedMap<String, Integer> byIntent = new TreeMap<>();
        given.forEach(t -> byIntent.merge(t.label(), 1, Integer::sum));
        return new Point(n, choice, seed, e.macroF1(), e.accuracy(), f1, byIntent);
    }
}
