package io.casebook.learn;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.casebook.classify.Ranking;
import java.util.List;
import org.junit.jupiter.api.Test;

class LabelQueueTest {

    private static Ranking r(String best, double p1, String second, double p2) {
        return new Ranking(List.of(best, second), List.of(p1, p2));
    }

    @Test
    void nearDuplicatesShareAGroupAndDifferentMessagesDoNot() {
        List<String> texts = List.of(
                "Hello, where is my order 113-4829301-5571234? It has not arrived yet and I need it by Friday please",
                "Hello, where is my order 114-1111111-2222222? It has not arrived yet and I need it by Friday please",
                "The lamp arrived with a cracked shade, I want a replacement or my money back");
        int[] g = LabelQueue.nearDuplicateGroups(texts);
        assertEquals(g[0], g[1], "the same template with another order id");
        assertNotEquals(g[0], g[2]);
    }

    @Test
    void asksUncertainMessagesFirstSpreadOverIntentsOneOfEachNearDuplicate() {
        String dup = "can I return the shoes they are too small, what is your return address please";
        List<String> texts = List.of(
                dup + " thanks",                                        // 0 return_request, unsure
                dup + " thanks!",                                       // 1 near-duplicate of 0, even more unsure
                "where is my package it was due monday",                // 2 shipping_status, sure
                "my parcel tracking has not moved for a week",          // 3 shipping_status, unsure
                "the kettle stopped heating after two days",            // 4 defective, fairly sure
                "do you ship to norway and how long does it take");     // 5 product_question, very unsure
        List<Ranking> rankings = List.of(
                r("return_request", 0.50, "refund_request", 0.40),
                r("return_request", 0.45, "refund_request", 0.44),
                r("shipping_status", 0.95, "not_received", 0.03),
                r("shipping_status", 0.52, "not_received", 0.46),
                r("defective", 0.80, "damaged_in_transit", 0.10),
                r("product_question", 0.35, "shipping_status", 0.33));
        List<Integer> order = LabelQueue.order(texts, rankings);
        assertEquals(6, order.size());
        // first round: one per predicted intent, most uncertain first; the near-duplicate 0 waits for the end
        assertEquals(List.of(1, 5, 3, 4), order.subList(0, 4));
        assertEquals(2, order.get(4), "the second shipping_status message in the second round");
        assertEquals(0, order.get(5), "near-duplicates last");
        assertTrue(LabelQueue.margin(rankings.get(1)) < LabelQueue.margin(rankings.get(0)));
    }
}
