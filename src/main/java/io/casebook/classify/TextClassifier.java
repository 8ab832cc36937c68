package io.casebook.classify;

import io.casebook.store.ModelArchive;
import io.casebook.store.ModelFileException;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import opennlp.tools.doccat.DoccatModel;
import opennlp.tools.doccat.DocumentCategorizerME;

/**
 * A trained OpenNLP document categorizer together with the feature spec it was trained with and
 * its manifest. It computes casebook's own features and hands them to OpenNLP's stock
 * bag-of-words generator, so nothing about the features depends on OpenNLP rebuilding feature
 * generators on load.
 *
 * <p>Thread-safety: instances are immutable after construction and {@link #rank(String)} may be
 * called from any number of threads at once. The one {@link DocumentCategorizerME} inside only
 * reads its model: its feature generator is the stateless bag-of-words one, resolved once here
 * on the constructing thread.
 */
public final class TextClassifier {

    /** What OpenNLP's bag-of-words feature generator puts before each of our features. */
    private static final String BAG_OF_WORDS_PREFIX = "bow=";

    private final DoccatModel model;
    private final DocumentCategorizerME categorizer;
    private final FeatureExtractor features;
    private final ModelManifest manifest;
    private final String[] outcomes;
    /** The compiled weights when they score exactly like OpenNLP (maximum-entropy models), else null. */
    private final LinearModel linear;

    TextClassifier(DoccatModel model, ModelManifest manifest) {
        this.model = Objects.requireNonNull(model, "model");
        this.manifest = Objects.requireNonNull(manifest, "manifest");
        this.categorizer = new DocumentCategorizerME(model);
        this.features = new FeatureExtractor(manifest.features());
        this.outcomes = new String[categorizer.getNumberOfCategories()];
        for (int i = 0; i < outcomes.length; i++) {
            outcomes[i] = categorizer.getCategory(i);
        }
        this.linear = compile(model, categorizer);
    }

    /**
     * The model's weights compiled for fast scoring, after checking on the model's own feature
     * names that they give OpenNLP's probabilities bit for bit; null when the model is not a
     * maximum-entropy model or scores differently (another feature generator).
     */
    private static LinearModel compile(DoccatModel model, DocumentCategorizerME categorizer) {
        LinearModel linear = LinearModel.compile(model.getMaxentModel(), BAG_OF_WORDS_PREFIX);
        if (linear == null || linear.index().size() == 0) {
            return null;
        }
        int n = Math.min(64, linear.index().size());
        String[] probe = new String[n];
        for (int i = 0; i < n; i++) {
            probe[i] = linear.index().name((int) ((long) i * linear.index().size() / n));
        }
        for (int len = 1; len <= n; len *= 2) {
            String[] features = Arrays.copyOf(probe, len);
            if (!Arrays.equals(linear.eval(features), categorizer.categorize(features))) {
                return null;
            }
        }
        return linear;
    }

    /** Loads a model file written by {@link #save(Path)}. */
    public static TextClassifier load(Path file) {
        return load(ModelArchive.read(file), file.toString());
    }

    /** Loads a model from a stream (a class-path resource); {@code source} names it in errors. */
    public static TextClassifier load(java.io.InputStream in, String source) {
        return load(ModelArchive.read(in, source), source);
    }

    private static TextClassifier load(ModelArchive archive, String file) {
        ModelManifest manifest;
        try {
            manifest = Json.mapper().readValue(archive.manifestJson(), ModelManifest.class);
        } catch (IOException e) {
            throw new ModelFileException(file + ": the model's manifest cannot be read: " + e.getMessage());
        }
        try {
            return new TextClassifier(new DoccatModel(new ByteArrayInputStream(archive.modelBytes())), manifest);
        } catch (IOException | RuntimeException e) {
            throw new ModelFileException(file + ": the OpenNLP model inside is damaged: " + e.getMessage());
        }
    }

    /** Writes this model to {@code file} atomically: a crash leaves the previous file intact. */
    public void save(Path file) throws IOException {
        new ModelArchive(Json.mapper().writeValueAsBytes(manifest), modelBytes()).write(file);
    }

    byte[] modelBytes() {
        ByteArrayOutputStream buf = new ByteArrayOutputStream();
        try {
            model.serialize(buf);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return buf.toByteArray();
    }

    /** True when both models have the same outcomes, features and weights (OpenNLP's model equality). */
    boolean sameWeights(TextClassifier other) {
        return model.getMaxentModel().equals(other.model.getMaxentModel());
    }

    public ModelManifest manifest() {
        return manifest;
    }

    /** Every label with its probability for {@code text}, best first (ties in label order). */
    public Ranking rank(String text) {
        return rankFeatures(features.features(text));
    }

    /** The normalised tokens of {@code text} as this model sees them (see {@link #rankTokens}). */
    public List<String> tokens(String text) {
        return features.tokens(text);
    }

    /**
     * Like {@link #rank(String)} on tokens already computed by {@link #tokens(String)} of a model
     * that {@link #seesTextLike seesTextLike} this one, so that two models share the work.
     */
    public Ranking rankTokens(List<String> tokens) {
        if (linear == null) {
            return rankFeatures(features.features(tokens));
        }
        double[] sums = linear.newSums();
        FeatureIndex index = linear.index();
        features.features(tokens, f -> linear.add(index.find(f), sums));
        return ranking(linear.normalize(sums));
    }

    /** True when this model's {@link #tokens(String)} gives the same tokens as {@code other}'s. */
    public boolean seesTextLike(TextClassifier other) {
        return manifest.features().buyerTextOnly() == other.manifest.features().buyerTextOnly();
    }

    Ranking rankFeatures(String[] featureTokens) {
        return ranking(linear != null ? linear.eval(featureTokens) : categorizer.categorize(featureTokens));
    }

    /** The compiled weights, or null when this model is scored by OpenNLP. */
    LinearModel linear() {
        return linear;
    }

    FeatureExtractor extractor() {
        return features;
    }

    Ranking ranking(double[] probs) {
        // insertion sort of the outcome numbers: best first, ties in label order (few outcomes)
        int[] order = new int[probs.length];
        for (int i = 0; i < order.length; i++) {
            int o = i;
            int j = i - 1;
            while (j >= 0 && before(o, order[j], probs)) {
                order[j + 1] = order[j];
                j--;
            }
            order[j + 1] = o;
        }
        String[] labels = new String[order.length];
        Double[] values = new Double[order.length];
        for (int i = 0; i < order.length; i++) {
            labels[i] = outcomes[order[i]];
            values[i] = probs[order[i]];
        }
        return new Ranking(Arrays.asList(labels), Arrays.asList(values));
    }

    private boolean before(int a, int b, double[] probs) {
        int c = Double.compare(probs[b], probs[a]);
        return c != 0 ? c < 0 : outcomes[a].compareTo(outcomes[b]) < 0;
    }
}
