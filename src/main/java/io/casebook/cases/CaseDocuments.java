package io.casebook.cases;

import java.time.LocalDate;
import java.util.Locale;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.document.SortedDocValuesField;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.util.BytesRef;

/** How a {@link CaseRecord} is laid out in a Lucene document, and back. */
final class CaseDocuments {

    static final String ID = "case_id";
    static final String SKU = "sku";
    static final String INTENT = "intent";
    static final String ORDER = "order_id";
    static final String DATE = "date";
    static final String HAS_NOTES = "has_notes";
    static final String TEXT = "text";
    static final String NOTES = "notes";
    private static final String STORED = "stored.";

    private CaseDocuments() {
    }

    /** The form SKUs are indexed and compared in: trimmed, upper case. */
    static String sku(String sku) {
        return sku.strip().toUpperCase(Locale.ROOT);
    }

    /** The form order ids are indexed and compared in: without '#' and spaces, upper case. */
    static String orderId(String orderId) {
        StringBuilder b = new StringBuilder(orderId.length());
        for (int i = 0; i < orderId.length(); i++) {
            char c = orderId.charAt(i);
            if (c != '#' && !Character.isWhitespace(c)) {
                b.append(Character.toUpperCase(c));
            }
        }
        return b.toString();
    }

    static Document toDocument(CaseRecord c) {
        Document d = new Document();
        d.add(new StringField(ID, c.caseId(), Field.Store.NO));
        d.add(new SortedDocValuesField(ID, new BytesRef(c.caseId())));
        if (!c.sku().isEmpty()) {
            d.add(new StringField(SKU, sku(c.sku()), Field.Store.NO));
        }
        if (!c.intent().isEmpty()) {
            d.add(new StringField(INTENT, c.intent(), Field.Store.NO));
        }
        if (!c.orderId().isEmpty()) {
            d.add(new StringField(ORDER, orderId(c.orderId()), Field.Store.NO));
        }
        if (c.date() != null) {
            long day = c.date().toEpochDay();
            d.add(new LongPoint(DATE, day));
            d.add(new NumericDocValuesField(DATE, day));
        }
        d.add(new StringField(HAS_NOTES, c.hasNotes() ? "y" : "n", Field.Store.NO));
        // the product title is searched with the message: a buyer names the product in their words
        d.add(new TextField(TEXT, c.product().isEmpty() ? c.message() : c.message() + "\n" + c.product(), Field.Store.NO));
        if (c.hasNotes()) {
            d.add(new TextField(NOTES, c.notes(), Field.Store.NO));
        }
        store(d, "case_id", c.caseId());
        store(d, "date", c.date() == null ? "" : c.date().toString());
        store(d, "channel", c.channel());
        store(d, "order_id", c.orderId());
        store(d, "sku", c.sku());
        store(d, "product", c.product());
        store(d, "buyer_name", c.buyerName());
        store(d, "message", c.message());
        store(d, "intent", c.intent());
        store(d, "notes", c.notes());
        store(d, "reply", c.reply());
        store(d, "resolution", c.resolution());
        return d;
    }

    private static void store(Document d, String name, String value) {
        if (!value.isEmpty()) {
            d.add(new StoredField(STORED + name, value));
        }
    }

    static CaseRecord fromDocument(Document d) {
        String date = get(d, "date");
        return new CaseRecord(get(d, "case_id"), date.isEmpty() ? null : LocalDate.parse(date), get(d, "channel"),
                get(d, "order_id"), get(d, "sku"), get(d, "product"), get(d, "buyer_name"), get(d, "message"),
                get(d, "intent"), get(d, "notes"), get(d, "reply"), get(d, "resolution"));
    }

    private static String get(Document d, String name) {
        String v = d.get(STORED + name);
        return v == null ? "" : v;
    }
}
