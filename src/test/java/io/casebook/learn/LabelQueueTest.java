package io.casebook.learn;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.casebook.classify.Ranking;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class LabelQueueTest {

    private static Ranking r(String best, double p1, String second, double p2) {
        return new Ranking(List.of(best, second), List.of(p1, p2));
    }

    private static final List<String> TEXTS = List.of(
            "does this cream have any side effects",                    // 0 a question three buyers ask
            "any side effects of this cream?",                          // 1
            "side effects of the cream",                                // 2
            "my parcel has not moved for a week where is it",           // 3 a one-off, very unsure
            "can I pay with a gift card",                               // 4 a one-off, sure
            "does this come in blue",                                   // 5 one-offs sharing common words
            "have you got the charger for this",                        // 6
            "is the price of this with delivery",                       // 7
            "can I have it by friday");                                 // 8

    private static final List<Ranking> RANKINGS = List.of(
            r("product_question", 0.40, "usage_help", 0.30),
            r("product_question", 0.45, "usage_help", 0.30),
            r("other", 0.50, "product_question", 0.20),
            r("shipping_status", 0.36, "not_received", 0.34),
            r("payment_issue", 0.90, "other", 0.05),
            r("product_question", 0.90, "other", 0.05),
            r("product_question", 0.85, "other", 0.05),
            r("product_question", 0.80, "other", 0.05),
            r("shipping_status", 0.70, "other", 0.20));

    @Test
    void paraphrasesAreCloseAndDifferentQuestionsAreNot() {
        InboxSimilarity s = InboxSimilarity.of(TEXTS);
        assertTrue(contains(s.close(0), 1), "two wordings of the side-effects question are close");
        assertFalse(contains(s.close(0), 3));
        assertFalse(contains(s.close(3), 4));
        assertTrue(s.density(0) > s.density(4), "a question asked three times is denser than a one-off");
    }

    @Test
    void asksTheUncertainQuestionManyAskFirstThenOneOfEachGroup() {
        List<Integer> order = LabelQueue.order(TEXTS, RANKINGS);
        assertEquals(TEXTS.size(), order.size());
        int first = order.get(0);
        assertTrue(first == 0 || first == 1, "an uncertain message of the crowded side-effects group first: " + order);
        // the one-off unsure parcel question comes before the other side-effect wordings, which are close to the first
        int sideEffectsAgain = order.indexOf(first == 0 ? 1 : 0);
        assertTrue(order.indexOf(3) < sideEffectsAgain, order.toString());
        assertEquals(List.copyOf(order), LabelQueue.order(TEXTS, RANKINGS), "deterministic");
    }

    @Test
    void messagesCloseToAnAnsweredOneWaitWhileTheModelGivesThemItsIntent() {
        LabelQueue queue = LabelQueue.of(TEXTS);
        String[] answers = new String[TEXTS.size()];
        answers[0] = "product_question";
        List<Ranking> rankings = new ArrayList<>(RANKINGS);
        rankings.set(0, null);
        List<Integer> order = queue.order(rankings, answers);
        assertEquals(TEXTS.size() - 1, order.size());
        assertFalse(order.contains(0), "answered messages are not asked again");
        assertTrue(order.indexOf(3) < order.indexOf(1),
                "1 is close to 0, answered with the intent the model gives 1, so it waits: " + order);

        // the seller said usage_help, and the model still calls 1 product_question: asking about it teaches
        answers[0] = "usage_help";
        order = queue.order(rankings, answers);
        assertTrue(order.indexOf(1) < order.indexOf(3), order.toString());

        // a skipped message's neighbours wait whatever the model says
        answers[0] = "";
        order = queue.order(rankings, answers);
        assertTrue(order.indexOf(3) < order.indexOf(1), order.toString());
        assertThrows(IllegalArgumentException.class, () -> queue.order(RANKINGS.subList(0, 2), answers));
    }

    @Test
    void theMarginIsTheGapBetweenTheFirstTwoIntents() {
        assertEquals(0.10, LabelQueue.margin(RANKINGS.get(0)), 1e-9);
        assertEquals(1, LabelQueue.margin(new Ranking(List.of("thanks"), List.of(1.0))), 1e-9);
    }

    private static boolean contains(int[] a, int v) {
        for (int x : a) {
            if (x == v) {
                return true;
            }
        }
        return false;
    }
}
