package io.casebook.risk;

import com.hankcs.algorithm.AhoCorasickDoubleArrayTrie;
import java.util.Arrays;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * All the anchor words of the risk rules in one Aho-Corasick automaton: one pass over a
 * lower-case text finds every place where one of them starts, instead of one substring search
 * per word and rule. A rule then runs only where its own words occur. Immutable and thread-safe.
 */
final class AnchorIndex {

    private final AhoCorasickDoubleArrayTrie<Integer> automaton = new AhoCorasickDoubleArrayTrie<>();
    private final Map<String, Integer> ids;

    /** An index of {@code words} (duplicates are indexed once). */
    AnchorIndex(Collection<String> words) {
        Map<String, Integer> byWord = new LinkedHashMap<>();
        for (String w : words) {
            if (w.isEmpty()) {
                throw new IllegalArgumentException("an empty anchor word");
            }
            byWord.putIfAbsent(w, byWord.size());
        }
        this.ids = Map.copyOf(byWord);
        if (!byWord.isEmpty()) {
            automaton.build(new TreeMap<>(byWord));
        }
    }

    /**
     * The set of {@code words} as a membership table by word id, to pass to {@link Hits}; null
     * for no words (a rule without anchors).
     */
    boolean[] set(List<String> words) {
        if (words.isEmpty()) {
            return null;
        }
        boolean[] member = new boolean[ids.size()];
        for (String w : words) {
            Integer id = ids.get(w);
            if (id == null) {
                throw new IllegalArgumentException("not an indexed anchor: " + w);
            }
            member[id] = true;
        }
        return member;
    }

    /** Every occurrence of an indexed word in {@code lower}, in order of where it starts. */
    Hits scan(String lower) {
        Hits hits = new Hits();
        if (!ids.isEmpty()) {
            AhoCorasickDoubleArrayTrie.IHit<Integer> record = (begin, end, id) -> hits.add(begin, id);
            automaton.parseText(lower, record);
        }
        hits.sortByStart();
        return hits;
    }

    /** The occurrences of anchor words in one text: where each starts and which word it is. */
    static final class Hits {

        private int[] starts = new int[8];
        private int[] words = new int[8];
        private int count;

        private void add(int start, int word) {
            if (count == starts.length) {
                starts = Arrays.copyOf(starts, count * 2);
                words = Arrays.copyOf(words, count * 2);
            }
            starts[count] = start;
            words[count] = word;
            count++;
        }

        /** Insertion sort: the automaton reports words by where they end, almost in order of start. */
        private void sortByStart() {
            for (int i = 1; i < count; i++) {
                int s = starts[i];
                int w = words[i];
                int j = i - 1;
                while (j >= 0 && starts[j] > s) {
                    starts[j + 1] = starts[j];
                    words[j + 1] = words[j];
                    j--;
                }
                starts[j + 1] = s;
                words[j + 1] = w;
            }
        }

        /** True when one of the words of {@code set} occurs; always true for a null set (no anchors). */
        boolean any(boolean[] set) {
            return set == null || next(set, 0) >= 0;
        }

        /** The first occurrence at or after {@code from} (an occurrence number) of a word of {@code set}, or -1. */
        int next(boolean[] set, int from) {
            for (int i = from; i < count; i++) {
                if (set[words[i]]) {
                    return i;
                }
            }
            return -1;
        }

        /** Where occurrence {@code i} starts in the text. */
        int start(int i) {
            return starts[i];
        }

        int count() {
            return count;
        }
    }
}
