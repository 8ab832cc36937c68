package io.casebook.classify;

import java.util.List;

/**
 * A classifier's output for one message: every label with its probability, best first.
 *
 * @param labels        labels, best first
 * @param probabilities their probabilities, in the same order, summing to 1
 */
public record Ranking(List<String> labels, List<Double> probabilities) {

    public Ranking {
        labels = List.copyOf(labels);
        probabilities = List.copyOf(probabilities);
        if (labels.isEmpty() || labels.size() != probabilities.size()) {
            throw new IllegalArgumentException("labels and probabilities must be non-empty and of one size");
        }
    }

    public String best() {
        return labels.get(0);
    }

    public double confidence() {
        return probabilities.get(0);
    }
}
