package io.casebook.learn;

import io.casebook.classify.Ranking;
import io.casebook.text.TextNormalizer;
import io.casebook.text.Tokens;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.core.WhitespaceTokenizer;
import org.apache.lucene.analysis.minhash.MinHashFilter;
import org.apache.lucene.analysis.shingle.ShingleFilter;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;

/**
 * The order in which {@code casebook label} asks about a seller's messages: those that teach the
 * model most first.
 * <ol>
 * <li><b>Uncertain first.</b> A message's uncertainty is the margin between the model's first and
 * second intent (a small margin: low confidence or a close runner-up).</li>
 * <li><b>Spread over the intents.</b> The queue is dealt in rounds: each round takes, from every
 * intent the model predicts, its most uncertain message left, the intents ordered by that
 * message's margin. Ten messages the model calls {@code return_request} do not come before the
 * first {@code shipping_status} one.</li>
 * <li><b>One of each near-duplicate.</b> Messages whose words (after casebook's normalisation,
 * which replaces order ids, tracking numbers, numbers and so on) are nearly the same are
 * grouped with MinHash over word 3-grams (Lucene's {@code MinHashFilter}, 16 hashes in 4 bands: two
 * messages are grouped when a band is equal, which finds most pairs with 80% of their 3-grams in
 * common); only the most uncertain message of a group is dealt in the rounds, the rest come after
 * every group has had its turn.</li>
 * </ol>
 * Deterministic: ties go to the message that came first in the inbox.
 */
public final class LabelQueue {

    private static final int BANDS = 4;
    private static final int ROWS_PER_BAND = 4;

    private LabelQueue() {
    }

    /** The uncertainty margin of a ranking: first probability minus the second (1 when only one label). */
    public static double margin(Ranking r) {
        return r.probabilities().size() < 2 ? 1 : r.probabilities().get(0) - r.probabilities().get(1);
    }

    /**
     * The order to ask about {@code texts} (indexes into it), given the model's intent
     * {@code rankings} of each.
     */
    public static List<Integer> order(List<String> texts, List<Ranking> rankings) {
        int n = texts.size();
        int[] group = nearDuplicateGroups(texts);
        Comparator<Integer> uncertainFirst = Comparator.<Integer>comparingDouble(i -> margin(rankings.get(i)))
                .thenComparingInt(i -> i);
        // the most uncertain message of each group leads it; the others wait
        Map<Integer, Integer> leader = new HashMap<>();
        for (int i = 0; i < n; i++) {
            Integer l = leader.get(group[i]);
            if (l == null || uncertainFirst.compare(i, l) < 0) {
                leader.put(group[i], i);
            }
        }
        List<Integer> leaders = new ArrayList<>();
        List<Integer> followers = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            (leader.get(group[i]) == i ? leaders : followers).add(i);
        }
        List<Integer> out = new ArrayList<>(n);
        out.addAll(roundRobin(leaders, rankings, uncertainFirst));
        out.addAll(roundRobin(followers, rankings, uncertainFirst));
        return out;
    }

    /** Deals {@code members} in rounds over their predicted intents, most uncertain first. */
    private static List<Integer> roundRobin(List<Integer> members, List<Ranking> rankings, Comparator<Integer> order) {
        Map<String, List<Integer>> byIntent = new LinkedHashMap<>();
        for (int i : members) {
            byIntent.computeIfAbsent(rankings.get(i).best(), k -> new ArrayList<>()).add(i);
        }
        byIntent.values().forEach(l -> l.sort(order));
        List<Integer> out = new ArrayList<>(members.size());
        int round = 0;
        while (out.size() < members.size()) {
            List<Integer> heads = new ArrayList<>();
            for (List<Integer> l : byIntent.values()) {
                if (round < l.size()) {
                    heads.add(l.get(round));
                }
            }
            heads.sort(order);
            out.addAll(heads);
            round++;
        }
        return out;
    }

    /** A group number per text; near-duplicates share one. */
    static int[] nearDuplicateGroups(List<String> texts) {
        int n = texts.size();
        int[] parent = new int[n];
        for (int i = 0; i < n; i++) {
            parent[i] = i;
        }
        Map<String, Integer> firstWithBand = new HashMap<>();
        for (int i = 0; i < n; i++) {
            List<String> hashes = minHashes(texts.get(i));
            for (int b = 0; b * ROWS_PER_BAND < hashes.size() && b < BANDS; b++) {
                String key = b + ":" + String.join(",", hashes.subList(b * ROWS_PER_BAND,
                        Math.min(hashes.size(), (b + 1) * ROWS_PER_BAND)));
                Integer other = firstWithBand.putIfAbsent(key, i);
                if (other != null) {
                    union(parent, i, other);
                }
            }
        }
        int[] group = new int[n];
        for (int i = 0; i < n; i++) {
            group[i] = find(parent, i);
        }
        return group;
    }

    private static List<String> minHashes(String text) {
        StringBuilder words = new StringBuilder();
        for (String t : TextNormalizer.standard().tokens(text)) {
            if (!t.equals(Tokens.BOUNDARY)) {
                words.append(t).append(' ');
            }
        }
        List<String> out = new ArrayList<>(BANDS * ROWS_PER_BAND);
        WhitespaceTokenizer tokenizer = new WhitespaceTokenizer();
        tokenizer.setReader(new StringReader(words.toString()));
        ShingleFilter shingles = new ShingleFilter(tokenizer, 3, 3);
        shingles.setOutputUnigrams(false);
        shingles.setOutputUnigramsIfNoShingles(true);
        try (TokenStream stream = new MinHashFilter(shingles, 1, BANDS * ROWS_PER_BAND, 1, true)) {
            CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
            stream.reset();
            while (stream.incrementToken()) {
                out.add(term.toString());
            }
            stream.end();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out;
    }

    private static int find(int[] parent, int i) {
        while (parent[i] != i) {
            parent[i] = parent[parent[i]];
            i = parent[i];
        }
        return i;
    }

    private static void union(int[] parent, int a, int b) {
        int ra = find(parent, a);
        int rb = find(parent, b);
        if (ra != rb) {
            parent[Math.max(ra, rb)] = Math.min(ra, rb);
        }
    }
}
