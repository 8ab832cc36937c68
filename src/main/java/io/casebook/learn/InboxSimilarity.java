package io.casebook.learn;

import io.casebook.text.TextNormalizer;
import io.casebook.text.Tokens;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * How alike the messages of one inbox are: TF-IDF vectors of their words (casebook's
 * normalisation, each word cut to its first {@value #PREFIX} letters so that "effect",
 * "effects" and "efects" meet), compared by cosine. Computed once per inbox for
 * {@link LabelQueue}: each message's density (the mean cosine of its {@value #NEIGHBOURS}
 * most similar messages) and its close neighbours (cosine above {@value #CLOSE}).
 *
 * <p>Dot products are summed through an inverted index, so only messages that share a word are
 * compared. Words found in more than {@value #COMMON} messages carry little weight and have long
 * lists: they are left out of the search for pairs, but their part of the cosine of the pairs
 * found through other words is added, so those cosines are exact. Only pairs that share nothing
 * but such common words are missed, which happens only in inboxes of thousands of messages.
 */
final class InboxSimilarity {

    static final int PREFIX = 5;
    static final int NEIGHBOURS = 5;
    static final double CLOSE = 0.5;
    static final int COMMON = 1000;

    private final double[] density;
    private final int[][] close;

    private InboxSimilarity(double[] density, int[][] close) {
        this.density = density;
        this.close = close;
    }

    /** The similarities within {@code texts}. */
    static InboxSimilarity of(List<String> texts) {
        int n = texts.size();
        List<Map<String, Integer>> counts = new ArrayList<>(n);
        Map<String, Integer> df = new HashMap<>();
        for (String text : texts) {
            Map<String, Integer> tf = new HashMap<>();
            for (String token : TextNormalizer.standard().tokens(text)) {
                if (isWord(token)) {
                    tf.merge(token.length() > PREFIX ? token.substring(0, PREFIX) : token, 1, Integer::sum);
                }
            }
            counts.add(tf);
            tf.keySet().forEach(w -> df.merge(w, 1, Integer::sum));
        }
        Map<String, Integer> termIds = new HashMap<>();
        int[][] terms = new int[n][];
        double[][] weights = new double[n][];
        for (int i = 0; i < n; i++) {
            Map<String, Integer> tf = counts.get(i);
            String[] words = tf.keySet().toArray(new String[0]);
            Arrays.sort(words);
            for (String w : words) {
                termIds.computeIfAbsent(w, x -> termIds.size());
            }
            // sorted by term id, for the merge in cosine()
            Arrays.sort(words, (x, y) -> Integer.compare(termIds.get(x), termIds.get(y)));
            terms[i] = new int[words.length];
            weights[i] = new double[words.length];
            double norm = 0;
            for (int k = 0; k < words.length; k++) {
                terms[i][k] = termIds.get(words[k]);
                double w = (1 + Math.log(tf.get(words[k]))) * Math.log((1.0 + n) / (1 + df.get(words[k])));
                weights[i][k] = w;
                norm += w * w;
            }
            double length = Math.sqrt(norm);
            for (int k = 0; k < words.length && length > 0; k++) {
                weights[i][k] /= length;
            }
        }
        int common = COMMON;
        int[] postingSize = new int[termIds.size()];
        for (int[] t : terms) {
            for (int id : t) {
                postingSize[id]++;
            }
        }
        int[][] postings = new int[termIds.size()][];
        double[][] postingWeights = new double[termIds.size()][];
        for (int id = 0; id < postings.length; id++) {
            boolean searched = postingSize[id] <= common;
            postings[id] = new int[searched ? postingSize[id] : 0];
            postingWeights[id] = new double[searched ? postingSize[id] : 0];
        }
        int[] fill = new int[termIds.size()];
        for (int i = 0; i < n; i++) {
            for (int k = 0; k < terms[i].length; k++) {
                int id = terms[i][k];
                if (postings[id].length > 0) {
                    postings[id][fill[id]] = i;
                    postingWeights[id][fill[id]++] = weights[i][k];
                }
            }
        }
        // the common words of each message, to add their part to the dot products found through the others
        int[][] commonTerms = new int[n][];
        double[] commonNorm = new double[n];
        double[][] commonWeights = new double[n][];
        for (int i = 0; i < n; i++) {
            int c = 0;
            for (int id : terms[i]) {
                c += postings[id].length == 0 ? 1 : 0;
            }
            commonTerms[i] = new int[c];
            commonWeights[i] = new double[c];
            c = 0;
            for (int k = 0; k < terms[i].length; k++) {
                if (postings[terms[i][k]].length == 0) {
                    commonTerms[i][c] = terms[i][k];
                    commonWeights[i][c++] = weights[i][k];
                    commonNorm[i] += weights[i][k] * weights[i][k];
                }
            }
            commonNorm[i] = Math.sqrt(commonNorm[i]);
        }
        double[] dot = new double[n];
        boolean[] seen = new boolean[n];
        int[] touched = new int[n];
        double[] density = new double[n];
        int[][] close = new int[n][];
        for (int i = 0; i < n; i++) {
            int touchedCount = 0;
            for (int k = 0; k < terms[i].length; k++) {
                int id = terms[i][k];
                int[] docs = postings[id];
                double[] w = postingWeights[id];
                double wi = weights[i][k];
                for (int p = 0; p < docs.length; p++) {
                    int j = docs[p];
                    if (j == i) {
                        continue;
                    }
                    if (!seen[j]) {
                        seen[j] = true;
                        dot[j] = 0;
                        touched[touchedCount++] = j;
                    }
                    dot[j] += wi * w[p];
                }
            }
            double[] best = new double[NEIGHBOURS];
            List<Integer> near = new ArrayList<>();
            for (int t = 0; t < touchedCount; t++) {
                int j = touched[t];
                seen[j] = false;
                // the common words add at most the product of their norms: skip pairs that cannot count
                double upper = dot[j] + commonNorm[i] * commonNorm[j];
                if (upper <= CLOSE && upper <= best[NEIGHBOURS - 1]) {
                    continue;
                }
                double c = dot[j] + cosine(commonTerms[i], commonWeights[i], commonTerms[j], commonWeights[j]);
                if (c > CLOSE) {
                    near.add(j);
                }
                if (c > best[NEIGHBOURS - 1]) {
                    int at = NEIGHBOURS - 1;
                    while (at > 0 && best[at - 1] < c) {
                        best[at] = best[at - 1];
                        at--;
                    }
                    best[at] = c;
                }
            }
            density[i] = Arrays.stream(best).sum() / NEIGHBOURS;
            close[i] = near.stream().mapToInt(Integer::intValue).sorted().toArray();
        }
        return new InboxSimilarity(density, close);
    }

    /** The mean cosine of message {@code i}'s most similar messages: high in a crowd of alike ones. */
    double density(int i) {
        return density[i];
    }

    /** The messages whose cosine with message {@code i} is above {@value #CLOSE}, in inbox order. */
    int[] close(int i) {
        return close[i];
    }

    int size() {
        return density.length;
    }

    private static double cosine(int[] ta, double[] wa, int[] tb, double[] wb) {
        double sum = 0;
        int a = 0;
        int b = 0;
        while (a < ta.length && b < tb.length) {
            if (ta[a] == tb[b]) {
                sum += wa[a++] * wb[b++];
            } else if (ta[a] < tb[b]) {
                a++;
            } else {
                b++;
            }
        }
        return sum;
    }

    private static boolean isWord(String token) {
        return !token.isEmpty() && !Tokens.isSpecial(token) && !token.equals(Tokens.BOUNDARY)
                && (token.length() > 1 || Character.isLetterOrDigit(token.charAt(0)));
    }
}
