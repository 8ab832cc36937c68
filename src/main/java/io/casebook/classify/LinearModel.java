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
 * <p>A row where at least a third of the outcomes have a weight is stored densely (a weight for
 * every outcome, which the JIT sums with vector instructions); a sparse row, like most character
 * n-grams of the 103-language detector, as outcome ids and weights. Scoring is bound by memory,
 * not arithmetic (the language detector's weights alone are several megabytes), so a row is laid
 * out to be read with as few cache misses as possible: when every row is dense, row {@code r}
 * simply starts at {@code r * outcomes}; otherwise one array of row starts tells where each row
 * begins and, from the next start, its length; a sparse weight's outcome id sits at the weight's
 * own position in a parallel array.
 *
 * <p>Immutable and thread-safe.
 */
final class LinearModel {

    /** A row is stored densely (a weight for every outcome) when at least this share of them is set. */
    private static final double DENSE_ROW_SHARE = 1.0 / 3;
    /** Models with more outcomes than this are left to OpenNLP (an outcome id is kept in a byte). */
    static final int MAX_OUTCOMES = 256;

    private enum Normalization { SOFTMAX, GIS }

    private final FeatureIndex index;
    private final int outcomes;
    /**
     * Where each row starts in {@link #weights} or {@link #floatWeights}, with one more entry for the
     * end; null when every row is dense (row r starts at r * outcomes). A row as long as
     * {@link #outcomes} is dense; a shorter one is sparse.
     */
    private final int[] rowStart;
    /** Double precision: the weights, dense rows by outcome, sparse rows in the order of {@link #outcomeIds}. */
    private final double[] weights;
    /** Single precision: the weights laid out as {@link #weights} would be. */
    private final float[] floatWeights;
    /**
     * Each sparse weight's outcome (as an unsigned byte: a compiled model has at most
     * {@value #MAX_OUTCOMES} outcomes), at the weight's own position (unused for dense rows); null
     * when all rows are dense.
     */
    private final byte[] outcomeIds;
    private final Normalization normalization;

    private LinearModel(FeatureIndex index, int outcomes, int[] rowStart, double[] weights, float[] floatWeights,
            byte[] outcomeIds, Normalization normalization) {
        this.index = index;
        this.outcomes = outcomes;
        this.rowStart = rowStart;
        this.weights = weights;
        this.floatWeights = floatWeights;
        this.outcomeIds = outcomeIds;
        this.normalization = normalization;
    }

    /**
     * The compiled form of {@code model}, keeping only the predicates whose name starts with
     * {@code prefix} (and dropping the prefix: OpenNLP's bag-of-words generator adds
     * {@code "bow="}), or null when the model is not a maximum-entropy model (naive Bayes and
     * perceptron models are scored by OpenNLP, and so are models of more than {@value #MAX_OUTCOMES}
     * outcomes).
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
        if (k > MAX_OUTCOMES) {
            return null;
        }
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
        int[] start = new int[n + 1];
        boolean allDense = true;
        long length = 0;
        for (int r = 0; r < n; r++) {
            int set = rows.get(r).getOutcomes().length;
            start[r] = Math.toIntExact(length);
            boolean dense = set >= k * DENSE_ROW_SHARE;
            allDense &= dense;
            length += dense ? k : set;
        }
        start[n] = Math.toIntExact(length);
        int size = Math.toIntExact(length);
        double[] w = singlePrecision ? null : new double[size];
        float[] single = singlePrecision ? new float[size] : null;
        byte[] ids = allDense ? null : new byte[size];
        for (int r = 0; r < n; r++) {
            int[] os = rows.get(r).getOutcomes();
            double[] ps = rows.get(r).getParameters();
            boolean dense = os.length >= k * DENSE_ROW_SHARE;
            for (int j = 0; j < os.length; j++) {
                int at = dense ? start[r] + os[j] : start[r] + j;
                if (singlePrecision) {
                    single[at] = (float) ps[j];
                } else {
                    w[at] = ps[j];
                }
                if (!dense) {
                    ids[at] = (byte) os[j];
                }
            }
        }
        return new LinearModel(index, k, allDense ? null : start, w, single, ids, normalization);
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
        if (rowStart == null) {
            int base = row * outcomes;
            if (weights != null) {
                for (int o = 0; o < outcomes; o++) {
                    sums[o] += weights[base + o];
                }
            } else {
                addDenseFloats(base, sums);
            }
            return;
        }
        int base = rowStart[row];
        int end = rowStart[row + 1];
        if (end - base == outcomes) {
            if (weights != null) {
                for (int o = 0; o < outcomes; o++) {
                    sums[o] += weights[base + o];
                }
            } else {
                addDenseFloats(base, sums);
            }
        } else if (weights != null) {
            for (int j = base; j < end; j++) {
                sums[outcomeIds[j] & 0xff] += weights[j];
            }
        } else {
            for (int j = base; j < end; j++) {
                sums[outcomeIds[j] & 0xff] += floatWeights[j];
            }
        }
    }

    private void addDenseFloats(int base, double[] sums) {
        for (int o = 0; o < outcomes; o++) {
            sums[o] += floatWeights[base + o];
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
