package io.casebook.cases;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.ConstantScoreQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;

/**
 * Builds the case base's queries programmatically, from analysed terms and exact keys: buyer text
 * never reaches a query parser, so {@code AND ( ) " * ~ ^ :} and the like are just characters.
 *
 * <p>A precedent query adds up four parts: text relevance (BM25 over the case's message, and with
 * less weight its notes and product title, for the message's most telling terms: at most
 * {@value #MAX_TERMS}, chosen by tf-idf as MoreLikeThis does), a constant {@value #INTENT_BOOST}
 * for the same intent, {@value #SKU_BOOST} for the same SKU, and a recency bonus of at most
 * {@value #RECENCY_WEIGHT} (half of it for a case {@value #RECENCY_PIVOT_DAYS} days old). The
 * constants are larger than any text score, so cases rank in tiers: same SKU and intent; same
 * intent, another SKU; same SKU, another intent; the rest. Within a tier the text decides, and
 * recency breaks ties.
 */
final class CaseQueries {

    static final int MAX_TERMS = 16;
    static final float INTENT_BOOST = 2000f;
    static final float SKU_BOOST = 1000f;
    static final float RECENCY_WEIGHT = 0.5f;
    static final long RECENCY_PIVOT_DAYS = 365;
    static final float NOTES_WEIGHT = 0.3f;
    static final float PRODUCT_WEIGHT = 0.6f;

    static final Sort NEWEST_FIRST = new Sort(new SortField(CaseDocuments.DATE, SortField.Type.LONG, true),
            new SortField(CaseDocuments.ID, SortField.Type.STRING));

    private CaseQueries() {
    }

    /** A chosen query term: its stem and the buyer's word for it. */
    record QueryTerm(String stem, String surface, float weight) {
    }

    static List<CaseHit> precedents(IndexSearcher searcher, PrecedentRequest request) throws IOException {
        List<QueryTerm> terms = telling(searcher.getIndexReader(), request.text());
        String sku = CaseDocuments.sku(request.sku());
        BooleanQuery.Builder q = new BooleanQuery.Builder();
        if (!terms.isEmpty()) {
            BooleanQuery.Builder text = new BooleanQuery.Builder();
            for (QueryTerm t : terms) {
                text.add(new TermQuery(new Term(CaseDocuments.TEXT, t.stem())), Occur.SHOULD);
                text.add(new BoostQuery(new TermQuery(new Term(CaseDocuments.NOTES, t.stem())), NOTES_WEIGHT),
                        Occur.SHOULD);
                text.add(new BoostQuery(new TermQuery(new Term(CaseDocuments.PRODUCT, t.stem())), PRODUCT_WEIGHT),
                        Occur.SHOULD);
            }
            q.add(text.build(), Occur.SHOULD);
        }
        if (!sku.isEmpty()) {
            q.add(new BoostQuery(new ConstantScoreQuery(new TermQuery(new Term(CaseDocuments.SKU, sku))), SKU_BOOST),
                    Occur.SHOULD);
        }
        if (!request.intent().isEmpty()) {
            q.add(new BoostQuery(new ConstantScoreQuery(new TermQuery(new Term(CaseDocuments.INTENT,
                    request.intent()))), INTENT_BOOST), Occur.SHOULD);
        }
        q.add(LongPoint.newDistanceFeatureQuery(CaseDocuments.DATE, RECENCY_WEIGHT, request.asOf().toEpochDay(),
                RECENCY_PIVOT_DAYS), Occur.SHOULD);
        TopDocs top = searcher.search(q.build(), request.limit());
        List<CaseHit> hits = new ArrayList<>(top.scoreDocs.length);
        for (ScoreDoc d : top.scoreDocs) {
            CaseRecord c = CaseDocuments.fromDocument(searcher.storedFields().document(d.doc));
            boolean sameSku = !sku.isEmpty() && sku.equals(CaseDocuments.sku(c.sku()));
            boolean sameIntent = !request.intent().isEmpty() && request.intent().equals(c.intent());
            double relevance = d.score - (sameSku ? SKU_BOOST : 0) - (sameIntent ? INTENT_BOOST : 0);
            hits.add(new CaseHit(c, Math.max(0, relevance), sameSku, sameIntent, matched(terms, c)));
        }
        return hits;
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
            int df = reader.docFreq(new Term(CaseDocuments.TEXT, e.getKey()))
                    + reader.docFreq(new Term(CaseDocuments.PRODUCT, e.getKey()));
            if (df == 0) {
                continue;
            }
            double idf = Math.log(1 + (n - df + 0.5) / (df + 0.5));
            out.add(new QueryTerm(e.getKey(), surface.get(e.getKey()), (float) (e.getValue() * idf)));
        }
        out.sort(Comparator.comparingDouble(QueryTerm::weight).reversed().thenComparing(QueryTerm::stem));
        return out.size() > MAX_TERMS ? List.copyOf(out.subList(0, MAX_TERMS)) : out;
    }

    private static List<String> matched(List<QueryTerm> terms, CaseRecord c) {
        if (terms.isEmpty()) {
            return List.of();
        }
        Set<String> stems = new HashSet<>();
        for (CaseAnalyzer.Term t : CaseAnalyzer.terms(c.message() + "\n" + c.notes() + "\n" + c.product())) {
            stems.add(t.stem());
        }
        Set<String> out = new LinkedHashSet<>();
        for (QueryTerm t : terms) {
            if (stems.contains(t.stem())) {
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
                    for (String field : new String[] {CaseDocuments.TEXT, CaseDocuments.NOTES, CaseDocuments.PRODUCT}) {
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
