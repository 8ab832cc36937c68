package io.casebook.cases;

import java.io.IOException;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.ReaderUtil;
import org.apache.lucene.index.SortedDocValues;

/**
 * The cases a search has returned, kept decoded: a precedent search reads the same few hundred
 * cases again and again, and decompressing their stored fields and term vectors was a third of
 * its time. Keyed by case id (read from doc values, which is cheap); emptied whenever the index
 * changes; at most {@value #MAX_CASES} cases, after which new ones are read but not kept.
 * Thread-safe.
 */
final class CaseCache {

    static final int MAX_CASES = 20_000;

    /** A case and the stems of its searched text (message and product title). */
    record Cached(CaseRecord record, Set<String> stems) {
    }

    private final ConcurrentHashMap<String, Cached> cases = new ConcurrentHashMap<>();
    /** The reader whose cases the cache holds: a search on an older reader neither reads nor fills it. */
    private volatile IndexReader current;

    /** Empties the cache for the cases of {@code reader}, the reader searches use from now on. */
    synchronized void reset(IndexReader reader) {
        current = reader;
        cases.clear();
    }

    Cached get(IndexReader reader, int doc, StoredLoader loader) throws IOException {
        if (reader != current) {
            return decode(loader.load(doc));
        }
        List<LeafReaderContext> leaves = reader.leaves();
        LeafReaderContext leaf = leaves.get(ReaderUtil.subIndex(doc, leaves));
        SortedDocValues ids = DocValues.getSorted(leaf.reader(), CaseDocuments.ID);
        String id = ids.advanceExact(doc - leaf.docBase) ? ids.lookupOrd(ids.ordValue()).utf8ToString() : null;
        Cached hit = id == null ? null : cases.get(id);
        if (hit != null) {
            return hit;
        }
        Cached fresh = decode(loader.load(doc));
        synchronized (this) {
            if (id != null && reader == current && cases.size() < MAX_CASES) {
                cases.putIfAbsent(id, fresh);
            }
        }
        return fresh;
    }

    private static Cached decode(CaseRecord record) {
        Set<String> stems = new HashSet<>();
        for (CaseAnalyzer.Term t : CaseAnalyzer.terms(record.message() + "\n" + record.product())) {
            stems.add(t.stem());
        }
        return new Cached(record, Set.copyOf(stems));
    }

    /** Reads a case from the index's stored fields. */
    interface StoredLoader {
        CaseRecord load(int doc) throws IOException;
    }
}
