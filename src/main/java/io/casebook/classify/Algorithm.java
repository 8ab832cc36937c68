package io.casebook.classify;

/** The OpenNLP trainers casebook offers. */
public enum Algorithm {
    /** Maximum entropy trained by generalised iterative scaling (OpenNLP {@code MAXENT}). */
    MAXENT("MAXENT"),
    /** Maximum entropy trained by L-BFGS with L2 regularisation (OpenNLP {@code MAXENT_QN}). */
    MAXENT_QN("MAXENT_QN"),
    /** Multinomial naive Bayes (OpenNLP {@code NAIVEBAYES}). */
    NAIVE_BAYES("NAIVEBAYES"),
    /** Averaged perceptron (OpenNLP {@code PERCEPTRON}). */
    PERCEPTRON("PERCEPTRON");

    private final String openNlpName;

    Algorithm(String openNlpName) {
        this.openNlpName = openNlpName;
    }

    String openNlpName() {
        return openNlpName;
    }
}
