package io.casebook.risk;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class AnchorIndexTest {

    private final AnchorIndex index = new AnchorIndex(List.of("review", "view", "star", "étoile", "by ", "review"));

    private static List<Integer> starts(AnchorIndex.Hits hits, boolean[] set) {
        List<Integer> out = new ArrayList<>();
        for (int h = hits.next(set, 0); h >= 0; h = hits.next(set, h + 1)) {
            out.add(hits.start(h));
        }
        return out;
    }

    @Test
    void findsEveryOccurrenceInOrderOfStartInOnePass() {
        String text = "i will review it, 1 star; the view from the review is by far the best star";
        AnchorIndex.Hits hits = index.scan(text);
        assertEquals(List.of(7, 9, 30, 44, 46), starts(hits, index.set(List.of("review", "view"))),
                "a word inside another counts, as with contains(), and hits come in order of start");
        assertEquals(List.of(20, text.lastIndexOf("star")), starts(hits, index.set(List.of("star"))));
        assertEquals(List.of(text.indexOf("by ")), starts(hits, index.set(List.of("by "))));
        assertFalse(hits.any(index.set(List.of("étoile"))));
    }

    @Test
    void matchesAccentedWordsAndSpaces() {
        AnchorIndex.Hits hits = index.scan("une étoile, pas plus, nearby");
        assertEquals(List.of(4), starts(hits, index.set(List.of("étoile"))));
        assertFalse(hits.any(index.set(List.of("by "))), "'by' at the end of the text is not 'by '");
    }

    @Test
    void aRuleWithoutAnchorsMayMatchAnyText() {
        assertNull(index.set(List.of()));
        assertTrue(index.scan("nothing indexed here").any(null));
    }

    @Test
    void duplicatesAreIndexedOnceAndUnknownOrEmptyWordsAreRefused() {
        assertEquals(2, index.scan("review").count(), "review once (listed twice), view once");
        assertThrows(IllegalArgumentException.class, () -> index.set(List.of("claim")));
        assertThrows(IllegalArgumentException.class, () -> new AnchorIndex(List.of("")));
    }

    @Test
    void manyHitsGrowTheBuffers() {
        String text = "star ".repeat(40);
        assertEquals(40, index.scan(text).count());
        assertEquals(0, new AnchorIndex(List.of()).scan(text).count());
    }
}
