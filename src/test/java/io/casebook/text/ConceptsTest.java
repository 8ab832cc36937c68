package io.casebook.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class ConceptsTest {

    private final Concepts concepts = Concepts.standard();

    @Test
    void translationsAndSynonymsShareAConcept() {
        for (String word : List.of("broken", "smashed", "kaputt", "casse", "roto")) {
            assertEquals("broken", concepts.of(word), word);
        }
        for (String word : List.of("refund", "erstattung", "remboursement", "reembolso")) {
            assertEquals("refund", concepts.of(word), word);
        }
    }

    @Test
    void wordsAreWrittenAsTheNormalizerWritesThem() {
        for (String word : List.of("zuruckschicken", "abime", "devolucion")) {
            List<String> tokens = TextNormalizer.standard().tokens(word.equals("zuruckschicken") ? "Zurückschicken"
                    : word.equals("abime") ? "abîmé" : "devolución");
            assertEquals(List.of(word), tokens);
            assertTrue(concepts.of(word) != null, word);
        }
        assertNull(concepts.of("sofa"));
        assertTrue(concepts.size() > 500, "size " + concepts.size());
    }
}
