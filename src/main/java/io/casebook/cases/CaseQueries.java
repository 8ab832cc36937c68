package io.casebook.cases;

import io.casebook.text.Tokens;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.index.ReaderUtil;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.ConstantScoreQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.TopScoreDocCollectorManager;

/**
 * Builds the case base's queries programmatically, from analysed terms and exact keys: buyer text
 * never reaches a query parser, so {@code AND ( ) " * ~ ^ :} and the like are just characters.
 *
 * <p>A precedent query adds up four parts: text relevance (BM25 over the case's message and product
 * title, for the message's most telling terms: at most
 * {@value #MAX_TERMS}, chosen by tf-idf as MoreLikeThis does), a constant {@value #INTENT_BOOST}
 * times the weight of the case's intent (1 for an intent known for certain, else the classifier's
 * probability), {@value #SKU_BOOST} for the same SKU, and a recency bonus of at most
 * {@value #RECENCY_WEIGHT} (half of it for a case {@value #RECENCY_PIVOT_DAYS} days older than the
 * newest case; added to the best {@code 2k} hits, not scored in Lucene). The
 * constants are larger than any text score, so with a certain intent cases rank in tiers: same SKU
 * and intent; same intent, another SKU; same SKU, another intent; the rest. Within a tier the text
 * decides, and recency breaks ties. With weighted intents, a case of this SKU and an intent
 * nearly as likely as the best one outranks another SKU's case of the best one.
 */
final class CaseQueries {

    static final int MAX_TERMS = 10;
    static final float INTENT_BOOST = 2000f;
    static final float SKU_BOOST = 1200f;
    static final float RECENCY_WEIGHT = 0.5f;
    static final long RECENCY_PIVOT_DAYS = 365;

    static final Sort NEWEST_FIRST = new Sort(new SortField(CaseDocuments.DATE, SortField.Type.LONG, true),
            new SortField(CaseDocuments.ID, SortField.Type.STRING));

    private CaseQueries() {
    }

    /** A chosen query term: its stem and the buyer's word for it. */
    record QueryTerm(String stem, String surface, float weight) {
    }

    static List<CaseHit> precedents(IndexSearcher searcher, PrecedentRequest request, CaseCache cache) throws IOException {
        List<QueryTerm> terms = telling(searcher.getIndexReader(), request.text());
        String sku = CaseDocuments.sku(request.sku());
        Map<String, Double> weights = new TreeMap<>(request.intentWeights());
        int k = request.limit();
        int depth = 2 * k; // the best 2k, so that recency can still break ties at the edge
        Map<Integer, Double> totals = new HashMap<>();
        collect(searcher, tiered(request, sku, weights, terms, false), depth, 0, totals);
        if (totals.size() < k) {
            // nothing shares a term, the SKU or an intent with the message: rank every case by recency
            collect(searcher, tiered(request, sku, weights, terms, true), depth, 0, totals);
        }
        addRecency(searcher, totals, request.asOf().toEpochDay());
        List<Map.Entry<Integer, Double>> ranked = new ArrayList<>(totals.entrySet());
        ranked.sort(Map.Entry.<Integer, Double>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()));
        List<CaseHit> hits = new ArrayList<>(Math.min(k, ranked.size()));
        for (Map.Entry<Integer, Double> d : ranked.subList(0, Math.min(k, ranked.size()))) {
            CaseCache.Cached cached = cache.get(searcher.getIndexReader(), d.getKey(),
                    doc -> CaseDocuments.fromDocument(searcher.storedFields().document(doc)));
            CaseRecord c = cached.record();
            boolean sameSku = !sku.isEmpty() && sku.equals(CaseDocuments.sku(c.sku()));
            boolean sameIntent = !request.intent().isEmpty() && request.intent().equals(c.intent());
            double relevance = d.getValue() - (sameSku ? SKU_BOOST : 0)
                    - (float) (INTENT_BOOST * weights.getOrDefault(c.intent(), 0.0));
            hits.add(new CaseHit(c, Math.max(0, relevance), sameSku, sameIntent, matched(terms, cached.stems())));
        }
        return hits;
    }

    private static BooleanQuery.Builder base(PrecedentRequest request) {
        BooleanQuery.Builder q = new BooleanQuery.Builder();
        if (!request.exclude().isEmpty()) {
            q.add(new TermQuery(new Term(CaseDocuments.ID, request.exclude())), Occur.MUST_NOT);
        }
        return q;
    }

    private static Query skuQuery(String sku) {
        return new TermQuery(new Term(CaseDocuments.SKU, sku));
    }

    private static Query intentQuery(String intent) {
        return new TermQuery(new Term(CaseDocuments.INTENT, intent));
    }

    /**
     * Adds BM25 clauses for the telling terms over message and product title at the top level of
     * {@code q}. The notes are left out: they are the agent's words, not the buyer's, and matching
     * them changed no precedent in the leave-one-out measurement while doubling the clauses.
     */
    private static BooleanQuery.Builder addText(BooleanQuery.Builder q, List<QueryTerm> terms) {
        for (QueryTerm t : terms) {
            q.add(new TermQuery(new Term(CaseDocuments.TEXT, t.stem())), Occur.SHOULD);
        }
        return q;
    }

    /**
     * The tiers and the text in one disjunction: the SKU's and the intents' constants and the text
     * terms as optional clauses, so that a case matching none of them is not visited (unless
     * {@code everything}, for the rare message that matches nothing).
     */
    private static Query tiered(PrecedentRequest request, String sku, Map<String, Double> weights,
            List<QueryTerm> terms, boolean everything) {
        BooleanQuery.Builder q = base(request);
        if (everything) {
            q.add(new MatchAllDocsQuery(), Occur.FILTER);
        }
        addText(q, terms);
        if (!sku.isEmpty()) {
            q.add(new BoostQuery(new ConstantScoreQuery(skuQuery(sku)), SKU_BOOST), Occur.SHOULD);
        }
        for (Map.Entry<String, Double> w : weights.entrySet()) {
            q.add(new BoostQuery(new ConstantScoreQuery(intentQuery(w.getKey())), (float) (INTENT_BOOST * w.getValue())),
                    Occur.SHOULD);
        }
        return q.build();
    }

    /** Adds the best {@code n} of {@code query} with {@code constant} added to their scores (a case keeps its best). */
    private static void collect(IndexSearcher searcher, Query query, int n, double constant, Map<Integer, Double> totals)
            throws IOException {
        // counting no more hits than needed lets Lucene skip non-competitive cases at once
        for (ScoreDoc d : searcher.search(query, new TopScoreDocCollectorManager(n, null, n)).scoreDocs) {
            totals.merge(d.doc, (double) d.score + constant, Math::max);
        }
    }

    /** Adds the recency bonus: {@value #RECENCY_WEIGHT} for a case of {@code asOf}, half that {@value #RECENCY_PIVOT_DAYS} days earlier. */
    private static void addRecency(IndexSearcher searcher, Map<Integer, Double> totals, long asOf) throws IOException {
        List<LeafReaderContext> leaves = searcher.getIndexReader().leaves();
        for (Map.Entry<Integer, Double> e : totals.entrySet()) {
            LeafReaderContext leaf = leaves.get(ReaderUtil.subIndex(e.getKey(), leaves));
            NumericDocValues dates = DocValues.getNumeric(leaf.reader(), CaseDocuments.DATE);
            if (dates.advanceExact(e.getKey() - leaf.docBase)) {
                long age = Math.abs(asOf - dates.longValue());
                e.setValue(e.getValue() + RECENCY_WEIGHT * RECENCY_PIVOT_DAYS / (double) (RECENCY_PIVOT_DAYS + age));
            }
        }
    }

    /** The message's most telling terms: tf-idf over the case messages, known to the index, at most MAX_TERMS. */
    static List<QueryTerm> telling(IndexReader reader, String text) throws IOException {
        Map<String, String> surface = new LinkedHashMap<>();
        Map<String, Integer> tf = new LinkedHashMap<>();
        for (CaseAnalyzer.Term t : CaseAnalyzer.terms(text)) {
            surface.putIfAbsent(t.stem(), t.surface());
            tf.merge(t.stem(), 1, Integer::sum);
        }
        int n = Math.max(1, reader.numDocs());
        List<QueryTerm> out = new ArrayList<>(tf.size());
        for (Map.Entry<String, Integer> e : tf.entrySet()) {
            int df = reader.docFreq(new Term(CaseDocuments.TEXT, e.getKey()));
            if (df == 0) {
                continue;
            }
            double idf = Math.log(1 + (n - df + 0.5) / (df + 0.5));
            out.add(new QueryTerm(e.getKey(), surface.get(e.getKey()), (float) (e.getValue() * idf)));
        }
        out.sort(Comparator.comparingDouble(QueryTerm::weight).reversed().thenComparing(QueryTerm::stem));
        return out.size() > MAX_TERMS ? List.copyOf(out.subList(0, MAX_TERMS)) : out;
    }

    /** The query terms a case matched, as the buyer wrote them; numbers and ids say little to a person. */
    private static List<String> matched(List<QueryTerm> terms, Set<String> stems) {
        Set<String> out = new LinkedHashSet<>();
        for (QueryTerm t : terms) {
            if (!Tokens.isSpecial(t.surface()) && stems.contains(t.stem())) {
                out.add(t.surface());
            }
        }
        return List.copyOf(out);
    }

    static Query filter(CaseFilter f) {
        BooleanQuery.Builder q = new BooleanQuery.Builder();
        q.add(new TermQuery(new Term(CaseDocuments.SKU, CaseDocuments.sku(f.sku()))), Occur.FILTER);
        if (f.withNotes()) {
            q.add(new TermQuery(new Term(CaseDocuments.HAS_NOTES, "y")), Occur.FILTER);
        }
        if (!f.intent().isEmpty()) {
            q.add(new TermQuery(new Term(CaseDocuments.INTENT, f.intent())), Occur.FILTER);
        }
        if (f.since() != null) {
            q.add(LongPoint.newRangeQuery(CaseDocuments.DATE, f.since().toEpochDay(), Long.MAX_VALUE), Occur.FILTER);
        }
        if (!f.text().isEmpty()) {
            BooleanQuery.Builder text = new BooleanQuery.Builder();
            Set<String> seen = new HashSet<>();
            for (CaseAnalyzer.Term t : CaseAnalyzer.terms(f.text())) {
                if (seen.add(t.stem())) {
                    for (String field : new String[] {CaseDocuments.TEXT, CaseDocuments.NOTES}) {
                        text.add(new TermQuery(new Term(field, t.stem())), Occur.SHOULD);
                    }
                }
            }
            if (!seen.isEmpty()) {
                q.add(text.build(), Occur.FILTER);
            }
        }
        return new ConstantScoreQuery(q.build());
    }
}
