package io.casebook.classify;

/** Precision, recall, F1 and support (gold count) of one label. */
public record LabelMetrics(String label, double precision, double recall, double f1, int support) {
}
