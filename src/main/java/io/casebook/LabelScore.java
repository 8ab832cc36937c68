package io.casebook;

/** A label with the classifier's probability for it. */
public record LabelScore(String label, double probability) {
}
