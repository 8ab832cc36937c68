package io.casebook;

import io.casebook.cases.CaseBaseException;
import io.casebook.cases.CaseField;
import io.casebook.cases.CaseFilter;
import io.casebook.cases.CaseHit;
import io.casebook.cases.CaseIndex;
import io.casebook.cases.CaseRecord;
import io.casebook.cases.CasesCsvReader;
import io.casebook.cases.CasesFile;
import io.casebook.cases.PrecedentRequest;
import io.casebook.cases.RejectedRow;
import io.casebook.cases.UpsertResult;
import io.casebook.entity.Entity;
import io.casebook.entity.EntityFinder;
import io.casebook.entity.EntityType;
import io.casebook.reply.DraftFacts;
import io.casebook.reply.DraftText;
import io.casebook.reply.DraftWriter;
import io.casebook.reply.ReplyChecker;
import io.casebook.reply.ReplyContext;
import io.casebook.entity.OrderIds;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The case base behind {@link Casebook}: opens (or builds) the index on first use, fills in what
 * a message's text says about its order, and converts between the API's values and the case
 * package's. Thread-safe: the index is opened once under a lock; searches and drafts run in
 * parallel; updates are serialised by the index.
 */
final class CaseBase implements AutoCloseable {

    static final String SHIPPED_CASES = "/io/casebook/cases/cases.csv";

    private final Path indexDir;
    private volatile CaseIndex index;
    private volatile boolean builtFromShipped;
    private volatile SkuFinder skuFinder = new SkuFinder(Set.of(), EntityFinder.standard(),
            new DraftWriter(EntityFinder.standard()));

    private record SkuFinder(Set<String> skus, EntityFinder finder, DraftWriter writer) {
    }

    private final Checker checker;

    /** The reply check, as the case base uses it for drafts. */
    interface Checker {
        List<Finding> check(String reply, ReplyContext context, java.util.function.Predicate<String> kinds);
    }

    /** The content findings of a precedent's reply as a draft with nothing filled in, by precedent, channel and signature. */
    private final java.util.concurrent.ConcurrentHashMap<String, List<Finding>> contentFindings =
            new java.util.concurrent.ConcurrentHashMap<>();

    CaseBase(Path indexDir, Checker checker) {
        this.indexDir = indexDir;
        this.checker = checker;
    }

    /** The index, built from the shipped cases when there is none yet. */
    private CaseIndex index() {
        return index(true);
    }

    /**
     * The index. With {@code seed}, a missing index is built from the shipped cases (for searching);
     * without, it starts empty (for indexing the caller's own cases).
     */
    private CaseIndex index(boolean seed) {
        CaseIndex i = index;
        if (i != null) {
            return i;
        }
        synchronized (this) {
            if (index == null) {
                try {
                    boolean fresh = indexDir == null || !CaseIndex.exists(indexDir);
                    CaseIndex opened = indexDir == null ? CaseIndex.inMemory() : CaseIndex.open(indexDir);
                    if (seed && fresh && opened.size() == 0) {
                        opened.upsert(shippedCases());
                        builtFromShipped = true;
                    }
                    index = opened;
                } catch (CaseBaseException e) {
                    throw new CasebookException(e.getMessage(), e);
                }
            }
            return index;
        }
    }

    private static List<CaseRecord> shippedCases() {
        try (InputStream in = CaseBase.class.getResourceAsStream(SHIPPED_CASES)) {
            if (in == null) {
                throw new CasebookException("the shipped cases are not in casebook's jar; rebuild it with 'mvn package'"
                        + " or index your own with 'casebook index --cases FILE'");
            }
            CasesFile file = reader(Map.of()).read(in, "classpath:" + SHIPPED_CASES);
            List<CaseRecord> out = new ArrayList<>(file.cases().size());
            file.cases().forEach(c -> out.add(c.record()));
            return out;
        } catch (IOException e) {
            throw new CasebookException("cannot read the shipped cases: " + e.getMessage(), e);
        }
    }

    private static CasesCsvReader reader(Map<CaseField, String> mapping) {
        return new CasesCsvReader(mapping, new HashSet<>(Taxonomy.INTENTS));
    }

    CaseBaseInfo info() {
        CaseIndex i = index();
        return new CaseBaseInfo(i.location(), i.size(), builtFromShipped);
    }

    private EntityFinder finder(CaseIndex i) {
        return current(i).finder();
    }

    /** The finder of the index's SKUs and the draft writer using it (which keeps the precedents' templates). */
    private SkuFinder current(CaseIndex i) {
        SkuFinder f = skuFinder;
        Set<String> skus = i.skus();
        if (!f.skus().equals(skus)) {
            EntityFinder finder = EntityFinder.withSkus(skus);
            f = new SkuFinder(skus, finder, new DraftWriter(finder));
            skuFinder = f;
        }
        return f;
    }

    /** The last message this thread asked about and its facts: a draft follows the precedent search of the same message. */
    private final ThreadLocal<Object[]> lastFacts = ThreadLocal.withInitial(() -> new Object[2]);

    /** What the message and the case base say about the message's order. */
    private DraftFacts facts(CaseIndex i, BuyerMessage m) {
        Object[] last = lastFacts.get();
        if (last[0] == m) {
            return (DraftFacts) last[1];
        }
        DraftFacts f = readFacts(i, m);
        last[0] = m;
        last[1] = f;
        return f;
    }

    private DraftFacts readFacts(CaseIndex i, BuyerMessage m) {
        EntityFinder finder = finder(i);
        String orderId = m.orderId();
        String sku = m.sku();
        String tracking = "";
        for (Entity e : finder.find(m.text())) {
            if (e.type() == EntityType.ORDER_ID && orderId.isEmpty()) {
                orderId = e.value();
            } else if (e.type() == EntityType.SKU && sku.isEmpty()) {
                sku = e.value();
            } else if (e.type() == EntityType.TRACKING_NUMBER && tracking.isEmpty()) {
                tracking = e.value();
            }
        }
        if (sku.isEmpty() && !orderId.isEmpty()) {
            CaseRecord earlier = i.latestForOrder(orderId);
            if (earlier != null) {
                sku = earlier.sku();
            }
        }
        String product = "";
        if (!sku.isEmpty()) {
            List<CaseRecord> ofSku = i.list(new CaseFilter(sku, false, "", null, "", 1));
            if (!ofSku.isEmpty()) {
                product = ofSku.get(0).product();
                sku = ofSku.get(0).sku();
            }
        }
        return new DraftFacts(m.buyerName(), orderId, tracking, sku, product);
    }

    /** How many of the classifier's best intents weigh in a precedent search. */
    static final int INTENTS_WEIGHED = 3;

    /**
     * The intents a search weighs and how much: the classifier's probabilities for its best three.
     * A confident prediction keeps its tier; between two close intents, a case of this SKU with
     * the runner-up intent can beat another SKU's case of the first.
     */
    static Map<String, Double> intentWeights(Analysis a) {
        Map<String, Double> w = new java.util.HashMap<>();
        w.put(a.intent().label(), a.intent().confidence());
        for (int i = 0; i < Math.min(INTENTS_WEIGHED - 1, a.intent().alternatives().size()); i++) {
            LabelScore s = a.intent().alternatives().get(i);
            w.put(s.label(), s.probability());
        }
        return w;
    }

    List<Precedent> precedents(BuyerMessage message, String intent, int limit) {
        return precedents(message, intent, Map.of(), limit);
    }

    List<Precedent> precedents(BuyerMessage message, Analysis analysis, int limit) {
        return precedents(message, analysis.intent().label(), intentWeights(analysis), limit);
    }

    private List<Precedent> precedents(BuyerMessage message, String intent, Map<String, Double> weights, int limit) {
        if (limit < 1 || limit > 100) {
            throw new CasebookException("the number of precedents must be 1 to 100, not " + limit);
        }
        CaseIndex i = index();
        DraftFacts facts = facts(i, message);
        try {
            List<CaseHit> hits = i.precedents(new PrecedentRequest(message.text(), facts.sku(), intent, limit,
                    i.newest(), "", weights));
            List<Precedent> out = new ArrayList<>(hits.size());
            for (CaseHit h : hits) {
                out.add(new Precedent(toPastCase(h.record()), h.relevance(), h.sameSku(), h.sameIntent(),
                        h.matchedTerms()));
            }
            return out;
        } catch (CaseBaseException e) {
            throw new CasebookException(e.getMessage(), e);
        }
    }

    Draft draft(BuyerMessage message, PastCase precedent, String signature) {
        if (precedent.reply().isBlank()) {
            throw new CasebookException("case " + precedent.caseId() + " has no reply to draft from (it is "
                    + (precedent.resolution().isEmpty() ? "unresolved" : precedent.resolution()) + ")");
        }
        CaseIndex i = index();
        DraftFacts target = facts(i, message);
        DraftFacts source = new DraftFacts(precedent.buyerName(), precedent.orderId(), "", precedent.sku(),
                precedent.product());
        DraftText d = current(i).writer().draft(precedent.reply(), source, target, signature);
        String channel = !message.channel().isEmpty() ? message.channel() : OrderIds.marketplace(target.orderId());
        Set<String> others = precedent.buyerName().isBlank() || precedent.buyerName().equals(message.buyerName())
                ? Set.of() : Set.of(precedent.buyerName());
        // the rules about the reply's content give the same findings whoever it is filled in for:
        // check them once per precedent on the draft with nothing filled in, then find their spans
        String key = precedent.caseId() + '\u0000' + channel + '\u0000' + signature + '\u0000' + precedent.reply().hashCode();
        List<Finding> content = contentFindings.get(key);
        if (content == null) {
            DraftText neutral = current(i).writer().draft(precedent.reply(), source, new DraftFacts("", "", "", "", ""),
                    signature);
            content = checker.check(neutral.text(), new ReplyContext(channel, "", "", "", Set.of()),
                    kind -> !ReplyChecker.CONTEXT_CHECKS.contains(kind));
            if (contentFindings.size() < 20_000) {
                contentFindings.putIfAbsent(key, content);
            }
        }
        List<Finding> findings = new ArrayList<>(checker.check(d.text(), new ReplyContext(channel, target.buyerName(),
                target.orderId(), target.trackingNumber(), others), ReplyChecker.CONTEXT_CHECKS::contains));
        int from = 0;
        for (Finding f : content) {
            int at = d.text().indexOf(f.span(), from);
            if (at >= 0) {
                findings.add(new Finding(f.rule(), f.severity(), f.message(), at, at + f.span().length(), f.span()));
                from = at;
            }
        }
        findings.sort(java.util.Comparator.comparingInt(Finding::start).thenComparing(Finding::severity)
                .thenComparing(Finding::rule));
        return new Draft(d.text(), precedent.caseId(), d.placeholders(), findings);
    }

    IndexReport index(List<Path> files, Map<String, String> columns) {
        Map<CaseField, String> mapping = new EnumMap<>(CaseField.class);
        columns.forEach((field, header) -> {
            CaseField f = CaseField.byColumn(field);
            if (f == null) {
                throw new CasebookException("unknown cases column '" + field + "' in a column mapping (use one of "
                        + String.join(", ", java.util.Arrays.stream(CaseField.values()).map(CaseField::column).toList())
                        + ")");
            }
            mapping.put(f, header);
        });
        CasesCsvReader reader = reader(mapping);
        List<CaseRecord> records = new ArrayList<>();
        List<IndexReport.Rejection> rejected = new ArrayList<>();
        try {
            for (Path file : files) {
                CasesFile read = reader.read(file);
                read.cases().forEach(c -> records.add(c.record()));
                for (RejectedRow r : read.rejected()) {
                    rejected.add(new IndexReport.Rejection(r.file(), r.line(), r.reason()));
                }
            }
            UpsertResult result = index(false).upsert(records);
            return new IndexReport(result.added(), result.updated(), result.unchanged(), rejected);
        } catch (CaseBaseException e) {
            throw new CasebookException(e.getMessage(), e);
        }
    }

    IndexReport add(List<PastCase> cases) {
        List<CaseRecord> records = new ArrayList<>(cases.size());
        for (PastCase c : cases) {
            if (!c.intent().isEmpty() && !Taxonomy.INTENTS.contains(c.intent())) {
                throw new CasebookException("case " + c.caseId() + ": unknown intent '" + c.intent() + "'");
            }
            records.add(new CaseRecord(c.caseId(), c.date(), c.channel(), c.orderId(), c.sku(), c.product(),
                    c.buyerName(), c.message(), c.intent(), c.notes(), c.reply(), c.resolution()));
        }
        try {
            UpsertResult result = index(false).upsert(records);
            return new IndexReport(result.added(), result.updated(), result.unchanged(), List.of());
        } catch (CaseBaseException e) {
            throw new CasebookException(e.getMessage(), e);
        }
    }

    List<PastCase> pastCases(PastCasesQuery q) {
        try {
            List<PastCase> out = new ArrayList<>();
            for (CaseRecord r : index().list(new CaseFilter(q.sku(), q.withNotes(), q.intent(), q.since(), q.text(),
                    q.limit()))) {
                out.add(toPastCase(r));
            }
            return out;
        } catch (CaseBaseException e) {
            throw new CasebookException(e.getMessage(), e);
        }
    }

    private static PastCase toPastCase(CaseRecord r) {
        return new PastCase(r.caseId(), r.date(), r.channel(), r.orderId(), r.sku(), r.product(), r.buyerName(),
                r.message(), r.intent(), r.notes(), r.reply(), r.resolution());
    }

    @Override
    public synchronized void close() {
        if (index != null) {
            index.close();
            index = null;
        }
    }
}
