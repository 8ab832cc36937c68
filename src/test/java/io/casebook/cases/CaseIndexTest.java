package io.casebook.cases;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.store.FSDirectory;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CaseIndexTest {

    static final Set<String> INTENTS = Set.of("damaged_in_transit", "product_question", "missing_parts", "usage_help",
            "wrong_item", "shipping_status", "discount_request", "defective", "ordered_by_mistake");
    static List<CaseRecord> small;

    @BeforeAll
    static void read() {
        CasesFile f = new CasesCsvReader(Map.of(), INTENTS).read(Path.of("src/test/resources/cases-small.csv"));
        assertTrue(f.rejected().isEmpty(), f.rejected().toString());
        small = f.cases().stream().map(CasesFile.NumberedCase::record).toList();
    }

    static CaseIndex indexOfSmall() {
        CaseIndex index = CaseIndex.inMemory();
        index.upsert(small);
        return index;
    }

    static PrecedentRequest request(String text, String sku, String intent, int k) {
        return new PrecedentRequest(text, sku, intent, k, LocalDate.of(2025, 12, 1));
    }

    @Test
    void upsertCountsAddedUpdatedAndUnchanged() {
        try (CaseIndex index = CaseIndex.inMemory()) {
            assertEquals(new UpsertResult(12, 0, 0), index.upsert(small));
            assertEquals(new UpsertResult(0, 0, 12), index.upsert(small));
            CaseRecord c = small.get(0);
            CaseRecord changed = new CaseRecord(c.caseId(), c.date(), c.channel(), c.orderId(), c.sku(), c.product(),
                    c.buyerName(), c.message(), c.intent(), c.notes() + " Buyer happy.", c.reply(), c.resolution());
            CaseRecord fresh = new CaseRecord("T-100", LocalDate.of(2025, 11, 1), "amazon", "", "LMP-DESK-QI", "", "",
                    "new one", "", "", "", "");
            assertEquals(new UpsertResult(1, 1, 0), index.upsert(List.of(changed, fresh)));
            assertEquals(13, index.size());
            assertEquals(changed, index.get(c.caseId()));
            assertEquals(Set.of("LMP-DESK-QI", "TRK-FIT-X2", "DRS-LINEN-MIDI", "CHR-ERGO-MESH"), index.skus());
            assertEquals(LocalDate.of(2025, 11, 1).isAfter(index.newest()) ? null : index.newest(), index.newest());
        }
    }

    @Test
    void theSameSkuAndIntentComeFirstThenTheSameIntentThenTheSameSku() {
        try (CaseIndex index = indexOfSmall()) {
            List<CaseHit> hits = index.precedents(request("the glass of my lamp was smashed when it came", "LMP-DESK-QI",
                    "damaged_in_transit", 12));
            assertEquals(Set.of("T-001", "T-002"), Set.of(hits.get(0).record().caseId(), hits.get(1).record().caseId()));
            assertTrue(hits.get(0).sameSku() && hits.get(0).sameIntent());
            assertEquals("T-003", hits.get(2).record().caseId(), "then the same SKU with another intent");
            assertTrue(hits.get(0).matchedTerms().contains("glass"), hits.get(0).matchedTerms().toString());

            List<CaseHit> otherSku = index.precedents(request("the screws are missing from the box", "TRK-FIT-X2",
                    "missing_parts", 3));
            assertEquals(Set.of("T-004", "T-005"), Set.of(otherSku.get(0).record().caseId(),
                    otherSku.get(1).record().caseId()));
            assertEquals("T-010", otherSku.get(2).record().caseId(), "another SKU's case of the same intent");
            assertFalse(otherSku.get(2).sameSku());
        }
    }

    @Test
    void aCaseOfAnotherSkuIsOfferedWhenTheSkuIsUnknown() {
        try (CaseIndex index = indexOfSmall()) {
            List<CaseHit> hits = index.precedents(request("gas lift broken, the seat sinks", "NO-SUCH-SKU", "defective", 2));
            assertEquals("T-011", hits.get(0).record().caseId());
            assertFalse(hits.get(0).sameSku());
        }
    }

    @Test
    void recentCasesBreakTies() {
        try (CaseIndex index = CaseIndex.inMemory()) {
            index.upsert(List.of(
                    new CaseRecord("OLD", LocalDate.of(2024, 1, 1), "", "", "A-1", "", "", "box crushed", "", "", "", ""),
                    new CaseRecord("NEW", LocalDate.of(2025, 1, 1), "", "", "A-1", "", "", "box crushed", "", "", "", "")));
            List<CaseHit> hits = index.precedents(request("box crushed", "A-1", "", 2));
            assertEquals(List.of("NEW", "OLD"), hits.stream().map(h -> h.record().caseId()).toList());
        }
    }

    @Test
    void buyerTextFullOfQuerySyntaxIsJustText() {
        try (CaseIndex index = indexOfSmall()) {
            String nasty = "AND OR NOT ( ) [ ] { } \" * ? ~ ^ : \\ / + - ! glass* \"lamp~2\" sku:LMP-DESK-QI^10 "
                    + "(intent:other) [* TO *] {a TO b} \\u0000 && || text:/.*/";
            List<CaseHit> hits = index.precedents(request(nasty, "", "", 5));
            assertEquals(5, hits.size(), "still answers with cases");
            List<CaseRecord> listed = index.list(new CaseFilter("LMP-DESK-QI", false, "", null, nasty, 10));
            assertFalse(listed.isEmpty());
            assertTrue(index.precedents(request("", "", "", 3)).size() == 3, "an empty message still gets cases");
        }
    }

    @Test
    void listsOneSkuNewestFirstWithFilters() {
        try (CaseIndex index = indexOfSmall()) {
            List<CaseRecord> all = index.list(new CaseFilter("lmp-desk-qi", false, "", null, "", 10));
            assertEquals(List.of("T-002", "T-001", "T-003"), all.stream().map(CaseRecord::caseId).toList());
            List<CaseRecord> notes = index.list(new CaseFilter("LMP-DESK-QI", true, "", null, "", 10));
            assertEquals(List.of("T-002", "T-001"), notes.stream().map(CaseRecord::caseId).toList());
            List<CaseRecord> since = index.list(new CaseFilter("CHR-ERGO-MESH", false, "", LocalDate.of(2025, 1, 1), "", 10));
            assertEquals(List.of("T-012", "T-011"), since.stream().map(CaseRecord::caseId).toList());
            List<CaseRecord> intent = index.list(new CaseFilter("TRK-FIT-X2", false, "usage_help", null, "", 10));
            assertEquals(List.of("T-006"), intent.stream().map(CaseRecord::caseId).toList());
            List<CaseRecord> text = index.list(new CaseFilter("DRS-LINEN-MIDI", false, "", null, "size small", 10));
            assertEquals(List.of("T-007"), text.stream().map(CaseRecord::caseId).toList());
            assertEquals(1, index.list(new CaseFilter("LMP-DESK-QI", false, "", null, "", 1)).size());
        }
    }

    @Test
    void findsTheLatestCaseOfAnOrder() {
        try (CaseIndex index = indexOfSmall()) {
            assertEquals("T-004", index.latestForOrder("4821").caseId(), "'#' and case do not matter");
            assertNull(index.latestForOrder("999-0000000-0000000"));
        }
    }

    @Test
    void anUncommittedUpdateLeavesThePreviousIndexSearchable(@TempDir Path dir) throws Exception {
        try (CaseIndex index = CaseIndex.open(dir)) {
            index.upsert(small);
        }
        // a writer that dies before its commit: documents added, then the process "crashes"
        try (FSDirectory d = FSDirectory.open(dir)) {
            IndexWriter w = new IndexWriter(d, new IndexWriterConfig(CaseAnalyzer.standard())
                    .setCommitOnClose(false));
            w.deleteAll();
            w.addDocument(CaseDocuments.toDocument(new CaseRecord("GHOST", null, "", "", "", "", "", "half written",
                    "", "", "", "")));
            w.flush();
            w.rollback();
        }
        assertTrue(CaseIndex.exists(dir));
        try (CaseIndex index = CaseIndex.open(dir)) {
            assertEquals(12, index.size());
            assertNull(index.get("GHOST"));
            assertNotNull(index.get("T-001"));
        }
    }

    @Test
    void aSecondWriterIsToldTheIndexIsBusy(@TempDir Path dir) throws Exception {
        try (CaseIndex index = CaseIndex.open(dir); FSDirectory d = FSDirectory.open(dir);
                IndexWriter busy = new IndexWriter(d, new IndexWriterConfig(CaseAnalyzer.standard()))) {
            CaseBaseException e = assertThrows(CaseBaseException.class, () -> index.upsert(small));
            assertTrue(e.getMessage().contains("another process"), e.getMessage());
            assertEquals(0, index.size());
            busy.rollback();
        }
    }

    @Test
    void searchesRunWhileAnUpdateCommits() throws Exception {
        try (CaseIndex index = indexOfSmall()) {
            ExecutorService pool = Executors.newFixedThreadPool(3);
            AtomicBoolean writing = new AtomicBoolean(true);
            List<Future<Integer>> readers = new ArrayList<>();
            for (int t = 0; t < 2; t++) {
                readers.add(pool.submit(() -> {
                    int searches = 0;
                    while (writing.get() || searches == 0) {
                        List<CaseHit> hits = index.precedents(request("lamp glass broken", "LMP-DESK-QI",
                                "damaged_in_transit", 3));
                        if (hits.size() != 3 || !hits.get(0).sameSku()) {
                            throw new AssertionError("a search saw a broken index: " + hits);
                        }
                        searches++;
                    }
                    return searches;
                }));
            }
            Future<?> writer = pool.submit(() -> {
                for (int batch = 0; batch < 20; batch++) {
                    List<CaseRecord> more = new ArrayList<>();
                    for (int i = 0; i < 50; i++) {
                        more.add(new CaseRecord("B" + batch + "-" + i, LocalDate.of(2024, 1, 1).plusDays(i), "", "",
                                "TOY-" + i, "", "", "message number " + i + " about a toy", "", "", "", ""));
                    }
                    index.upsert(more);
                }
                writing.set(false);
            });
            writer.get(60, TimeUnit.SECONDS);
            for (Future<Integer> r : readers) {
                assertTrue(r.get(60, TimeUnit.SECONDS) > 0);
            }
            pool.shutdown();
            assertEquals(12 + 20 * 50, index.size());
        }
    }

    @Test
    void theIndexFolderIsCreatedAndReopened(@TempDir Path tmp) {
        Path dir = tmp.resolve("a/b/index");
        assertFalse(CaseIndex.exists(dir));
        try (CaseIndex index = CaseIndex.open(dir)) {
            index.upsert(small.subList(0, 3));
        }
        assertTrue(Files.isDirectory(dir));
        try (CaseIndex index = CaseIndex.open(dir)) {
            assertEquals(3, index.size());
        }
    }
}
