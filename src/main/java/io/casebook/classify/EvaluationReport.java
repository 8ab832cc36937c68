package io.casebook.classify;

import java.util.Map;

/**
 * A model evaluated on a labelled file.
 *
 * @param kind          the model's kind
 * @param evaluation    figures over the rows whose label the model knows, with the model's threshold applied
 * @param unknownLabels labels of the data the model cannot predict, with their row counts (left out of the figures)
 * @param unlabelled    rows skipped because their label was empty
 * @param filtered      rows left out because their label was not among the labels asked for
 */
public record EvaluationReport(String kind, Evaluation evaluation, Map<String, Integer> unknownLabels,
                               int unlabelled, int filtered) {
    public EvaluationReport {
        unknownLabels = Map.copyOf(unknownLabels);
    }
}
