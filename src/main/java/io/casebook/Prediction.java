package io.casebook;

import java.util.List;

/**
 * A classifier's answer: the best label, its probability, and the other labels ranked by
 * probability (the runner-ups), best first.
 */
public record Prediction(String label, double confidence, List<LabelScore> alternatives) {

    public Prediction {
        alternatives = List.copyOf(alternatives);
    }

    /** The second-best label, or null when the model has only one label. */
    public LabelScore runnerUp() {
        return alternatives.isEmpty() ? null : alternatives.get(0);
    }
}
