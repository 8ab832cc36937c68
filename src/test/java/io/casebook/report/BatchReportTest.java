package io.casebook.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.casebook.Analysis;
import io.casebook.Prediction;
import io.casebook.RiskFlag;
import io.casebook.inbox.InboxItem;
import io.casebook.triage.ResultRow;
import java.util.List;
import org.junit.jupiter.api.Test;

class BatchReportTest {

    static void add(BatchReport r, String id, String text, String intent, String sentiment, String sku, RiskFlag... risks) {
        Analysis a = new Analysis(id, "en", new Prediction(intent, 0.9, List.of()), new Prediction(sentiment, 0.9, List.of()),
                false, List.of(), List.of(risks));
        r.result(InboxItem.message("in.csv", 1, id, text), new ResultRow("in.csv", 1, a, "", "2026-11-24", "", sku, "", -1,
                "", "", text));
    }

    @Test
    void buyerTextIsEscapedAndTheDataCannotEndItsScript() {
        BatchReport r = new BatchReport();
        add(r, "<b>1</b>", "</script><script>alert(1)</script> & <img src=x onerror=alert(2)>", "defective", "negative",
                "SKU-1", new RiskFlag("claim_threat", "<i>chargeback</i>"));
        String html = r.html("inbox <x>.csv");
        assertFalse(html.contains("<script>alert"), "no buyer markup survives");
        assertFalse(html.contains("<img src=x"), html);
        assertTrue(html.contains("&lt;/script&gt;&lt;script&gt;alert(1)"), html);
        assertTrue(html.contains("&lt;i&gt;chargeback&lt;/i&gt;"));
        assertTrue(html.contains("inbox &lt;x&gt;.csv"));
        assertEquals(2, html.split("<script", -1).length - 1, "only the report's own two scripts");
    }

    @Test
    void theQueuePutsClaimsBeforeNegativeBeforeTheRest() {
        BatchReport r = new BatchReport();
        add(r, "calm", "thanks", "thanks", "positive", "");
        add(r, "sad", "it broke", "defective", "negative", "");
        add(r, "claim", "A-to-z now", "not_received", "negative", "", new RiskFlag("claim_threat", "A-to-z"));
        String html = r.html("t");
        assertTrue(html.indexOf(">claim<") < html.indexOf(">sad<"), "claims first");
        assertFalse(html.contains(">calm<"), "nothing urgent about a thank-you");
    }

    @Test
    void aSkuWhoseComplaintsStandOutIsAHotSpot() {
        BatchReport r = new BatchReport();
        for (int i = 0; i < 8; i++) {
            add(r, "lamp" + i, "broken", "damaged_in_transit", "negative", "LAMP");
        }
        for (int s = 0; s < 10; s++) {
            for (int i = 0; i < 6; i++) {
                add(r, "o" + s + i, "where", i == 0 ? "defective" : "shipping_status", "neutral", "SKU-" + s);
            }
        }
        List<BatchReport.HotSpot> hot = r.hotSpots();
        assertEquals(1, hot.size(), hot.toString());
        assertEquals("LAMP", hot.get(0).sku());
        assertEquals(8, hot.get(0).complaints());
        assertTrue(r.html("t").contains("LAMP"));
    }
}
