package io.casebook;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Checks corpora/messages.csv and the demo inbox against the rules in corpora/README.md. */
class CorpusTest {

    static final Path CORPUS = Path.of("corpora", "messages.csv");
    static final Path DEMO = Path.of("corpora", "demo", "inbox.csv");
    static final Path HELD_OUT = Path.of("corpora", "messages-heldout.csv");
    private static final Set<String> STYLES = Set.of("plain", "chat", "terse", "rambling", "non_native", "typos", "no_punct",
            "caps", "formal", "quoted", "relay", "subject", "multi_topic", "sarcasm", "boundary", "misleading");
    private static final Set<String> HARD = Set.of("multi_topic", "sarcasm", "boundary", "misleading");
    private static List<CSVRecord> rows;

    @BeforeAll
    static void read() throws Exception {
        rows = records(CORPUS);
    }

    static List<CSVRecord> records(Path file) throws Exception {
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            return new ArrayList<>(CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get()
                    .parse(reader).getRecords());
        }
    }

    static String normalised(String text) {
        return text.toLowerCase(Locale.ROOT).replaceAll("\\s+", " ").trim();
    }

    @Test
    void hasTheColumnsAndEnoughMessages() {
        assertEquals(List.of("id", "text", "intent", "sentiment", "lang", "style"), rows.get(0).getParser().getHeaderNames());
        assertTrue(rows.size() >= 2400, "at least 2,400 messages, found " + rows.size());
    }

    @Test
    void everyLabelIsValid() {
        rows.forEach(CorpusTest::assertValidRow);
    }

    private static Set<String> normalisedTexts(List<CSVRecord> records) {
        Set<String> out = new HashSet<>();
        records.forEach(r -> out.add(normalised(r.get("text"))));
        return out;
    }

    /** A labelled row has a taxonomy intent and sentiment, a language code, known style tags and a text. */
    private static void assertValidRow(CSVRecord r) {
        String where = "record " + r.getRecordNumber() + " (" + r.get("id") + ")";
        assertTrue(Taxonomy.INTENTS.contains(r.get("intent")), where + ": intent " + r.get("intent"));
        assertTrue(Taxonomy.SENTIMENTS.contains(r.get("sentiment")), where + ": sentiment " + r.get("sentiment"));
        assertTrue(r.get("lang").matches("[a-z]{2}"), where + ": lang " + r.get("lang"));
        for (String tag : r.get("style").split(" ")) {
            assertTrue(STYLES.contains(tag), where + ": style " + tag);
        }
        assertTrue(!r.get("text").isBlank(), where + ": empty text");
    }

    @Test
    void idsAndTextsAreUnique() {
        Set<String> ids = new HashSet<>();
        Set<String> texts = new HashSet<>();
        for (CSVRecord r : rows) {
            assertTrue(ids.add(r.get("id")), "duplicate id " + r.get("id"));
            assertTrue(texts.add(normalised(r.get("text"))), "duplicate text at " + r.get("id"));
        }
    }

    @Test
    void everyIntentHasAtLeastAHundredMessagesAndEverySentimentIsWellRepresented() {
        Map<String, Integer> intents = new HashMap<>();
        Map<String, Integer> sentiments = new HashMap<>();
        for (CSVRecord r : rows) {
            intents.merge(r.get("intent"), 1, Integer::sum);
            sentiments.merge(r.get("sentiment"), 1, Integer::sum);
        }
        for (String intent : Taxonomy.INTENTS) {
            assertTrue(intents.getOrDefault(intent, 0) >= 100, intent + " has " + intents.get(intent));
        }
        for (String sentiment : Taxonomy.SENTIMENTS) {
            assertTrue(sentiments.getOrDefault(sentiment, 0) >= 0.1 * rows.size(), sentiment + " has " + sentiments.get(sentiment));
        }
    }

    @Test
    void atLeastAFifthAreHard() {
        long hard = rows.stream().filter(r -> {
            for (String tag : r.get("style").split(" ")) {
                if (HARD.contains(tag)) {
                    return true;
                }
            }
            return false;
        }).count();
        assertTrue(hard >= rows.size() / 5, "hard messages: " + hard + " of " + rows.size());
    }

    @Test
    void germanFrenchAndSpanishAreThere() {
        for (String lang : List.of("de", "fr", "es")) {
            long n = rows.stream().filter(r -> r.get("lang").equals(lang)).count();
            assertTrue(n >= Casebook.MIN_MESSAGES_PER_LANGUAGE * 3, lang + " has " + n);
        }
    }

    @Test
    void theDemoInboxHasAHundredMessagesNotInTheCorpus() throws Exception {
        List<CSVRecord> demo = records(DEMO);
        assertTrue(demo.size() >= 100, "demo inbox has " + demo.size());
        Set<String> corpus = normalisedTexts(rows);
        for (CSVRecord r : demo) {
            assertTrue(!corpus.contains(normalised(r.get("text"))), "demo message " + r.get("id") + " is in the corpus");
        }
    }

    @Test
    void theHeldOutMessagesAreValidAndNeitherInTheCorpusNorInTheDemoInbox() throws Exception {
        List<CSVRecord> heldOut = records(HELD_OUT);
        assertTrue(heldOut.size() >= 1000, "held-out set has " + heldOut.size());
        Set<String> seen = normalisedTexts(rows);
        seen.addAll(normalisedTexts(records(DEMO)));
        Set<String> own = new HashSet<>();
        for (CSVRecord r : heldOut) {
            assertValidRow(r);
            String text = normalised(r.get("text"));
            assertTrue(!seen.contains(text), HELD_OUT + ": " + r.get("id") + " is also in the corpus or the demo inbox");
            assertTrue(own.add(text), HELD_OUT + ": " + r.get("id") + " is given twice");
        }
    }
}
