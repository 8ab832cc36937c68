package io.casebook;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
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

/** Checks corpora/cases.csv, the shipped case base. */
class CasesCorpusTest {

    static final Path CASES = Path.of("corpora", "cases.csv");
    static final Set<String> RESOLUTIONS = Set.of("answered", "tracking_explained", "awaiting_photos",
            "replacement_sent", "parts_sent", "exchange_sent", "partial_refund", "full_refund", "return_label_sent",
            "kept_with_discount", "order_cancelled", "order_updated", "coupon_offered", "declined", "closed_no_action",
            "unresolved");
    static final List<String> HEADER = List.of("case_id", "date", "channel", "order_id", "sku", "product", "buyer_name",
            "message", "intent", "notes", "reply", "resolution");
    static List<CSVRecord> rows;

    @BeforeAll
    static void read() throws IOException {
        try (Reader r = Files.newBufferedReader(CASES, StandardCharsets.UTF_8)) {
            var parser = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get().parse(r);
            assertEquals(HEADER, parser.getHeaderNames());
            rows = parser.getRecords();
        }
    }

    static String key(String text) {
        return text.toLowerCase(Locale.ROOT).replaceAll("\\W+", " ").strip();
    }

    @Test
    void atLeast500CasesOver40SkusCoveringEveryIntent() {
        assertTrue(rows.size() >= 500, rows.size() + " cases");
        Map<String, Integer> perSku = new HashMap<>();
        Map<String, Integer> perIntent = new HashMap<>();
        Map<String, Integer> perSkuIntent = new HashMap<>();
        for (CSVRecord r : rows) {
            perSku.merge(r.get("sku"), 1, Integer::sum);
            perIntent.merge(r.get("intent"), 1, Integer::sum);
            perSkuIntent.merge(r.get("sku") + "/" + r.get("intent"), 1, Integer::sum);
        }
        assertTrue(perSku.size() >= 40, perSku.size() + " SKUs");
        assertTrue(perSku.values().stream().allMatch(n -> n >= 5), "several cases per SKU: " + perSku);
        assertEquals(new HashSet<>(Taxonomy.INTENTS), perIntent.keySet());
        assertTrue(perSkuIntent.values().stream().filter(n -> n >= 3).count() >= 40,
                "recurring problems: several cases of one SKU and intent");
    }

    @Test
    void everyRowIsWellFormed() {
        Set<String> ids = new HashSet<>();
        Set<String> messages = new HashSet<>();
        Set<String> buyers = new HashSet<>();
        for (CSVRecord r : rows) {
            String where = "line " + r.getParser().getCurrentLineNumber() + " " + r.get("case_id");
            assertTrue(ids.add(r.get("case_id")), "duplicate id " + where);
            assertTrue(messages.add(key(r.get("message"))), "duplicate message " + where);
            assertTrue(buyers.add(r.get("buyer_name")), "a buyer name used twice " + where);
            assertTrue(r.get("date").matches("20\\d\\d-\\d\\d-\\d\\d"), where);
            assertTrue(Set.of("amazon", "ebay", "aliexpress", "shopify", "etsy").contains(r.get("channel")), where);
            assertTrue(Taxonomy.INTENTS.contains(r.get("intent")), where);
            assertTrue(RESOLUTIONS.contains(r.get("resolution")), where + " resolution " + r.get("resolution"));
            assertEquals(r.get("reply").isBlank(), r.get("resolution").equals("unresolved") && r.get("reply").isBlank(),
                    "a case without a reply is unresolved: " + where);
            if (!r.get("reply").isBlank()) {
                String first = r.get("buyer_name").split(" ")[0];
                assertTrue(r.get("reply").lines().findFirst().orElse("").contains(first), "greets the buyer: " + where);
            }
        }
        long noNotes = rows.stream().filter(r -> r.get("notes").isBlank()).count();
        long noReply = rows.stream().filter(r -> r.get("reply").isBlank()).count();
        assertTrue(noNotes > 0 && noNotes < rows.size() / 4, "some cases have no notes: " + noNotes);
        assertTrue(noReply > 0 && noReply < rows.size() / 8, "some cases have no reply: " + noReply);
    }

    @Test
    void theCasesAreNotTheClassifiersTrainingMessages() throws IOException {
        Set<String> training = new HashSet<>();
        try (Reader r = Files.newBufferedReader(Path.of("corpora", "messages.csv"), StandardCharsets.UTF_8)) {
            for (CSVRecord row : CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get().parse(r)) {
                training.add(key(row.get("text")));
            }
        }
        for (CSVRecord r : rows) {
            assertTrue(!training.contains(key(r.get("message"))), "in messages.csv too: " + r.get("case_id"));
        }
    }
}
