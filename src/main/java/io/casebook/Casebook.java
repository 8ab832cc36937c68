package io.casebook;

import io.casebook.classify.LanguageDetector;
import io.casebook.classify.MessageClassifier;
import io.casebook.classify.ModelManifest;
import io.casebook.classify.Ranking;
import io.casebook.classify.TextClassifier;
import io.casebook.entity.EntityFinder;
import io.casebook.entity.OrderIds;
import io.casebook.reply.ReplyChecker;
import io.casebook.reply.ReplyContext;
import io.casebook.reply.ReplyFinding;
import io.casebook.reply.ReplyRules;
import io.casebook.reply.ReplyRulesException;
import io.casebook.risk.RiskFlagger;
import io.casebook.risk.RiskHit;
import io.casebook.store.ModelFileException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;

/**
 * casebook's entry point: open it once with the models, then analyse buyer messages.
 *
 * <pre>{@code
 * try (Casebook casebook = Casebook.openDefault()) {
 *     Analysis a = casebook.analyze(BuyerMessage.of("where is my parcel??"));
 *     a.intent().label();   // "shipping_status"
 * }
 * }</pre>
 *
 * <p><b>Thread-safety:</b> a {@code Casebook} is immutable once opened and {@link #analyze} may
 * be called from any number of threads at once; share one instance.
 */
public final class Casebook implements AutoCloseable {

    /** File names of the models inside a models folder. */
    public static final String INTENT_MODEL = "intent.model";
    public static final String SENTIMENT_MODEL = "sentiment.model";
    /** A language counts as covered by a model when it trained on at least this many messages in it. */
    public static final int MIN_MESSAGES_PER_LANGUAGE = 20;
    private static final String RESOURCE_DIR = "/io/casebook/models/";

    private final TextClassifier intent;
    private final TextClassifier sentiment;
    private final ModelInfo intentInfo;
    private final ModelInfo sentimentInfo;
    private final Set<String> covered;
    private final LanguageDetector languages;
    private final MessageClassifier classifier;
    private final CaseBase caseBase;

    private final ReplyChecker replyChecker;

    private Casebook(TextClassifier intent, String intentSource, TextClassifier sentiment, String sentimentSource) {
        this(intent, intentSource, sentiment, sentimentSource, null, ReplyRules.standard());
    }

    private Casebook(TextClassifier intent, String intentSource, TextClassifier sentiment, String sentimentSource,
            Path caseIndex, ReplyRules rules) {
        this.intent = intent;
        this.sentiment = sentiment;
        this.intentInfo = info(intent.manifest(), intentSource);
        this.sentimentInfo = info(sentiment.manifest(), sentimentSource);
        this.covered = intentInfo.languages();
        this.languages = LanguageDetector.standard();
        this.classifier = new MessageClassifier(List.of(intent, sentiment));
        check(intent, "intent", intentSource);
        check(sentiment, "sentiment", sentimentSource);
        this.replyChecker = new ReplyChecker(rules, EntityFinder.standard());
        this.caseBase = new CaseBase(caseIndex, this::checkReply);
    }

    /**
     * Options for opening casebook: where the models and the case index are.
     *
     * <pre>{@code
     * Casebook cb = Casebook.builder().caseIndex(Path.of("casebook-index")).build();
     * }</pre>
     */
    public static final class Builder {
        private Path models;
        private Path caseIndex;
        private final List<Path> replyRules = new ArrayList<>();

        private Builder() {
        }

        /** A models folder instead of the shipped models. */
        public Builder models(Path modelsDir) {
            this.models = Objects.requireNonNull(modelsDir, "modelsDir");
            return this;
        }

        /**
         * The case index folder. When it holds no index, the first use builds one there from the
         * cases shipped with casebook. Without this, the case base is built in memory on first use.
         */
        public Builder caseIndex(Path indexDir) {
            this.caseIndex = Objects.requireNonNull(indexDir, "indexDir");
            return this;
        }

        /**
         * A file of the seller's own reply rules, added to the shipped ones (a rule with a shipped
         * rule's id replaces it); see docs/reply-check.md. May be given several times.
         */
        public Builder replyRules(Path rulesFile) {
            replyRules.add(Objects.requireNonNull(rulesFile, "rulesFile"));
            return this;
        }

        /** Opens casebook. @throws CasebookException when a model or a rules file cannot be read */
        public Casebook build() {
            ReplyRules rules = ReplyRules.standard();
            try {
                for (Path file : replyRules) {
                    rules = rules.with(file);
                }
            } catch (ReplyRulesException e) {
                throw new CasebookException(e.getMessage(), e);
            }
            Casebook base = models == null ? openDefault() : open(models);
            if (caseIndex == null && replyRules.isEmpty()) {
                return base;
            }
            return new Casebook(base.intent, base.intentInfo.source(), base.sentiment, base.sentimentInfo.source(),
                    caseIndex, rules);
        }
    }

    /** Options for opening casebook with other models or a case index on disk. */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Opens the models in {@code modelsDir} ({@value #INTENT_MODEL} and {@value #SENTIMENT_MODEL},
     * as written by {@code casebook train}).
     *
     * @throws CasebookException when a model is missing or cannot be read
     */
    public static Casebook open(Path modelsDir) {
        Objects.requireNonNull(modelsDir, "modelsDir");
        if (!Files.isDirectory(modelsDir)) {
            throw new CasebookException(modelsDir + ": no such models folder");
        }
        Path intentFile = modelsDir.resolve(INTENT_MODEL);
        Path sentimentFile = modelsDir.resolve(SENTIMENT_MODEL);
        try {
            return new Casebook(TextClassifier.load(intentFile), intentFile.toString(),
                    TextClassifier.load(sentimentFile), sentimentFile.toString());
        } catch (ModelFileException e) {
            throw new CasebookException(e.getMessage(), e);
        }
    }

    /**
     * Opens the models shipped inside casebook's jar (trained from casebook's own corpus).
     *
     * @throws CasebookException when the jar was built without them
     */
    public static Casebook openDefault() {
        return new Casebook(resource(INTENT_MODEL), "classpath:" + RESOURCE_DIR + INTENT_MODEL,
                resource(SENTIMENT_MODEL), "classpath:" + RESOURCE_DIR + SENTIMENT_MODEL);
    }

    private static TextClassifier resource(String name) {
        try (InputStream in = Casebook.class.getResourceAsStream(RESOURCE_DIR + name)) {
            if (in == null) {
                throw new CasebookException("the shipped model " + name + " is not in casebook's jar; "
                        + "rebuild it with 'mvn package' or open a models folder");
            }
            return TextClassifier.load(in, "classpath:" + RESOURCE_DIR + name);
        } catch (IOException e) {
            throw new CasebookException("cannot read the shipped model " + name + ": " + e.getMessage(), e);
        } catch (ModelFileException e) {
            throw new CasebookException(e.getMessage(), e);
        }
    }

    private static void check(TextClassifier model, String kind, String source) {
        if (!kind.equals(model.manifest().kind())) {
            throw new CasebookException(source + ": this is the " + model.manifest().kind()
                    + " model, not the " + kind + " model; train the models with 'casebook train'");
        }
    }

    private static ModelInfo info(ModelManifest m, String source) {
        Set<String> langs = new TreeSet<>();
        m.languages().forEach((lang, count) -> {
            if (count >= MIN_MESSAGES_PER_LANGUAGE) {
                langs.add(lang);
            }
        });
        return new ModelInfo(m.kind(), source, m.labels(), langs, m.corpus().sha256(), m.threshold(),
                m.created(), m.casebookVersion());
    }

    /**
     * Analyses one message: language, intent, sentiment, whether a human should decide, and the
     * risk flags (threats of negative feedback, claims, escalation; repeat contact; urgency) with
     * their evidence.
     */
    public Analysis analyze(BuyerMessage message) {
        Objects.requireNonNull(message, "message");
        String text = message.text();
        List<String> reasons = new ArrayList<>(2);
        Ranking[] rankings = classifier.rank(text);
        Ranking intentRanking = rankings[0];
        Ranking sentimentRanking = rankings[1];
        String language;
        if (text.isBlank()) {
            language = "und";
            reasons.add("the message has no text");
        } else {
            language = languages.detect(text, covered).code();
            if (language.equals("und")) {
                reasons.add("the message has no words to tell its language by");
            } else if (!covered.isEmpty() && !covered.contains(language)) {
                reasons.add("language '" + language + "' is not covered by the intent model (it covers "
                        + String.join(", ", covered) + ")");
            }
        }
        double threshold = intentInfo.threshold();
        if (intentRanking.confidence() < threshold) {
            reasons.add(String.format(Locale.ROOT, "intent confidence %.2f is below the model's threshold %.2f",
                    intentRanking.confidence(), threshold));
        }
        List<RiskFlag> risks = new ArrayList<>(1);
        for (RiskHit h : RiskFlagger.standard().flags(text)) {
            risks.add(new RiskFlag(h.type().label(), h.evidence()));
        }
        return new Analysis(message.id(), language, prediction(intentRanking), prediction(sentimentRanking),
                !reasons.isEmpty(), reasons, risks);
    }

    private static Prediction prediction(Ranking r) {
        List<LabelScore> rest = new ArrayList<>(r.labels().size() - 1);
        for (int i = 1; i < r.labels().size(); i++) {
            rest.add(new LabelScore(r.labels().get(i), r.probabilities().get(i)));
        }
        return new Prediction(r.best(), r.confidence(), rest);
    }

    /** Provenance of the intent model. */
    public ModelInfo intentModel() {
        return intentInfo;
    }

    /** Provenance of the sentiment model. */
    public ModelInfo sentimentModel() {
        return sentimentInfo;
    }

    /** Languages the intent model covers; messages in others need a human. */
    public Set<String> coveredLanguages() {
        return covered;
    }

    // ---- the case base ----------------------------------------------------------------------

    /**
     * The past cases most like {@code message}, best first: same SKU and same intent first, then the
     * same intent on another SKU, then the same SKU; text similarity decides within each tier and
     * recent cases break ties. The intent is the classifier's, weighted by its probabilities for
     * its three best intents (so that between two close intents a case of this SKU may win); the
     * SKU is the message's, a known SKU written in its text, or the SKU of an earlier case about
     * its order id.
     *
     * @param limit how many, 1 to 100
     */
    public List<Precedent> precedents(BuyerMessage message, int limit) {
        return precedents(message, analyze(message), limit);
    }

    /** As {@link #precedents(BuyerMessage, int)}, reusing an analysis of the message. */
    public List<Precedent> precedents(BuyerMessage message, Analysis analysis, int limit) {
        Objects.requireNonNull(analysis, "analysis");
        return caseBase.precedents(message, analysis, limit);
    }

    /** As {@link #precedents(BuyerMessage, int)} with an intent the caller knows (weighed as certain). */
    public List<Precedent> precedents(BuyerMessage message, String intent, int limit) {
        return caseBase.precedents(message, intent, limit);
    }

    /**
     * A draft reply to {@code message} from {@code precedent}'s reply: this buyer's name, order id,
     * tracking number and product filled in, the agent's {@code signature} at the end, and every
     * other fact of the precedent's order replaced by a {@code [[PLACEHOLDER]]}.
     *
     * @param signature the lines that end the reply (the agent's name, the shop); empty for a placeholder
     * @throws CasebookException when the precedent has no reply to draft from
     */
    public Draft draftReply(BuyerMessage message, Precedent precedent, String signature) {
        return caseBase.draft(message, precedent.pastCase(), signature);
    }

    /** As {@link #draftReply(BuyerMessage, Precedent, String)} with the signature left as a placeholder. */
    public Draft draftReply(BuyerMessage message, Precedent precedent) {
        return draftReply(message, precedent, "");
    }

    /**
     * Adds or updates the cases of the given CSV files in one atomic commit (upsert by case id).
     *
     * @param columns explicit header names for cases columns ({@code case_id}, {@code message}, ...)
     *                where a file's headers are not casebook's own or their usual synonyms
     * @throws CasebookException when a file cannot be read or the index cannot be written
     */
    public IndexReport indexCases(List<Path> files, Map<String, String> columns) {
        return caseBase.index(files, columns);
    }

    /** Adds or updates {@code cases} in one atomic commit. */
    public IndexReport addCases(List<PastCase> cases) {
        return caseBase.add(cases);
    }

    /** One SKU's past cases, newest first. */
    public List<PastCase> pastCases(PastCasesQuery query) {
        return caseBase.pastCases(query);
    }

    /** The case base: where it is, how many cases, whether this session built it from the shipped cases. */
    public CaseBaseInfo caseBase() {
        return caseBase.info();
    }

    // ---- the reply check ---------------------------------------------------------------------

    /**
     * Checks a reply to {@code message} against the marketplace's rules and the seller's own
     * (docs/reply-check.md): value offered for feedback, requests for positive feedback only,
     * payment or contact outside the marketplace, links, leftover placeholders, another buyer's
     * name or order id, another tracking number; promised delivery dates and refunds before the
     * return as warnings. The marketplace is the message's channel, else the one its order id's
     * format tells; when neither is known, the rules of every marketplace apply.
     */
    public List<Finding> checkReply(String reply, BuyerMessage message) {
        Objects.requireNonNull(reply, "reply");
        String order = message.orderId();
        String tracking = "";
        for (io.casebook.entity.Entity e : EntityFinder.standard().find(message.text())) {
            if (e.type() == io.casebook.entity.EntityType.ORDER_ID && order.isEmpty()) {
                order = e.value();
            } else if (e.type() == io.casebook.entity.EntityType.TRACKING_NUMBER && tracking.isEmpty()) {
                tracking = e.value();
            }
        }
        return checkReply(reply, message.channel(), message.buyerName(), order, tracking);
    }

    /**
     * As {@link #checkReply(String, BuyerMessage)} with the facts given one by one (empty strings
     * for unknowns); the marketplace, when empty, is the one the order id's format tells.
     */
    public List<Finding> checkReply(String reply, String marketplace, String buyerName, String orderId,
            String trackingNumber) {
        Objects.requireNonNull(reply, "reply");
        String channel = marketplace == null || marketplace.isBlank() ? OrderIds.marketplace(orderId) : marketplace;
        return checkReply(reply, new ReplyContext(channel, buyerName, orderId, trackingNumber, Set.of()));
    }

    private List<Finding> checkReply(String reply, ReplyContext context) {
        return checkReply(reply, context, kind -> true);
    }

    private List<Finding> checkReply(String reply, ReplyContext context, java.util.function.Predicate<String> kinds) {
        List<Finding> out = new ArrayList<>();
        for (ReplyFinding f : replyChecker.check(reply, context, kinds)) {
            out.add(new Finding(f.rule(), f.severity().label(), f.message(), f.start(), f.end(), f.span()));
        }
        return out;
    }

    /** The ids of the reply rules in force (shipped and the seller's). */
    public List<String> replyRuleIds() {
        return replyChecker.ruleIds();
    }

    /** Closes the case index, if one was opened. */
    @Override
    public void close() {
        caseBase.close();
    }
}
