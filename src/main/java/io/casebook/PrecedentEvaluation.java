package io.casebook;

import io.casebook.cases.CaseBaseException;
import io.casebook.cases.CaseHit;
import io.casebook.cases.CaseIndex;
import io.casebook.cases.CaseRecord;
import io.casebook.cases.CasesCsvReader;
import io.casebook.cases.CasesFile;
import io.casebook.cases.PrecedentRequest;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;

/**
 * Measures precedent search by leave-one-out over a cases file: every case with an intent is a
 * query (its message, its SKU, the intent the classifier predicts for its message) against all
 * the other cases. The classifier never trained on the cases, so its predictions are honest. The
 * intent is weighted by the classifier's probabilities for its three best intents, as
 * {@link Casebook#precedents(BuyerMessage, Analysis, int)} does.
 */
public final class PrecedentEvaluation {

    private PrecedentEvaluation() {
    }

    /**
     * The figures of one leave-one-out run.
     *
     * @param queries            cases used as queries (those with an intent)
     * @param classifierAccuracy share of queries whose predicted intent is the gold one
     * @param topIntent          share whose top precedent has the gold intent
     * @param top3Intent         share with the gold intent among the top three
     * @param sameSkuQueries     queries for which another case has the same SKU and the gold intent
     * @param topSameSku         share of those whose top precedent has the same SKU
     * @param topIntentGoldIntent share whose top precedent has the gold intent when the gold intent is given
     * @param topIntentNoSku     share whose top precedent has the gold intent when the SKU is not given
     */
    public record Report(int queries, double classifierAccuracy, double topIntent, double top3Intent,
            int sameSkuQueries, double topSameSku, double topIntentGoldIntent, double topIntentNoSku) {
    }

    /** Runs leave-one-out over {@code casesFile} with {@code casebook}'s intent model. */
    public static Report leaveOneOut(Casebook casebook, Path casesFile) {
        List<CaseRecord> cases = new ArrayList<>();
        try {
            CasesFile file = new CasesCsvReader(Map.of(), new HashSet<>(Taxonomy.INTENTS)).read(casesFile);
            file.cases().forEach(c -> cases.add(c.record()));
        } catch (CaseBaseException e) {
            throw new CasebookException(e.getMessage(), e);
        }
        Map<String, Integer> skuIntent = new HashMap<>();
        for (CaseRecord c : cases) {
            skuIntent.merge(c.sku() + "\u0000" + c.intent(), 1, Integer::sum);
        }
        try (CaseIndex index = CaseIndex.inMemory()) {
            index.upsert(cases);
            int n = 0;
            int predictedRight = 0;
            int top = 0;
            int top3 = 0;
            int skuQueries = 0;
            int topSku = 0;
            int topGold = 0;
            int topNoSku = 0;
            for (CaseRecord c : cases) {
                if (c.intent().isEmpty()) {
                    continue;
                }
                n++;
                Analysis a = casebook.analyze(BuyerMessage.of(c.message()));
                String predicted = a.intent().label();
                Map<String, Double> weights = CaseBase.intentWeights(a);
                predictedRight += predicted.equals(c.intent()) ? 1 : 0;
                List<CaseHit> hits = index.precedents(new PrecedentRequest(c.message(), c.sku(), predicted, 3,
                        index.newest(), c.caseId(), weights));
                if (hits.isEmpty()) {
                    continue;
                }
                top += hits.get(0).record().intent().equals(c.intent()) ? 1 : 0;
                top3 += hits.stream().anyMatch(h -> h.record().intent().equals(c.intent())) ? 1 : 0;
                if (!c.sku().isEmpty() && skuIntent.get(c.sku() + "\u0000" + c.intent()) > 1) {
                    skuQueries++;
                    topSku += hits.get(0).record().sku().equals(c.sku()) ? 1 : 0;
                }
                List<CaseHit> gold = index.precedents(new PrecedentRequest(c.message(), c.sku(), c.intent(), 1,
                        index.newest(), c.caseId()));
                topGold += gold.get(0).record().intent().equals(c.intent()) ? 1 : 0;
                List<CaseHit> noSku = index.precedents(new PrecedentRequest(c.message(), "", predicted, 1,
                        index.newest(), c.caseId(), weights));
                topNoSku += noSku.get(0).record().intent().equals(c.intent()) ? 1 : 0;
            }
            return new Report(n, share(predictedRight, n), share(top, n), share(top3, n), skuQueries,
                    share(topSku, skuQueries), share(topGold, n), share(topNoSku, n));
        }
    }

    private static double share(int a, int b) {
        return b == 0 ? 0 : (double) a / b;
    }
}
