package io.casebook;

import io.casebook.classify.LanguageDetector;
import io.casebook.classify.ModelManifest;
import io.casebook.classify.Ranking;
import io.casebook.classify.TextClassifier;
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
    private final boolean sharedTokens;
    private final CaseBase caseBase;

    private Casebook(TextClassifier intent, String intentSource, TextClassifier sentiment, String sentimentSource) {
        this(intent, intentSource, sentiment, sentimentSource, null);
    }

    private Casebook(TextClassifier intent, String intentSource, TextClassifier sentiment, String sentimentSource,
            Path caseIndex) {
        this.intent = intent;
        this.sentiment = sentiment;
        this.intentInfo = info(intent.manifest(), intentSource);
        this.sentimentInfo = info(sentiment.manifest(), sentimentSource);
        this.covered = intentInfo.languages();
        this.languages = LanguageDetector.standard();
        this.sharedTokens = intent.seesTextLike(sentiment);
        check(intent, "intent", intentSource);
        check(sentiment, "sentiment", sentimentSource);
        this.caseBase = new CaseBase(caseIndex);
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

        /** Opens casebook. @throws CasebookException when a model cannot be read */
        public Casebook build() {
            Casebook base = models == null ? openDefault() : open(models);
            return caseIndex == null ? base : new Casebook(base.intent, base.intentInfo.source(), base.sentiment,
                    base.sentimentInfo.source(), caseIndex);
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

    /** Analyses one message: language, intent, sentiment, and whether a human should decide. */
    public Analysis analyze(BuyerMessage message) {
        Objects.requireNonNull(message, "message");
        String text = message.text();
        List<String> reasons = new ArrayList<>(2);
        List<String> tokens = intent.tokens(text);
        Ranking intentRanking = intent.rankTokens(tokens);
        Ranking sentimentRanking = sharedTokens ? sentiment.rankTokens(tokens) : sentiment.rank(text);
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
        return new Analysis(message.id(), language, prediction(intentRanking), prediction(sentimentRanking),
                !reasons.isEmpty(), reasons);
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

    /** Closes the case index, if one was opened. */
    @Override
    public void close() {
        caseBase.close();
    }
}
