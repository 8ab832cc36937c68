package io.casebook;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CasebookTest {

    private static Casebook casebook;

    @BeforeAll
    static void open() {
        casebook = Casebook.open(TestModels.tinyModels());
    }

    @AfterAll
    static void close() {
        casebook.close();
    }

    @Test
    void analysesIntentSentimentAndLanguage() {
        Analysis a = casebook.analyze(new BuyerMessage("42", "Hello, where is my parcel? The tracking shows nothing"));
        assertEquals("42", a.messageId());
        assertEquals("shipping_status", a.intent().label());
        assertEquals("en", a.language());
        assertEquals(2, a.intent().alternatives().size());
        assertTrue(a.intent().confidence() >= a.intent().runnerUp().probability());
        assertTrue(List.of("negative", "neutral", "positive").contains(a.sentiment().label()));
    }

    @Test
    void aLanguageTheModelDoesNotCoverNeedsAHuman() {
        assertEquals(java.util.Set.of("en"), casebook.coveredLanguages(), "the tiny corpus has 6 German rows, fewer than 20");
        Analysis a = casebook.analyze(BuyerMessage.of(
                "Buongiorno, il pacco non è ancora arrivato e il tracciamento non si aggiorna da una settimana."));
        assertEquals("it", a.language());
        assertTrue(a.needsHuman());
        assertTrue(a.reasons().stream().anyMatch(r -> r.contains("language 'it' is not covered")), a.reasons().toString());
    }

    @Test
    void lowConfidenceNeedsAHumanAndSaysWhy() {
        Analysis a = casebook.analyze(BuyerMessage.of("hmm"));
        if (a.intent().confidence() < casebook.intentModel().threshold()) {
            assertTrue(a.needsHuman());
            assertTrue(a.reasons().stream().anyMatch(r -> r.startsWith("intent confidence")), a.reasons().toString());
        }
        Analysis empty = casebook.analyze(BuyerMessage.of("  "));
        assertTrue(empty.needsHuman());
        assertEquals("und", empty.language());
    }

    @Test
    void eightThreadsGetExactlyTheSequentialAnswers() throws Exception {
        List<BuyerMessage> messages = new ArrayList<>();
        String[] texts = {"where is my parcel", "box crushed glass broken", "thanks it arrived", "Wo ist mein Paket",
            "WHERE IS MY ORDER", "lamp arrived broken", "great seller thank you", "tracking not moving"};
        for (int i = 0; i < 400; i++) {
            messages.add(new BuyerMessage(String.valueOf(i), texts[i % texts.length] + " " + i));
        }
        List<Analysis> sequential = messages.stream().map(casebook::analyze).toList();
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Future<Analysis>> futures = new ArrayList<>();
            for (BuyerMessage m : messages) {
                futures.add(pool.submit(() -> casebook.analyze(m)));
            }
            for (int i = 0; i < messages.size(); i++) {
                assertEquals(sequential.get(i), futures.get(i).get());
            }
        } finally {
            pool.shutdown();
        }
    }

    @Test
    void modelInfoTellsWhereTheModelsCameFrom() {
        ModelInfo info = casebook.intentModel();
        assertEquals("intent", info.kind());
        assertEquals(3, info.labels().size());
        assertEquals(64, info.corpusSha256().length());
        assertEquals("sentiment", casebook.sentimentModel().kind());
    }

    @Test
    void aMissingOrWrongModelIsAClearError(@TempDir Path dir) throws Exception {
        CasebookException missing = assertThrows(CasebookException.class, () -> Casebook.open(dir));
        assertTrue(missing.getMessage().contains("intent.model"), missing.getMessage());
        assertThrows(CasebookException.class, () -> Casebook.open(dir.resolve("nowhere")));
        Files.copy(TestModels.tinyModels().resolve("sentiment.model"), dir.resolve("intent.model"));
        Files.copy(TestModels.tinyModels().resolve("sentiment.model"), dir.resolve("sentiment.model"));
        CasebookException swapped = assertThrows(CasebookException.class, () -> Casebook.open(dir));
        assertTrue(swapped.getMessage().contains("this is the sentiment model, not the intent model"), swapped.getMessage());
    }

    @Test
    void theShippedModelsOpenFromTheJar() {
        try (Casebook shipped = Casebook.openDefault()) {
            Analysis a = shipped.analyze(BuyerMessage.of("Really disappointed: the mug arrived smashed and the box was crushed."));
            assertEquals("damaged_in_transit", a.intent().label());
            assertEquals("negative", a.sentiment().label());
            assertEquals(20, shipped.intentModel().labels().size());
            assertFalse(shipped.coveredLanguages().isEmpty());
        }
    }
}
