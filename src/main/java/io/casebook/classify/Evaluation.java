package io.casebook.classify;

import java.util.List;
import java.util.Objects;

/**
 * How well a classifier did on labelled messages: overall accuracy and macro-F1, per-label
 * precision, recall and F1, the confusion matrix ({@code confusion.get(gold).get(predicted)},
 * rows and columns in the order of {@code labels}) and the effect of the needs-human threshold.
 * An immutable value; render it with {@code io.casebook.report.EvaluationText}.
 *
 * @param labels      the labels of the matrix, sorted
 * @param count       messages evaluated
 * @param accuracy    share of messages whose predicted label is the gold one
 * @param macroF1     unweighted mean of the per-label F1 over the labels that occur in the gold data
 * @param perLabel    metrics per label, in the order of {@code labels}
 * @param confusion   counts, gold label by row, predicted label by column
 * @param abstention  the threshold's effect, or null when no threshold applies
 */
public record Evaluation(List<String> labels, int count, double accuracy, double macroF1,
                         List<LabelMetrics> perLabel, List<List<Integer>> confusion, Abstention abstention) {

    public Evaluation {
        labels = List.copyOf(labels);
        perLabel = List.copyOf(perLabel);
        confusion = confusion.stream().map(List::copyOf).toList();
        Objects.requireNonNull(perLabel);
    }
}
