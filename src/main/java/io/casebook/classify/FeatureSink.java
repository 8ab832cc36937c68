package io.casebook.classify;

/**
 * Receives the features of a message one by one, as the {@link FeatureExtractor} computes them.
 * The characters are only valid during the call: a sink that keeps them copies them.
 */
@FunctionalInterface
interface FeatureSink {
    void accept(FeatureText feature);
}
