package io.casebook.classify;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/** Scores a trained model on labelled data it was not trained on. Stateless and thread-safe. */
public final class ModelEvaluator {

    private ModelEvaluator() {
    }

    /**
     * Evaluates {@code model} on {@code data}. Rows whose label the model does not know are
     * counted in the report and left out of the figures; when {@code onlyLabels} is not empty,
     * only rows with one of those labels are scored.
     */
    public static EvaluationReport evaluate(TextClassifier model, LabelledData data, Set<String> onlyLabels) {
        Set<String> known = new HashSet<>(model.manifest().labels());
        Map<String, Integer> unknown = new TreeMap<>();
        List<Scorer.Outcome> outcomes = new ArrayList<>();
        int filtered = 0;
        for (LabelledText row : data.rows()) {
            if (!onlyLabels.isEmpty() && !onlyLabels.contains(row.label())) {
                filtered++;
                continue;
            }
            if (!known.contains(row.label())) {
                unknown.merge(row.label(), 1, Integer::sum);
                continue;
            }
            Ranking r = model.rank(row.text());
            outcomes.add(new Scorer.Outcome(row.label(), r.best(), r.confidence()));
        }
        Evaluation evaluation = Scorer.evaluate(outcomes, model.manifest().threshold());
        return new EvaluationReport(model.manifest().kind(), evaluation, unknown, data.unlabelled(), filtered);
    }

    /**
     * Scores predictions already made: {@code gold.get(i)} against the best label of
     * {@code predicted.get(i)}, with the needs-human {@code threshold} (null for none).
     */
    public static Evaluation score(List<String> gold, List<Ranking> predicted, Double threshold) {
        if (gold.size() != predicted.size()) {
            throw new IllegalArgumentException(gold.size() + " gold labels for " + predicted.size() + " predictions");
        }
        List<Scorer.Outcome> outcomes = new ArrayList<>(gold.size());
        for (int i = 0; i < gold.size(); i++) {
            outcomes.add(new Scorer.Outcome(gold.get(i), predicted.get(i).best(), predicted.get(i).confidence()));
        }
        return Scorer.evaluate(outcomes, threshold);
    }
}
