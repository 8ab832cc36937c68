package io.casebook.classify;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import opennlp.tools.doccat.DocumentCategorizerME;
import opennlp.tools.ml.model.MaxentModel;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The compiled models must score exactly like OpenNLP, on the shipped models and real messages. */
class LinearModelTest {

    private static List<String> texts;

    @BeforeAll
    static void readCorpus() throws Exception {
        texts = new ArrayList<>();
        try (Reader reader = Files.newBufferedReader(Path.of("corpora", "messages.csv"), StandardCharsets.UTF_8)) {
            List<CSVRecord> rows = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get()
                    .parse(reader).getRecords();
            for (int i = 0; i < rows.size(); i += 5) {
                texts.add(rows.get(i).get("text"));
            }
        }
    }

    @Test
    void shippedModelsScoreBitForBitLikeOpenNlp() {
        for (String name : List.of("intent.model", "sentiment.model")) {
            TextClassifier classifier = TextClassifier.load(Path.of("models", name));
            assertNotNull(classifier.linear(), name + " is a maximum-entropy model and must be compiled");
            DocumentCategorizerME reference = new DocumentCategorizerME(loadDoccat(name));
            for (String text : texts) {
                String[] features = classifier.extractor().features(text);
                assertArrayEquals(reference.categorize(features), classifier.linear().eval(features), 0.0, text);
                assertEquals(classifier.rankFeatures(features), classifier.rankTokens(classifier.tokens(text)), text);
            }
        }
    }

    @Test
    void theLanguageModelScoresBitForBitLikeOpenNlp() {
        MaxentModel model = LanguageDetector.loadModel().getMaxentModel();
        LinearModel linear = LinearModel.compile(model, "");
        assertNotNull(linear);
        for (String text : texts) {
            String s = LanguageDetector.normalize(text);
            List<String> grams = new ArrayList<>();
            for (int n = 1; n <= 3; n++) {
                for (int i = 0; i + n <= s.length(); i++) {
                    grams.add(s.substring(i, i + n));
                }
            }
            String[] context = grams.toArray(new String[0]);
            assertArrayEquals(model.eval(context), linear.eval(context), 0.0, text);
        }
    }

    /** The detector keeps its weights as floats: the same first language, probabilities within 1e-5. */
    @Test
    void singlePrecisionLanguageWeightsKeepTheAnswer() {
        MaxentModel model = LanguageDetector.loadModel().getMaxentModel();
        LinearModel single = LinearModel.compile(model, "", true);
        for (String text : texts) {
            String s = LanguageDetector.normalize(text);
            java.util.LinkedHashSet<String> grams = new java.util.LinkedHashSet<>();
            for (int n = 1; n <= 3; n++) {
                for (int i = 0; i + n <= s.length(); i++) {
                    grams.add(s.substring(i, i + n));
                }
            }
            String[] context = grams.toArray(new String[0]);
            double[] expected = model.eval(context);
            double[] actual = single.eval(context);
            assertArrayEquals(expected, actual, 1e-5, text);
            assertEquals(model.getBestOutcome(expected), model.getBestOutcome(actual), text);
        }
    }

    @Test
    void sharedScoringGivesEachModelsOwnRanking() {
        TextClassifier intent = TextClassifier.load(Path.of("models", "intent.model"));
        TextClassifier sentiment = TextClassifier.load(Path.of("models", "sentiment.model"));
        MessageClassifier both = new MessageClassifier(List.of(intent, sentiment));
        for (String text : texts) {
            Ranking[] r = both.rank(text);
            assertEquals(intent.rank(text), r[0], text);
            assertEquals(sentiment.rank(text), r[1], text);
        }
    }

    @Test
    void featureIndexFindsWholeNamesAndRegionsAndNothingElse() {
        FeatureIndex index = new FeatureIndex(new String[] {"Aa", "BB", "w:parcel", "b:not_working", "é"});
        assertEquals(5, index.size());
        assertEquals(0, index.find("Aa"));
        assertEquals(1, index.find("BB")); // same String.hashCode as "Aa"
        assertEquals(2, index.find(new FeatureText().append("w:").append("parcel")));
        assertEquals(3, index.find("xxb:not_workingyy".toCharArray(), 2, 15));
        assertEquals(4, index.find("café".toCharArray(), 3, 4));
        assertEquals(-1, index.find("w:parce"));
        assertEquals(-1, index.find(""));
        assertThrows(IllegalArgumentException.class, () -> new FeatureIndex(new String[] {"a", "a"}));
    }

    @Test
    void featureIndexKeepsEveryRowOfALargeModel() {
        String[] names = new String[300_000]; // more rows than 2^18: the row takes 19 bits of a slot
        for (int i = 0; i < names.length; i++) {
            names[i] = "n:" + Integer.toString(i, 36);
        }
        FeatureIndex index = new FeatureIndex(names);
        for (int i = 0; i < names.length; i++) {
            assertEquals(i, index.find(names[i]));
            assertEquals(-1, index.find("m:" + Integer.toString(i, 36)));
        }
    }

    @Test
    void aModelWithMoreOutcomesThanAByteHoldsIsLeftToOpenNlp() throws Exception {
        List<opennlp.tools.ml.model.Event> events = new ArrayList<>();
        for (int label = 0; label <= LinearModel.MAX_OUTCOMES; label++) {
            events.add(new opennlp.tools.ml.model.Event("l" + label, new String[] {"f" + label, "shared"}));
        }
        opennlp.tools.util.TrainingParameters params = new opennlp.tools.util.TrainingParameters();
        params.put(opennlp.tools.util.TrainingParameters.ALGORITHM_PARAM, "MAXENT_QN");
        params.put(opennlp.tools.util.TrainingParameters.ITERATIONS_PARAM, 5);
        params.put(opennlp.tools.util.TrainingParameters.CUTOFF_PARAM, 0);
        MaxentModel wide = opennlp.tools.ml.TrainerFactory.getEventTrainer(params, null)
                .train(opennlp.tools.util.ObjectStreamUtils.createObjectStream(events));
        assertEquals(LinearModel.MAX_OUTCOMES + 1, wide.getNumOutcomes());
        assertEquals(null, LinearModel.compile(wide, ""));
        assertEquals(null, LinearModel.compile(wide, "", true));
    }

    @Test
    void otherModelsAreLeftToOpenNlp() throws Exception {
        LabelledData data = LabelledData.read(io.casebook.TestModels.resource("tiny-corpus.csv"), "text", "intent", "lang");
        TextClassifier nb = ClassifierTrainer.train("intent", data,
                TrainingSettings.DEFAULT.withAlgorithm(Algorithm.NAIVE_BAYES).withFolds(2).withThreads(1));
        assertEquals(null, nb.linear());
        assertNotNull(nb.rank("where is my parcel").best());
    }

    private static opennlp.tools.doccat.DoccatModel loadDoccat(String name) {
        try (var zip = new java.util.zip.ZipFile(Path.of("models", name).toFile())) {
            return new opennlp.tools.doccat.DoccatModel(zip.getInputStream(zip.getEntry("model.bin")));
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
