package io.casebook.learn;

import io.casebook.classify.Ranking;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

/**
 * The order in which {@code casebook label} asks about a seller's messages: those that teach the
 * model most first.
 * <ol>
 * <li><b>Uncertain.</b> A message's uncertainty is one minus the margin between the model's first
 * and second intent: a small margin is low confidence or a close runner-up.</li>
 * <li><b>Typical.</b> The uncertainty is multiplied by the message's density in the inbox (the mean
 * cosine of its five most similar messages, {@link InboxSimilarity}): a question many buyers ask
 * in their own words comes before an odd one-off, because its label teaches the model about all
 * of them.</li>
 * <li><b>Spread.</b> Messages are taken best first, but never one that is close (cosine above 0.5)
 * to a message already taken: one of each near-duplicate and of each paraphrase cluster, so the
 * queue spreads over the seller's topics (and so over the intents) instead of asking ten copies of
 * the same question. A message close to one already answered waits too, while the model gives it
 * the intent of that answer (it has learned the group); when the model still calls it something
 * else, it is asked. When every message left is close to one taken, a new pass starts over what
 * is left, with the same rule.</li>
 * </ol>
 * The density and the close pairs depend only on the texts and are computed once ({@link #of});
 * the order is recomputed as the model and the answers change. Deterministic: ties go to the
 * message that came first in the inbox.
 */
public final class LabelQueue {

    private static final double MIN_DENSITY = 1e-3;

    private final InboxSimilarity similarity;

    private LabelQueue(InboxSimilarity similarity) {
        this.similarity = similarity;
    }

    /** A queue over the messages {@code texts} of one inbox (the answered ones included). */
    public static LabelQueue of(List<String> texts) {
        return new LabelQueue(InboxSimilarity.of(texts));
    }

    /** The order to ask about {@code texts} (indexes into it) when none is answered yet. */
    public static List<Integer> order(List<String> texts, List<Ranking> rankings) {
        return of(texts).order(rankings, new String[texts.size()]);
    }

    /** The uncertainty margin of a ranking: first probability minus the second (1 when only one label). */
    public static double margin(Ranking r) {
        return r.probabilities().size() < 2 ? 1 : r.probabilities().get(0) - r.probabilities().get(1);
    }

    /**
     * The messages not yet answered, in the order to ask about them.
     *
     * @param rankings the model's intent ranking of every message (may be null for answered ones)
     * @param answers  per message: null when not answered yet, else the intent the seller gave
     *                 (empty when the seller skipped it)
     * @return indexes into the inbox
     */
    public List<Integer> order(List<Ranking> rankings, String[] answers) {
        int n = similarity.size();
        if (rankings.size() != n || answers.length != n) {
            throw new IllegalArgumentException("rankings and answers must cover the inbox's " + n + " messages");
        }
        double[] score = new double[n];
        List<Integer> waiting = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            if (answers[i] == null) {
                score[i] = (1 - margin(rankings.get(i))) * Math.max(similarity.density(i), MIN_DENSITY);
                waiting.add(i);
            }
        }
        waiting.sort(Comparator.<Integer>comparingDouble(i -> -score[i]).thenComparingInt(i -> i));
        // a message close to an answered one waits while the model gives it the answer's intent (it has
        // learned that group); one the model still calls something else is worth asking
        boolean[] blocked = new boolean[n];
        for (int a = 0; a < n; a++) {
            if (answers[a] != null) {
                for (int j : similarity.close(a)) {
                    if (answers[j] == null && (answers[a].isEmpty() || rankings.get(j).best().equals(answers[a]))) {
                        blocked[j] = true;
                    }
                }
            }
        }
        List<Integer> out = new ArrayList<>(waiting.size());
        while (!waiting.isEmpty()) {
            List<Integer> later = new ArrayList<>();
            for (int i : waiting) {
                if (blocked[i]) {
                    later.add(i);
                } else {
                    out.add(i);
                    block(blocked, i);
                }
            }
            waiting = later;
            Arrays.fill(blocked, false);
        }
        return out;
    }

    private void block(boolean[] blocked, int i) {
        for (int j : similarity.close(i)) {
            blocked[j] = true;
        }
    }
}
