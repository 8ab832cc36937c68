package io.casebook.classify;

import java.util.List;

/**
 * Ranks a message by several models at once (casebook's intent and sentiment models), doing the
 * shared work once: the text is normalised into tokens once for models that read it alike, and
 * when the models also compute the same features over the same feature names (as the shipped
 * models do) each feature is computed and looked up once and its row added to every model's
 * sums. The rankings are exactly those of {@link TextClassifier#rank(String)} of each model.
 *
 * <p>Immutable and thread-safe.
 */
public final class MessageClassifier {

    private final List<TextClassifier> models;
    private final boolean sharedTokens;
    private final boolean sharedFeatures;

    public MessageClassifier(List<TextClassifier> models) {
        if (models.isEmpty()) {
            throw new IllegalArgumentException("no models");
        }
        this.models = List.copyOf(models);
        TextClassifier first = this.models.get(0);
        boolean tokens = true;
        boolean features = true;
        for (TextClassifier m : this.models) {
            tokens &= m.seesTextLike(first);
            features &= m.linear() != null && first.linear() != null
                    && m.manifest().features().equals(first.manifest().features())
                    && m.linear().index().sameNames(first.linear().index());
        }
        this.sharedTokens = tokens;
        this.sharedFeatures = tokens && features;
    }

    /** The ranking of {@code text} by each model, in the order the models were given. */
    public Ranking[] rank(String text) {
        Ranking[] out = new Ranking[models.size()];
        if (!sharedTokens) {
            for (int i = 0; i < out.length; i++) {
                out[i] = models.get(i).rank(text);
            }
            return out;
        }
        List<String> tokens = models.get(0).tokens(text);
        if (!sharedFeatures) {
            for (int i = 0; i < out.length; i++) {
                out[i] = models.get(i).rankTokens(tokens);
            }
            return out;
        }
        LinearModel[] linear = new LinearModel[out.length];
        double[][] sums = new double[out.length][];
        for (int i = 0; i < out.length; i++) {
            linear[i] = models.get(i).linear();
            sums[i] = linear[i].newSums();
        }
        FeatureIndex index = linear[0].index();
        models.get(0).extractor().features(tokens, f -> {
            int row = index.find(f);
            if (row >= 0) {
                for (int i = 0; i < linear.length; i++) {
                    linear[i].add(row, sums[i]);
                }
            }
        });
        for (int i = 0; i < out.length; i++) {
            out[i] = models.get(i).ranking(linear[i].normalize(sums[i]));
        }
        return out;
    }
}
