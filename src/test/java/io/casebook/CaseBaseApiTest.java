package io.casebook;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.casebook.entity.Entity;
import io.casebook.entity.EntityFinder;
import io.casebook.entity.EntityType;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The case base through the public API, on the shipped cases (corpora/cases.csv, in memory). */
class CaseBaseApiTest {

    static Casebook casebook;
    static List<PastCase> shipped;

    @BeforeAll
    static void open() {
        casebook = Casebook.builder().models(TestModels.tinyModels()).build();
        shipped = new ArrayList<>();
        CaseBaseInfo info = casebook.caseBase();
        assertTrue(info.builtFromShipped());
        assertTrue(info.cases() >= 500, "the shipped case base has " + info.cases() + " cases");
        for (String sku : skus()) {
            shipped.addAll(casebook.pastCases(new PastCasesQuery(sku, false, "", null, "", 1000)));
        }
        assertEquals(info.cases(), shipped.size(), "every shipped case has a SKU");
    }

    static Set<String> skus() {
        return Set.copyOf(io.casebook.cases.CaseIndexTestAccess.skusOf(Path.of("corpora/cases.csv")));
    }

    @AfterAll
    static void close() {
        casebook.close();
    }

    /**
     * The draft-safety test: a draft for one buyer made from any other buyer's case never carries
     * that buyer's name, order id or tracking numbers.
     */
    @Test
    void noOtherBuyersNameOrderIdOrTrackingNumberSurvivesInADraft() {
        EntityFinder finder = EntityFinder.standard();
        int drafts = 0;
        List<String> leaks = new ArrayList<>();
        for (int i = 0; i < shipped.size(); i++) {
            PastCase precedent = shipped.get(i);
            if (precedent.reply().isBlank()) {
                continue;
            }
            PastCase target = shipped.get((i + 37) % shipped.size());
            if (target.buyerName().equals(precedent.buyerName())) {
                continue;
            }
            // once with everything known, once with nothing known but the text
            for (BuyerMessage m : List.of(
                    BuyerMessage.of(target.message()).withBuyerName(target.buyerName()).withOrderId(target.orderId())
                            .withSku(target.sku()),
                    BuyerMessage.of("hello, about my order"))) {
                Draft d = casebook.draftReply(m, new Precedent(precedent, 1, false, false, List.of()), "Agent Smith");
                drafts++;
                String text = d.text();
                Set<String> allowed = Set.of(target.buyerName().split("[\\s,]+"));
                for (String part : precedent.buyerName().split("[\\s,.]+")) {
                    if (part.length() >= 3 && !allowed.contains(part) && !part.matches("(?i)mr|mrs|ms|dr")
                            && Pattern.compile("(?<![\\p{L}])" + Pattern.quote(part) + "(?![\\p{L}])").matcher(text).find()) {
                        leaks.add(precedent.caseId() + ": name '" + part + "'");
                    }
                }
                List<String> foreign = new ArrayList<>();
                if (!precedent.orderId().isEmpty() && !precedent.orderId().equals(target.orderId())) {
                    foreign.add(precedent.orderId());
                }
                for (Entity e : finder.find(precedent.reply() + "\n" + precedent.message())) {
                    if ((e.type() == EntityType.TRACKING_NUMBER || e.type() == EntityType.ORDER_ID)
                            && !target.message().contains(e.value()) && !e.value().equals(target.orderId())) {
                        foreign.add(e.value());
                    }
                }
                for (String f : foreign) {
                    if (text.contains(f)) {
                        leaks.add(precedent.caseId() + ": '" + f + "'");
                    }
                }
            }
        }
        assertTrue(drafts > 800, "drafts made: " + drafts);
        assertTrue(leaks.isEmpty(), leaks.size() + " leaks: " + leaks);
    }

    @Test
    void precedentsOfAKnownSkuAndIntentComeFromThatSkuAndIntent() {
        BuyerMessage m = BuyerMessage.of("the glass shade of my desk lamp came smashed to pieces").withSku("LMP-DESK-QI");
        List<Precedent> found = casebook.precedents(m, "damaged_in_transit", 3);
        assertEquals(3, found.size());
        for (Precedent p : found) {
            assertTrue(p.sameSku() && p.sameIntent(), p.reason());
            assertEquals("LMP-DESK-QI", p.pastCase().sku());
        }
        assertTrue(found.get(0).reason().startsWith("same SKU; same intent; matched: "), found.get(0).reason());
    }

    @Test
    void theSkuIsFoundInTheTextOrThroughTheOrderId() {
        PastCase earlier = shipped.stream().filter(c -> c.sku().equals("TRK-FIT-X2") && !c.orderId().isEmpty())
                .findFirst().orElseThrow();
        List<Precedent> byOrder = casebook.precedents(BuyerMessage.of("any news? order " + earlier.orderId()),
                earlier.intent(), 1);
        assertTrue(byOrder.get(0).sameSku(), byOrder.get(0).toString());
        List<Precedent> byText = casebook.precedents(BuyerMessage.of("question about trk-fit-x2 battery"),
                "product_question", 1);
        assertTrue(byText.get(0).sameSku());
    }

    @Test
    void aDraftUsesThisBuyersFactsAndListsWhatIsLeftToFill() {
        BuyerMessage m = BuyerMessage.of("my fitness tracker came without the charging cable, order 113-4829301-5571234")
                .withBuyerName("Ana Souza");
        Precedent best = casebook.precedents(m, "missing_parts", 5).stream()
                .filter(p -> !p.pastCase().reply().isEmpty()).findFirst().orElseThrow();
        Draft d = casebook.draftReply(m, best, "Mia\nBrightNest");
        assertTrue(d.text().startsWith("Hi Ana,") || d.text().startsWith("Hello Ana") || d.text().startsWith("Dear Ana"),
                d.text());
        assertTrue(d.text().endsWith("\nMia\nBrightNest"), d.text());
        assertEquals(best.pastCase().caseId(), d.precedentId());
        assertFalse(d.placeholders().contains("[[BUYER_NAME]]"));
    }

    @Test
    void aDraftCarriesTheFindingsOfItsContentAndOfItsFacts(@TempDir Path dir) {
        try (Casebook cb = Casebook.builder().models(TestModels.tinyModels()).caseIndex(dir.resolve("i")).build()) {
            cb.indexCases(List.of(TestModels.resource("cases-small.csv")), Map.of());
            cb.addCases(List.of(new PastCase("X-1", LocalDate.of(2026, 1, 1), "amazon", "113-9999999-0000001", "LMP-DESK-QI",
                    "", "Zed Quinn", "the lamp flickers", "defective", "",
                    "Hi Zed,\nPlease leave us a 5-star review and we'll refund you $10. Mail shop@example.com.\nBest,\nMia",
                    "answered")));
            BuyerMessage m = BuyerMessage.of("my lamp flickers, order 113-4829301-5571234").withBuyerName("Ana Souza")
                    .withSku("LMP-DESK-QI");
            PastCase x = cb.pastCases(PastCasesQuery.of("LMP-DESK-QI")).stream().filter(c -> c.caseId().equals("X-1"))
                    .findFirst().orElseThrow();
            for (int round = 0; round < 2; round++) { // the second time from the cache
                Draft d = cb.draftReply(m, new Precedent(x, 1, true, true, List.of()), "Mia");
                List<String> rules = d.findings().stream().map(Finding::rule).distinct().sorted().toList();
                assertEquals(List.of("feedback_for_value", "placeholder_left", "positive_feedback_only"),
                        rules, d.text());
                for (Finding f : d.findings()) {
                    assertEquals(f.span(), d.text().substring(f.start(), f.end()), "spans point into the draft");
                }
            }
        }
    }

    @Test
    void aPrecedentWithoutAReplyCannotBeDraftedFrom() {
        PastCase open = shipped.stream().filter(c -> c.reply().isEmpty()).findFirst().orElseThrow();
        CasebookException e = assertThrows(CasebookException.class,
                () -> casebook.draftReply(BuyerMessage.of("hi"), new Precedent(open, 1, false, false, List.of())));
        assertTrue(e.getMessage().contains("has no reply"), e.getMessage());
    }

    @Test
    void anIndexOnDiskIsBuiltFromTheShippedCasesOnFirstSearchAndGrowsByUpserts(@TempDir Path dir) {
        Path index = dir.resolve("index");
        try (Casebook cb = Casebook.builder().models(TestModels.tinyModels()).caseIndex(index).build()) {
            assertFalse(cb.precedents(BuyerMessage.of("where is my parcel"), "shipping_status", 1).isEmpty());
            assertTrue(cb.caseBase().builtFromShipped());
            int before = cb.caseBase().cases();
            IndexReport r = cb.addCases(List.of(new PastCase("NEW-1", LocalDate.of(2026, 11, 1), "amazon", "", "LMP-DESK-QI",
                    "", "Ann Lee", "lamp flickers", "defective", "", "Hi Ann,\nsorry\nBest,\nMia", "answered")));
            assertEquals(1, r.added());
            assertEquals(before + 1, cb.caseBase().cases());
        }
        try (Casebook again = Casebook.builder().models(TestModels.tinyModels()).caseIndex(index).build()) {
            assertFalse(again.caseBase().builtFromShipped(), "the second opening finds the index");
            assertEquals("NEW-1", again.pastCases(PastCasesQuery.of("LMP-DESK-QI")).get(0).caseId());
        }
    }

    @Test
    void indexingOwnCasesIntoANewIndexDoesNotMixInTheShippedOnes(@TempDir Path dir) {
        try (Casebook cb = Casebook.builder().models(TestModels.tinyModels()).caseIndex(dir.resolve("i")).build()) {
            IndexReport r = cb.indexCases(List.of(TestModels.resource("cases-small.csv"),
                    TestModels.resource("cases-helpdesk.tsv")), Map.of());
            assertEquals(14, r.added());
            assertEquals(3, r.rejected().size());
            assertEquals(14, cb.caseBase().cases());
            assertFalse(cb.caseBase().builtFromShipped());
            CasebookException e = assertThrows(CasebookException.class,
                    () -> cb.indexCases(List.of(TestModels.resource("cases-small.csv")), Map.of("colour", "x")));
            assertTrue(e.getMessage().contains("unknown cases column 'colour'"));
        }
    }
}
