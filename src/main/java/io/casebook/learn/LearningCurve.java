package io.casebook.learn;

import io.casebook.classify.ClassifierTrainer;
import io.casebook.classify.LabelledData;
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
import java.util.function.Consumer;

/**
 * Simulates a seller labelling their own messages with {@code casebook label} and retraining
 * with {@code casebook train --add}, to measure how fast the model improves. A labelled set of
 * real messages plays the seller's inbox: a fixed stratified third is held out for testing, the
 * rest is the pool the seller labels from. The shipped intent model is scored on the test third;
 * then for each number of labels, the messages chosen by {@link LabelQueue}'s strategy and, for
 * comparison, messages chosen at random with several seeds are given their true labels, the
 * intent model is retrained on the corpus plus those labels (weighted as {@code train --add}
 * does) and scored on the test third. The strategy works in sessions, as a seller does: label up
 * to the next number in the order {@code label} gives with the model in use, retrain, and order
 * the messages left with the new model.
 */
public final class LearningCurve {

    /** One point: labels given, how they were chosen, and the test macro-F1 and accuracy. */
    public record Point(int labels, String choice, long seed, double macroF1, double accuracy) {
    }

    /** What to simulate. */
    public record Setup(Path corpus, List<LabelledText> sellerMessages, List<Integer> sizes, List<Long> randomSeeds,
            int sellerWeight, TrainingSettings settings, long splitSeed) {
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
        Point before = score(0, "shipped model", 0, shipped, test);
        out.add(before);
        progress.accept(before);
        LabelledData corpus = LabelledData.read(setup.corpus(), "text", "intent", "lang");
        // label's strategy, in sessions: the seller labels up to the next size in the order label
        // gives with the model in use, then retrains (train --add), and the next session orders the
        // messages left with the new model
        List<Integer> chosen = new ArrayList<>();
        TextClassifier model = shipped;
        for (int n : setup.sizes()) {
            if (n > pool.size()) {
                continue;
            }
            List<Integer> left = new ArrayList<>();
            for (int i = 0; i < pool.size(); i++) {
                if (!chosen.contains(i)) {
                    left.add(i);
                }
            }
            TextClassifier current = model;
            List<Integer> order = LabelQueue.order(left.stream().map(i -> pool.get(i).text()).toList(),
                    left.stream().map(i -> current.rank(pool.get(i).text())).toList());
            for (int k = 0; chosen.size() < n; k++) {
                chosen.add(left.get(order.get(k)));
            }
            model = train(corpus, pool, chosen, setup);
            Point p = score(n, "label's strategy", 0, model, test);
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
                Point r = score(n, "random", seed, train(corpus, pool, shuffled.subList(0, n), setup), test);
                out.add(r);
                progress.accept(r);
            }
        }
        return out;
    }

    private static TextClassifier train(LabelledData corpus, List<LabelledText> pool, List<Integer> chosen, Setup setup) {
        List<LabelledText> rows = new ArrayList<>(corpus.rows());
        int[] copies = new int[rows.size() + chosen.size()];
        java.util.Arrays.fill(copies, 1);
        for (int k = 0; k < chosen.size(); k++) {
            rows.add(pool.get(chosen.get(k)));
            copies[corpus.rows().size() + k] = setup.sellerWeight();
        }
        return ClassifierTrainer.train("intent", new LabelledData(corpus.file(), corpus.sha256(), rows, 0), copies,
                setup.settings().withFolds(0));
    }

    private static Point score(int n, String choice, long seed, TextClassifier model, List<LabelledText> test) {
        List<String> gold = test.stream().map(LabelledText::label).toList();
        List<Ranking> predicted = test.stream().map(t -> model.rank(t.text())).toList();
        var e = ModelEvaluator.score(gold, predicted, null);
        return new Point(n, choice, seed, e.macroF1(), e.accuracy());
    }
}
