package io.casebook.classify;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import opennlp.tools.ml.maxent.GISModel;
import opennlp.tools.ml.maxent.quasinewton.QNModel;
import opennlp.tools.ml.model.AbstractModel;
import opennlp.tools.ml.model.Context;
import opennlp.tools.ml.model.MaxentModel;

/**
 * The weights of an OpenNLP maximum-entropy model (quasi-Newton or GIS) laid out in flat arrays
 * for fast scoring: a {@link FeatureIndex} from feature name to row, and per row the weight of
 * every outcome. It computes exactly what the OpenNLP model computes (the same sums in the same
 * order, the same normalisation; a test compares them bit for bit) without OpenNLP's per-call
 * maps and feature strings.
 *
 * <p>A row where at least a third of the outcomes have a weight is stored densely (a weight for every outcome, which
 * the JIT sums with vector instructions); a sparse row, like most character n-grams of the
 * 103-language detector, as outcome ids and weights.
 *
 * <p>Immutable and thread-safe.
 */
final class LinearModel {

    /** A row is stored densely (a weight for every outcome) when at least this share of them is set. */
    private static final double DENSE_ROW_SHARE = 1.0 / 3;

    private enum Normalization { SOFTMAX, GIS }

    private final FeatureIndex index;
    private final int outcomes;
    /** Where each row's weights start in {@link #weights}. */
    private final int[] weightStart;
    /** Where each sparse row's outcome ids start in {@link #outcomeIds} (parallel to its weights); -1 for a dense row. */
    private final int[] idStart;
    private final int[] outcomeIds;
    /** The weights in double precision, or null when they are kept in {@link #floatWeights}. */
    private final double[] weights;
    private final float[] floatWeights;
    private final int weightCount;
    private final Normalization normalization;

    private LinearModel(FeatureIndex index, int outcomes, int[] weightStart, int[] idStart, int[] outcomeIds,
            double[] weights, float[] floatWeights, Normalization normalization) {
        this.index = index;
        this.outcomes = outcomes;
        this.weightStart = weightStart;
        this.idStart = idStart;
        this.outcomeIds = outcomeIds;
        this.weights = weights;
        this.floatWeights = floatWeights;
        this.weightCount = weights != null ? weights.length : floatWeights.length;
        this.normalization = normalization;
    }

    /**
     * The compiled form of {@code model}, keeping only the predicates whose name starts with
     * {@code prefix} (and dropping the prefix: OpenNLP's bag-of-words generator adds
     * {@code "bow="}), or null when the model is not a maximum-entropy model (naive Bayes and
     * perceptron models are scored by OpenNLP).
     */
    static LinearModel compile(MaxentModel model, String prefix) {
        return compile(model, prefix, false);
    }

    /**
     * Like {@link #compile(MaxentModel, String)}; with {@code singlePrecision} the weights are
     * kept as floats (sums stay doubles): half the memory read per feature, which is what limits
     * a model with many outcomes, at the price of probabilities that differ from OpenNLP's in the
     * seventh digit. For the language detector, not for the classifiers.
     */
    static LinearModel compile(MaxentModel model, String prefix, boolean singlePrecision) {
        Normalization normalization;
        if (model instanceof QNModel) {
            normalization = Normalization.SOFTMAX;
        } else if (model instanceof GISModel) {
            normalization = Normalization.GIS;
        } else {
            return null;
        }
        Object[] data = ((AbstractModel) model).getDataStructures();
        Context[] params = (Context[]) data[0];
        Map<?, ?> predicates = (Map<?, ?>) data[1];
        int k = model.getNumOutcomes();
        List<String> names = new ArrayList<>(predicates.size());
        List<Context> rows = new ArrayList<>(predicates.size());
        for (Map.Entry<?, ?> e : predicates.entrySet()) {
            String name = (String) e.getKey();
            if (!name.startsWith(prefix)) {
                continue;
            }
            Context c = e.getValue() instanceof Context ctx ? ctx : params[(Integer) e.getValue()];
            names.add(name.substring(prefix.length()));
            rows.add(c);
        }
        FeatureIndex index = new FeatureIndex(names.toArray(new String[0]));
        int n = rows.size();
        int[] weightStart = new int[n];
        int[] idStart = new int[n];
        long weightCount = 0;
        long idCount = 0;
        for (int r = 0; r < n; r++) {
            int set = rows.get(r).getOutcomes().length;
            weightStart[r] = Math.toIntExact(weightCount);
            if (set >= k * DENSE_ROW_SHARE) {
                idStart[r] = -1;
                weightCount += k;
            } else {
                idStart[r] = Math.toIntExact(idCount);
                weightCount += set;
                idCount += set;
            }
        }
        double[] w = new double[Math.toIntExact(weightCount)];
        int[] ids = new int[Math.toIntExact(idCount)];
        for (int r = 0; r < n; r++) {
            int[] os = rows.get(r).getOutcomes();
            double[] ps = rows.get(r).getParameters();
            for (int j = 0; j < os.length; j++) {
                if (idStart[r] < 0) {
                    w[weightStart[r] + os[j]] = ps[j];
                } else {
                    w[weightStart[r] + j] = ps[j];
                    ids[idStart[r] + j] = os[j];
                }
            }
        }
        float[] single = null;
        if (singlePrecision) {
            single = new float[w.length];
            for (int i = 0; i < w.length; i++) {
                single[i] = (float) w[i];
            }
            w = null;
        }
        return new LinearModel(index, k, weightStart, idStart, ids, w, single, normalization);
    }

    FeatureIndex index() {
        return index;
    }

    int outcomes() {
        return outcomes;
    }

    /** Fresh sums to {@link #add} rows to, as OpenNLP starts them. */
    double[] newSums() {
        double[] sums = new double[outcomes];
        if (normalization == Normalization.GIS) {
            Arrays.fill(sums, Math.log(1.0 / outcomes)); // OpenNLP's uniform prior
        }
        return sums;
    }

    /** Adds the weights of feature row {@code row} to {@code sums}; a negative row is an unknown feature. */
    void add(int row, double[] sums) {
        if (row < 0) {
            return;
        }
        int base = weightStart[row];
        int ids = idStart[row];
        int end = ids < 0 ? base + outcomes : row + 1 < weightStart.length ? weightStart[row + 1] : weightCount;
        if (weights != null) {
            if (ids < 0) {
                for (int o = 0; o < outcomes; o++) {
                    sums[o] += weights[base + o];
                }
            } else {
                for (int j = base; j < end; j++) {
                    sums[outcomeIds[ids++]] += weights[j];
                }
            }
        } else if (ids < 0) {
            for (int o = 0; o < outcomes; o++) {
                sums[o] += floatWeights[base + o];
            }
        } else {
            for (int j = base; j < end; j++) {
                sums[outcomeIds[ids++]] += floatWeights[j];
            }
        }
    }

    /** Turns the sums into probabilities, in place, as the OpenNLP model does. */
    double[] normalize(double[] sums) {
        if (normalization == Normalization.SOFTMAX) {
            double max = sums[0];
            for (int o = 1; o < sums.length; o++) {
                if (max < sums[o]) {
                    max = sums[o];
                }
            }
            double total = 0;
            for (double s : sums) {
                if (s != Double.NEGATIVE_INFINITY) {
                    total += StrictMath.exp(s - max);
                }
            }
            double logSum = max + StrictMath.log(total);
            for (int o = 0; o < sums.length; o++) {
                sums[o] = StrictMath.exp(sums[o] - logSum);
            }
        } else {
            double total = 0;
            for (int o = 0; o < sums.length; o++) {
                sums[o] = StrictMath.exp(sums[o]);
                total += sums[o];
            }
            for (int o = 0; o < sums.length; o++) {
                sums[o] /= total;
            }
        }
        return sums;
    }

    /** The probabilities for features given by name, in order (repeats count again), like {@code MaxentModel.eval}. */
    double[] eval(String[] features) {
        double[] sums = newSums();
        for (String f : features) {
            add(index.find(f), sums);
        }
        return normalize(sums);
    }
}
