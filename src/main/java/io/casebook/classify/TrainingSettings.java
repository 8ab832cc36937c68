package io.casebook.classify;

import java.util.Objects;

/**
 * How one classifier is trained.
 *
 * @param algorithm  the OpenNLP trainer
 * @param features   the features computed from each message
 * @param iterations training iterations (ignored by naive Bayes)
 * @param cutoff     features seen fewer times than this are dropped (OpenNLP's default of 5 is
 *                   far too high for short messages; 1 keeps everything)
 * @param l1         L1 regularisation cost for {@link Algorithm#MAXENT_QN}
 * @param l2         L2 regularisation cost for {@link Algorithm#MAXENT_QN}
 * @param threads    training threads (GIS and QN use them; the result does not depend on them)
 * @param folds      folds of the stratified cross-validation run before training
 * @param seed       seed of the fold assignment; the same seed and data give the same model
 * @param targetAccuracy the accuracy the needs-human threshold aims for on the predictions it keeps
 */
public record TrainingSettings(Algorithm algorithm, FeatureSpec features, int iterations, int cutoff,
                               double l1, double l2, int threads, int folds, long seed, double targetAccuracy) {

    /** The settings of the shipped models. */
    public static final TrainingSettings DEFAULT =
            new TrainingSettings(Algorithm.MAXENT_QN, FeatureSpec.DEFAULT, 100, 2, 0.0, 0.3, 2, 5, 42L, 0.90);

    public TrainingSettings {
        Objects.requireNonNull(algorithm, "algorithm");
        Objects.requireNonNull(features, "features");
        if (iterations < 1) {
            throw new IllegalArgumentException("iterations must be at least 1, was " + iterations);
        }
        if (cutoff < 0) {
            throw new IllegalArgumentException("cutoff must be 0 or more, was " + cutoff);
        }
        if (l1 < 0 || l2 < 0) {
            throw new IllegalArgumentException("l1 and l2 must be 0 or more, were " + l1 + ", " + l2);
        }
        if (threads < 1) {
            throw new IllegalArgumentException("threads must be at least 1, was " + threads);
        }
        if (folds != 0 && folds < 2) {
            throw new IllegalArgumentException("folds must be 0 (no cross-validation) or at least 2, was " + folds);
        }
        if (targetAccuracy <= 0 || targetAccuracy > 1) {
            throw new IllegalArgumentException("target accuracy must be in (0, 1], was " + targetAccuracy);
        }
    }

    public TrainingSettings withAlgorithm(Algorithm a) {
        return new TrainingSettings(a, features, iterations, cutoff, l1, l2, threads, folds, seed, targetAccuracy);
    }

    public TrainingSettings withFeatures(FeatureSpec f) {
        return new TrainingSettings(algorithm, f, iterations, cutoff, l1, l2, threads, folds, seed, targetAccuracy);
    }

    public TrainingSettings withIterations(int n) {
        return new TrainingSettings(algorithm, features, n, cutoff, l1, l2, threads, folds, seed, targetAccuracy);
    }

    public TrainingSettings withCutoff(int c) {
        return new TrainingSettings(algorithm, features, iterations, c, l1, l2, threads, folds, seed, targetAccuracy);
    }

    public TrainingSettings withL1(double cost) {
        return new TrainingSettings(algorithm, features, iterations, cutoff, cost, l2, threads, folds, seed, targetAccuracy);
    }

    public TrainingSettings withL2(double cost) {
        return new TrainingSettings(algorithm, features, iterations, cutoff, l1, cost, threads, folds, seed, targetAccuracy);
    }

    public TrainingSettings withThreads(int t) {
        return new TrainingSettings(algorithm, features, iterations, cutoff, l1, l2, t, folds, seed, targetAccuracy);
    }

    public TrainingSettings withFolds(int k) {
        return new TrainingSettings(algorithm, features, iterations, cutoff, l1, l2, threads, k, seed, targetAccuracy);
    }

    public TrainingSettings withSeed(long s) {
        return new TrainingSettings(algorithm, features, iterations, cutoff, l1, l2, threads, folds, s, targetAccuracy);
    }

    public TrainingSettings withTargetAccuracy(double t) {
        return new TrainingSettings(algorithm, features, iterations, cutoff, l1, l2, threads, folds, seed, t);
    }
}
