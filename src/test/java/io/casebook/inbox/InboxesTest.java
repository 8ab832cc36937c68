package io.casebook.inbox;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The inbox readers on real-shaped files (src/test/resources/inbox), broken ones included. */
class InboxesTest {

    static final Path DIR = Path.of("src/test/resources/inbox");

    static List<InboxItem> read(Path path) {
        List<InboxItem> out = new ArrayList<>();
        Inboxes.read(path, InboxOptions.detect(), out::add);
        return out;
    }

    @Test
    void anMboxIsSplitStreamedAndEveryMessageAccountedFor() throws IOException {
        assertEquals(InboxFormat.MBOX, InboxFormat.detect(DIR.resolve("takeout.mbox")));
        List<InboxItem> items = read(DIR.resolve("takeout.mbox"));
        assertEquals(7, items.size(), items.toString());

        InboxItem relay = items.get(0);
        assertEquals("<m1@relay.example>", relay.id());
        assertEquals(1, relay.line());
        assertEquals(0, relay.offset());
        assertTrue(relay.text().startsWith("the glass shade came shattered"), relay.text());
        assertTrue(relay.text().contains("From the look of the box"), "an unquoted >From line is the buyer's: " + relay.text());
        assertFalse(relay.text().contains("Thank you for your order"), "the seller's quoted text is cut");
        assertFalse(relay.text().contains("commMgrTok") || relay.text().contains("helpful"), relay.text());
        assertEquals("113-4829301-5571234", relay.meta().orderId());
        assertEquals("B0CQ7K2MZ4", relay.meta().asin());
        assertEquals("LED Desk Lamp with Wireless Charger, 5 Colour Modes", relay.meta().itemTitle());
        assertEquals("Megan F.", relay.meta().buyerName());
        assertEquals("amazon", relay.meta().channel());
        assertEquals("2026-11-23T08:15:02Z", relay.meta().received());

        InboxItem html = items.get(1);
        assertTrue(html.text().startsWith("Hi, my fitness tracker came without the charging cable."), html.text());
        assertFalse(html.text().contains("Leave us a review"), "the gmail_quote is cut: " + html.text());
        assertEquals("Ana Souza", html.meta().buyerName());

        InboxItem latin = items.get(2);
        assertTrue(latin.text().contains("Grüße, Jürgen") && !latin.text().contains("Tel 030"), latin.text());

        InboxItem garbage = items.get(3);
        assertTrue(garbage.isReject() && garbage.reason().contains("not an e-mail"), garbage.toString());
        assertTrue(garbage.offset() > 0 && garbage.line() > 1);

        InboxItem base64 = items.get(4);
        assertTrue(base64.text().contains("le produit est arrivé cassé") && !base64.text().contains("iPhone"), base64.text());

        InboxItem quoted = items.get(5);
        assertEquals("Is the lamp still in stock?\nFrom what I read it ships from the US.", quoted.text());

        assertTrue(items.get(6).isReject() && items.get(6).reason().contains("no text"), items.get(6).toString());
    }

    @Test
    void aFolderOfEmlFilesReadsOnlyTheEmlFiles() {
        List<InboxItem> items = read(DIR.resolve("eml"));
        assertEquals(2, items.size());
        assertTrue(items.get(0).source().endsWith("01-relay.eml"));
        assertEquals("113-4829301-5571234", items.get(0).meta().orderId());
    }

    @Test
    void aWindows1252TsvWithAPreambleAndFootersIsReadByItsUsualColumnNames() {
        List<InboxItem> items = read(DIR.resolve("export-cp1252.tsv"));
        assertEquals(2, items.size(), items.toString());
        InboxItem first = items.get(0);
        assertEquals("101", first.id());
        assertEquals(4, first.line());
        assertEquals("Le café moulu est arrivé ouvert, 5 € de perte & sac déchiré", first.text());
        assertEquals("Renée Dubois", first.meta().buyerName());
        assertEquals("#4821", first.meta().orderId());
        assertEquals("2026-11-23 09:58:12 +0000", first.meta().received());
        assertTrue(items.get(1).isReject() && items.get(1).reason().equals("the text is empty"));
    }

    @Test
    void jsonLinesWithNestedCommentsBadLinesAndObjectsWithoutText() {
        List<InboxItem> items = read(DIR.resolve("tickets.jsonl"));
        assertEquals(4, items.size(), items.toString());
        assertEquals("Where is my parcel? order 113-4829301-5571234", items.get(0).text());
        assertEquals("Ana", items.get(0).meta().buyerName());
        assertTrue(items.get(1).isReject() && items.get(1).reason().startsWith("not JSON"));
        assertEquals(2, items.get(1).line());
        assertEquals("The mug arrived broken", items.get(2).text());
        assertEquals(4, items.get(2).line());
        assertTrue(items.get(3).isReject() && items.get(3).reason().contains("--column text=KEY"));
    }

    @Test
    void aJsonArray() {
        List<InboxItem> items = read(DIR.resolve("tickets.json"));
        assertEquals(List.of("A1", "A2"), items.stream().map(InboxItem::id).toList());
        assertEquals(3, items.get(1).line());
    }

    @Test
    void explicitColumnsAndEncodingsAndBrokenFiles(@TempDir Path tmp) throws IOException {
        Path csv = tmp.resolve("odd.csv");
        Files.writeString(csv, "Ref;Said;Who\nX1;\"hello, where is my order\";Bo\n");
        List<InboxItem> items = new ArrayList<>();
        Inboxes.read(csv, new InboxOptions(null, null, Map.of(InboxField.TEXT, "Said", InboxField.ID, "Ref")), items::add);
        assertEquals("X1", items.get(0).id());
        assertEquals("hello, where is my order", items.get(0).text());
        InboxException none = assertThrows(InboxException.class, () -> read(tmp.resolve("missing.csv")));
        assertTrue(none.getMessage().contains("no such file"), none.getMessage());
        Path latin = tmp.resolve("latin.csv");
        Files.write(latin, ("text\n" + "ok\n".repeat(10) + "caf\u00e9\n").getBytes(StandardCharsets.ISO_8859_1));
        assertEquals("café", read(latin).get(10).text(), "not UTF-8: read as Windows-1252");
        Path quote = tmp.resolve("quote.csv");
        Files.writeString(quote, "text\n\"unclosed\nmore\n");
        InboxException bad = assertThrows(InboxException.class, () -> read(quote));
        assertTrue(bad.getMessage().contains("not valid CSV"), bad.getMessage());
        Path empty = tmp.resolve("empty.csv");
        Files.writeString(empty, "");
        assertTrue(assertThrows(InboxException.class, () -> read(empty)).getMessage().contains("empty"));
    }

    @Test
    void newTextCutsQuotesSignaturesAndKeepsInlineText() {
        assertEquals("Yes please send it", NewText.of("Yes please send it\n\n-----Original Message-----\nFrom: Shop\n"
                + "Sent: Monday\nSubject: x\n\nshall we resend?").text());
        assertEquals("Danke!", NewText.of("Danke!\n\nAm 23.11.2026 um 10:02 schrieb BrightNest <s@b.example>:\n> Hallo").text());
        assertEquals("On the other hand, it works.", NewText.of("On the other hand, it works.").text());
        assertEquals("ok thanks", NewText.of("ok thanks\n--\nBo").text().strip());
    }
}
