package io.casebook.classify;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;

/** Builds an {@link Evaluation} from gold labels and rankings, and chooses needs-human thresholds. */
final class Scorer {

    private Scorer() {
    }

    /** One scored message: the gold label and the classifier's best label with its confidence. */
    record Outcome(String gold, String predicted, double confidence) {
        boolean correct() {
            return gold.equals(predicted);
        }
    }

    static Evaluation evaluate(List<Outcome> outcomes, Double threshold) {
        TreeSet<String> labelSet = new TreeSet<>();
        for (Outcome o : outcomes) {
            labelSet.add(o.gold());
            labelSet.add(o.predicted());
        }
        List<String> labels = new ArrayList<>(labelSet);
        Map<String, Integer> index = new TreeMap<>();
        for (int i = 0; i < labels.size(); i++) {
            index.put(labels.get(i), i);
        }
        int k = labels.size();
        int[][] matrix = new int[k][k];
        int correct = 0;
        for (Outcome o : outcomes) {
            matrix[index.get(o.gold())][index.get(o.predicted())]++;
            if (o.correct()) {
                correct++;
            }
        }
        List<LabelMetrics> perLabel = new ArrayList<>();
        double f1Sum = 0;
        int goldLabels = 0;
        for (int i = 0; i < k; i++) {
            int tp = matrix[i][i];
            int predicted = 0;
            int support = 0;
            for (int j = 0; j < k; j++) {
                predicted += matrix[j][i];
                support += matrix[i][j];
            }
            double p = predicted == 0 ? 0 : (double) tp / predicted;
            double r = support == 0 ? 0 : (double) tp / support;
            double f1 = p + r == 0 ? 0 : 2 * p * r / (p + r);
            perLabel.add(new LabelMetrics(labels.get(i), p, r, f1, support));
            if (support > 0) {
                f1Sum += f1;
                goldLabels++;
            }
        }
        List<List<Integer>> confusion = new ArrayList<>();
        for (int[] row : matrix) {
            List<Integer> r = new ArrayList<>(k);
            for (int v : row) {
                r.add(v);
            }
            confusion.add(r);
        }
        double accuracy = outcomes.isEmpty() ? 0 : (double) correct / outcomes.size();
        double macro = goldLabels == 0 ? 0 : f1Sum / goldLabels;
        Abstention abstention = threshold == null ? null : abstention(outcomes, threshold);
        return new Evaluation(labels, outcomes.size(), accuracy, macro, perLabel, confusion, abstention);
    }

    static Abstention abstention(List<Outcome> outcomes, double threshold) {
        int kept = 0;
        int keptCorrect = 0;
        for (Outcome o : outcomes) {
            if (o.confidence() >= threshold) {
                kept++;
                if (o.correct()) {
                    keptCorrect++;
                }
            }
        }
        double share = outcomes.isEmpty() ? 0 : 1.0 - (double) kept / outcomes.size();
        return new Abstention(threshold, kept == 0 ? Double.NaN : (double) keptCorrect / kept, share);
    }

    /**
     * The lowest confidence threshold at which the predictions kept reach {@code targetAccuracy};
     * 0 when every prediction together already does. When no threshold reaches the target, the
     * one with the best kept accuracy among those keeping at least half the messages.
     */
    static double chooseThreshold(List<Outcome> outcomes, double targetAccuracy) {
        if (outcomes.isEmpty()) {
            return 0;
        }
        List<Outcome> sorted = new ArrayList<>(outcomes);
        sorted.sort(Comparator.comparingDouble(Outcome::confidence));
        int n = sorted.size();
        int[] correctFrom = new int[n + 1];
        for (int i = n - 1; i >= 0; i--) {
            correctFrom[i] = correctFrom[i + 1] + (sorted.get(i).correct() ? 1 : 0);
        }
        double bestAccuracy = -1;
        double bestThreshold = 0;
        for (int i = 0; i < n; i++) {
            if (i > 0 && sorted.get(i).confidence() == sorted.get(i - 1).confidence()) {
                continue;
            }
            double acc = (double) correctFrom[i] / (n - i);
            double threshold = i == 0 ? 0 : sorted.get(i).confidence();
            if (acc >= targetAccuracy) {
                return round(threshold);
            }
            if (n - i >= n / 2 && acc > bestAccuracy) {
                bestAccuracy = acc;
                bestThreshold = threshold;
            }
        }
        return round(bestThreshold);
    }

    private static double round(double threshold) {
        return Math.floor(threshold * 10000) / 10000;
    }
}
