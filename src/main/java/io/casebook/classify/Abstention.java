package io.casebook.classify;

/**
 * What a confidence threshold does on a set of predictions: below {@code threshold} a message
 * is marked needs-human.
 *
 * @param threshold     the confidence below which a prediction is abstained on
 * @param keptAccuracy  accuracy of the predictions at or above the threshold (NaN when none is kept)
 * @param abstainedShare share of predictions below the threshold, 0..1
 */
public record Abstention(double threshold, double keptAccuracy, double abstainedShare) {
}
