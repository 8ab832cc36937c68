package io.casebook.inbox;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;

/** The demo data of corpora/demo: every sample is accounted for, the broken ones as rejects. */
class DemoDataTest {

    static final Path DEMO = Path.of("corpora", "demo");

    static List<CSVRecord> labels(Path file) throws IOException {
        try (Reader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            return CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get().parse(r).getRecords();
        }
    }

    @Test
    void everyEmailOfTheDemoMailboxIsReadOrRejectedWithItsReason() throws IOException {
        List<InboxItem> items = new ArrayList<>();
        Inboxes.read(DEMO.resolve("mail/inbox.mbox"), InboxOptions.detect(), items::add);
        List<CSVRecord> labels = labels(DEMO.resolve("mail/labels.csv"));
        assertEquals(labels.size(), items.size(), "one entry per e-mail of the mailbox");
        List<InboxItem> rejects = items.stream().filter(InboxItem::isReject).toList();
        assertEquals(2, rejects.size(), rejects.toString());
        assertTrue(rejects.get(0).reason().startsWith("not an e-mail") && rejects.get(0).offset() > 0);
        assertTrue(rejects.get(1).reason().equals("the e-mail has no text"));
        Set<String> read = new HashSet<>();
        items.forEach(i -> read.add(i.id()));
        for (CSVRecord l : labels) {
            String id = l.get("message_id");
            assertTrue(id.isEmpty() || read.contains(id), "the labelled e-mail " + id + " was read");
        }
        long withOrder = items.stream().filter(i -> !i.isReject() && !i.meta().orderId().isEmpty()).count();
        assertTrue(withOrder >= 60, "relay order lines and subjects give order ids: " + withOrder);
    }

    @Test
    void everyTicketOfTheDemoExportIsReadOrRejected() throws IOException {
        List<InboxItem> items = new ArrayList<>();
        Inboxes.read(DEMO.resolve("helpdesk/export.csv"), InboxOptions.detect(), items::add);
        assertEquals(labels(DEMO.resolve("helpdesk/labels.csv")).size(), items.size());
        assertEquals(List.of("51274", "51308"), items.stream().filter(InboxItem::isReject).map(InboxItem::id).toList());
    }

    @Test
    void theDemoOrderReportsGiveSkus() {
        OrderBook book = OrderBook.read(List.of(DEMO.resolve("orders/amazon-all-orders.tsv"),
                DEMO.resolve("orders/ebay-orders.csv"), DEMO.resolve("orders/shopify-orders.csv")));
        assertTrue(book.size() > 200, "orders: " + book.size());
    }
}
