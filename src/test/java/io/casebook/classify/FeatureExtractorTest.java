package io.casebook.classify;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class FeatureExtractorTest {

    private static List<String> features(FeatureSpec spec, String text) {
        return List.of(new FeatureExtractor(spec).features(text));
    }

    @Test
    void wordsAndBigramsWithinAClause() {
        List<String> f = features(FeatureSpec.WORDS_ONLY.withWordNgrams(2), "item broken. please help");
        assertTrue(f.containsAll(List.of("w:item", "w:broken", "b:item_broken", "b:please_help")), f.toString());
        assertFalse(f.contains("b:broken_please"), "bigrams must not cross a full stop");
    }

    @Test
    void trigramsWhenAsked() {
        assertTrue(features(FeatureSpec.WORDS_ONLY.withWordNgrams(3), "where is it").contains("t:where_is_it"));
        assertFalse(features(FeatureSpec.WORDS_ONLY.withWordNgrams(2), "where is it").contains("t:where_is_it"));
    }

    @Test
    void negationMarksTheFollowingWordsUntilTheClauseEnds() {
        List<String> f = features(FeatureSpec.WORDS_ONLY.withNegation(true), "it does not work, happy now");
        assertTrue(f.contains("w:!work"), f.toString());
        assertFalse(f.contains("w:work"));
        assertTrue(f.contains("w:happy"), "the comma ends the negation's scope");
        assertTrue(features(FeatureSpec.WORDS_ONLY, "it does not work").contains("w:work"));
    }

    @Test
    void characterNgramsAndPrefixesCatchTypos() {
        List<String> f = features(FeatureSpec.WORDS_ONLY.withCharNgrams(3, 4), "recieved");
        assertTrue(f.containsAll(List.of("c:<re", "c:rec", "c:ved>", "c:<rec")), f.toString());
        assertTrue(features(FeatureSpec.WORDS_ONLY.withPrefixLength(5), "recieved").contains("p:recie"));
        assertFalse(features(FeatureSpec.WORDS_ONLY.withPrefixLength(5), "box").contains("p:box"));
    }

    @Test
    void specialTokensGetNoCharacterNgrams() {
        List<String> f = features(FeatureSpec.WORDS_ONLY.withCharNgrams(3, 3), "order 113-4829301-5571234");
        assertTrue(f.contains("w:_orderid_"));
        assertTrue(f.stream().noneMatch(s -> s.startsWith("c:") && s.contains("_")), f.toString());
    }

    @Test
    void lengthBucketAndNeverEmpty() {
        assertTrue(features(FeatureSpec.WORDS_ONLY.withLengthBucket(true), "hi there").contains("len:1-3"));
        assertFalse(features(FeatureSpec.WORDS_ONLY, "").isEmpty());
    }

    @Test
    void specRejectsBadValues() {
        org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class,
                () -> new FeatureSpec(4, 0, 0, 0, false, false, 0, false, false));
        org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class,
                () -> new FeatureSpec(1, 5, 3, 0, false, false, 0, false, false));
        org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class,
                () -> new FeatureSpec(1, 0, 3, 0, false, false, 0, false, false));
    }
}
