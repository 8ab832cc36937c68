package io.casebook.cases;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.MultiTerms;
import org.apache.lucene.index.PointValues;
import org.apache.lucene.index.Term;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.store.LockObtainFailedException;
import org.apache.lucene.util.BytesRef;

/**
 * The case base: an embedded Lucene index of past cases on local disk (or in memory).
 *
 * <p>Updates are upserts by case id and become visible in one Lucene commit: a crash or an error
 * in the middle of an update leaves the previous commit, whole and searchable. The index writer
 * is opened for each update and closed after it, so that other processes may update the same
 * index in turn (a concurrent update from another process fails with a clear message).
 *
 * <p><b>Thread-safety:</b> searches may run from any number of threads, also while an update
 * commits (they see the previous commit until it completes); updates are serialised.
 */
public final class CaseIndex implements AutoCloseable {

    private final Directory directory;
    private final String name;
    private final SearcherManager searchers;
    private final Object writeLock = new Object();
    private final CaseCache cache = new CaseCache();
    private volatile Set<String> skus;
    private volatile LocalDate newest;

    private CaseIndex(Directory directory, String name) throws IOException {
        this.directory = directory;
        this.name = name;
        if (!DirectoryReader.indexExists(directory)) {
            try (IndexWriter w = writer()) {
                w.commit();
            }
        }
        this.searchers = new SearcherManager(directory, null);
        resetCache();
        this.skus = readSkus();
        this.newest = readNewest();
    }

    private void resetCache() throws IOException {
        IndexSearcher s = searchers.acquire();
        try {
            cache.reset(s.getIndexReader());
        } finally {
            searchers.release(s);
        }
    }

    /** True when {@code dir} holds a committed case index. */
    public static boolean exists(Path dir) {
        if (!Files.isDirectory(dir)) {
            return false;
        }
        try (Directory d = FSDirectory.open(dir)) {
            return DirectoryReader.indexExists(d);
        } catch (IOException e) {
            return false;
        }
    }

    /** Opens the index in {@code dir}, creating an empty one (and the folder) when there is none. */
    public static CaseIndex open(Path dir) {
        try {
            Files.createDirectories(dir);
            return new CaseIndex(FSDirectory.open(dir), dir.toString());
        } catch (LockObtainFailedException e) {
            throw new CaseBaseException(dir + ": the case index is being updated by another process; try again when it is done", e);
        } catch (IOException e) {
            throw new CaseBaseException(dir + ": cannot open the case index: " + e.getMessage(), e);
        }
    }

    /** An empty index in memory (for the embedded default and for tests). */
    public static CaseIndex inMemory() {
        try {
            return new CaseIndex(new ByteBuffersDirectory(), "(in memory)");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Where the index lives, for messages. */
    public String location() {
        return name;
    }

    private IndexWriter writer() throws IOException {
        IndexWriterConfig config = new IndexWriterConfig(CaseAnalyzer.standard());
        config.setOpenMode(IndexWriterConfig.OpenMode.CREATE_OR_APPEND);
        config.setCommitOnClose(false);
        config.setRAMBufferSizeMB(64);
        return new IndexWriter(directory, config);
    }

    /**
     * Adds or replaces cases by case id, in one commit. Within {@code cases} a later record with
     * the same id replaces an earlier one.
     */
    public UpsertResult upsert(List<CaseRecord> cases) {
        Map<String, CaseRecord> latest = new LinkedHashMap<>();
        for (CaseRecord c : cases) {
            latest.remove(c.caseId());
            latest.put(c.caseId(), c);
        }
        synchronized (writeLock) {
            int added = 0;
            int updated = 0;
            int unchanged = 0;
            try (IndexWriter w = writer()) {
                IndexSearcher current = searchers.acquire();
                try {
                    for (CaseRecord c : latest.values()) {
                        CaseRecord old = byId(current, c.caseId());
                        if (old == null) {
                            added++;
                        } else if (old.equals(c)) {
                            unchanged++;
                            continue;
                        } else {
                            updated++;
                        }
                        w.updateDocument(new Term(CaseDocuments.ID, c.caseId()), CaseDocuments.toDocument(c));
                    }
                } finally {
                    searchers.release(current);
                }
                if (added + updated > 0) {
                    w.commit();
                } else {
                    w.rollback();
                }
            } catch (LockObtainFailedException e) {
                throw new CaseBaseException(name + ": the case index is being updated by another process; "
                        + "try again when it is done", e);
            } catch (IOException e) {
                throw new CaseBaseException(name + ": the update failed and was not committed (the index is "
                        + "as it was): " + e.getMessage(), e);
            }
            refresh();
            return new UpsertResult(added, updated, unchanged);
        }
    }

    private void refresh() {
        try {
            searchers.maybeRefreshBlocking();
            resetCache();
            skus = readSkus();
            newest = readNewest();
        } catch (IOException e) {
            throw new CaseBaseException(name + ": cannot reopen the case index: " + e.getMessage(), e);
        }
    }

    private static CaseRecord byId(IndexSearcher s, String caseId) throws IOException {
        TopDocs top = s.search(new TermQuery(new Term(CaseDocuments.ID, caseId)), 1);
        if (top.scoreDocs.length == 0) {
            return null;
        }
        return CaseDocuments.fromDocument(s.storedFields().document(top.scoreDocs[0].doc));
    }

    /** The number of cases. */
    public int size() {
        return withSearcher(s -> s.getIndexReader().numDocs());
    }

    /** The case with this id, or null. */
    public CaseRecord get(String caseId) {
        return withSearcher(s -> byId(s, caseId));
    }

    /** The SKUs the case base knows, upper case. */
    public Set<String> skus() {
        return skus;
    }

    private Set<String> readSkus() throws IOException {
        IndexSearcher s = searchers.acquire();
        try {
            Set<String> out = new TreeSet<>();
            Terms terms = MultiTerms.getTerms(s.getIndexReader(), CaseDocuments.SKU);
            if (terms != null) {
                TermsEnum te = terms.iterator();
                for (BytesRef t = te.next(); t != null; t = te.next()) {
                    if (te.docFreq() > 0) {
                        out.add(t.utf8ToString());
                    }
                }
            }
            return Set.copyOf(out);
        } finally {
            searchers.release(s);
        }
    }

    /**
     * The date of the newest case (or 1970-01-01 for an empty index): recency is measured from it,
     * not from the clock, so that the same index and message always give the same precedents.
     */
    public LocalDate newest() {
        return newest;
    }

    private LocalDate readNewest() throws IOException {
        IndexSearcher s = searchers.acquire();
        try {
            byte[] max = PointValues.getMaxPackedValue(s.getIndexReader(), CaseDocuments.DATE);
            return max == null ? LocalDate.EPOCH : LocalDate.ofEpochDay(LongPoint.decodeDimension(max, 0));
        } finally {
            searchers.release(s);
        }
    }

    /** The most recent case about {@code orderId}, or null: a buyer writing again about an order. */
    public CaseRecord latestForOrder(String orderId) {
        String key = CaseDocuments.orderId(orderId);
        if (key.isEmpty()) {
            return null;
        }
        return withSearcher(s -> {
            TopDocs top = s.search(new TermQuery(new Term(CaseDocuments.ORDER, key)), 1,
                    CaseQueries.NEWEST_FIRST);
            return top.scoreDocs.length == 0 ? null
                    : CaseDocuments.fromDocument(s.storedFields().document(top.scoreDocs[0].doc));
        });
    }

    /** The past cases most like the request's message: same SKU and intent first (see {@link CaseQueries}). */
    public List<CaseHit> precedents(PrecedentRequest request) {
        return withSearcher(s -> CaseQueries.precedents(s, request, cache));
    }

    /** One SKU's past cases, newest first. */
    public List<CaseRecord> list(CaseFilter filter) {
        return withSearcher(s -> {
            TopDocs top = s.search(CaseQueries.filter(filter), filter.limit(), CaseQueries.NEWEST_FIRST);
            List<CaseRecord> out = new ArrayList<>(top.scoreDocs.length);
            for (ScoreDoc d : top.scoreDocs) {
                out.add(CaseDocuments.fromDocument(s.storedFields().document(d.doc)));
            }
            return out;
        });
    }

    private interface SearchWork<T> {
        T run(IndexSearcher searcher) throws IOException;
    }

    private <T> T withSearcher(SearchWork<T> work) {
        IndexSearcher s;
        try {
            s = searchers.acquire();
        } catch (IOException e) {
            throw new CaseBaseException(name + ": cannot read the case index: " + e.getMessage(), e);
        }
        try {
            return work.run(s);
        } catch (IOException e) {
            throw new CaseBaseException(name + ": cannot read the case index: " + e.getMessage(), e);
        } finally {
            try {
                searchers.release(s);
            } catch (IOException e) {
                // releasing a searcher only closes a reader no longer current; nothing to recover
            }
        }
    }

    @Override
    public void close() {
        try {
            searchers.close();
            directory.close();
        } catch (IOException e) {
            throw new CaseBaseException(name + ": cannot close the case index: " + e.getMessage(), e);
        }
    }
}
