package io.casebook.classify;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class ScorerTest {

    private static Scorer.Outcome o(String gold, String predicted, double confidence) {
        return new Scorer.Outcome(gold, predicted, confidence);
    }

    @Test
    void accuracyMacroF1AndConfusion() {
        List<Scorer.Outcome> outcomes = List.of(
                o("a", "a", 0.9), o("a", "a", 0.8), o("a", "b", 0.4), o("b", "b", 0.7), o("b", "a", 0.3), o("c", "c", 0.99));
        Evaluation e = Scorer.evaluate(outcomes, null);
        assertEquals(List.of("a", "b", "c"), e.labels());
        assertEquals(4.0 / 6, e.accuracy(), 1e-9);
        // a: p = 2/3, r = 2/3; b: p = 1/2, r = 1/2; c: 1, 1
        assertEquals((2.0 / 3 + 0.5 + 1) / 3, e.macroF1(), 1e-9);
        assertEquals(List.of(2, 1, 0), e.confusion().get(0));
        assertEquals(List.of(1, 1, 0), e.confusion().get(1));
        assertEquals(3, e.perLabel().get(0).support());
    }

    @Test
    void labelsOnlyPredictedDoNotCountInMacroF1() {
        Evaluation e = Scorer.evaluate(List.of(o("a", "a", 1), o("a", "z", 1)), null);
        assertEquals(List.of("a", "z"), e.labels());
        assertEquals(2 * (1.0 * 0.5) / 1.5, e.macroF1(), 1e-9);
    }

    @Test
    void thresholdIsTheLowestThatReachesTheTarget() {
        List<Scorer.Outcome> outcomes = List.of(
                o("a", "b", 0.2), o("a", "a", 0.3), o("a", "b", 0.35), o("a", "a", 0.6), o("a", "a", 0.7), o("a", "a", 0.9));
        assertEquals(0.6, Scorer.chooseThreshold(outcomes, 1.0), 1e-9);
        assertEquals(0.3, Scorer.chooseThreshold(outcomes, 0.8), 1e-9);
        assertEquals(0.0, Scorer.chooseThreshold(outcomes, 0.6), 1e-9);
        Abstention a = Scorer.abstention(outcomes, 0.6);
        assertEquals(1.0, a.keptAccuracy(), 1e-9);
        assertEquals(0.5, a.abstainedShare(), 1e-9);
    }
}
