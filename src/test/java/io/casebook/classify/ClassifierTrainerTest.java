package io.casebook.classify;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.casebook.TestModels;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ClassifierTrainerTest {

    private static final List<String> PROBES = List.of("where is my parcel", "box crushed, glass broken",
            "thank you it arrived", "Wo ist mein Paket?", "", "!!!", "order 113-4829301-5571234 not moving");

    private static LabelledData tiny() {
        return LabelledData.read(TestModels.resource("tiny-corpus.csv"), "text", "intent", "lang");
    }

    @Test
    void foldsAreStratifiedAndDeterministic() {
        List<LabelledText> rows = tiny().rows();
        int[] a = ClassifierTrainer.stratifiedFolds(rows, 3, 7);
        assertArrayEquals(a, ClassifierTrainer.stratifiedFolds(rows, 3, 7));
        Map<String, int[]> perLabel = new HashMap<>();
        for (int i = 0; i < rows.size(); i++) {
            perLabel.computeIfAbsent(rows.get(i).label(), k -> new int[3])[a[i]]++;
        }
        for (int[] counts : perLabel.values()) {
            int min = Math.min(counts[0], Math.min(counts[1], counts[2]));
            int max = Math.max(counts[0], Math.max(counts[1], counts[2]));
            assertTrue(max - min <= 1, "a label is spread evenly over the folds");
        }
    }

    @Test
    void trainingIsDeterministic() {
        TextClassifier one = ClassifierTrainer.train("intent", tiny(), TestModels.fastSettings());
        TextClassifier two = ClassifierTrainer.train("intent", tiny(), TestModels.fastSettings());
        for (String probe : PROBES) {
            assertEquals(one.rank(probe), two.rank(probe), probe);
        }
        assertTrue(one.sameWeights(two), "the same outcomes, features and weights");
        TextClassifier other = ClassifierTrainer.train("intent", tiny(), TestModels.fastSettings().withL2(5));
        assertTrue(!one.sameWeights(other), "weight equality is not identity");
        assertEquals(one.manifest().crossValidation(), two.manifest().crossValidation());
    }

    @Test
    void aSavedModelPredictsExactlyAsBeforeWithItsOwnFeatureSpec(@TempDir Path dir) throws Exception {
        FeatureSpec unusual = new FeatureSpec(3, 2, 4, 4, false, false, 6, false, false);
        TextClassifier trained = ClassifierTrainer.train("intent", tiny(), TestModels.fastSettings().withFeatures(unusual));
        Path file = dir.resolve("intent.model");
        trained.save(file);
        TextClassifier loaded = TextClassifier.load(file);
        assertEquals(unusual, loaded.manifest().features());
        assertEquals(trained.manifest(), loaded.manifest());
        for (String probe : PROBES) {
            assertEquals(trained.rank(probe), loaded.rank(probe), probe);
        }
    }

    @Test
    void manifestCarriesProvenance() {
        TextClassifier model = ClassifierTrainer.train("intent", tiny(), TestModels.fastSettings());
        ModelManifest m = model.manifest();
        assertEquals("intent", m.kind());
        assertEquals(List.of("damaged_in_transit", "shipping_status", "thanks"), m.labels());
        assertEquals(LabelledData.sha256(TestModels.resource("tiny-corpus.csv")), m.corpus().sha256());
        assertEquals(Map.of("en", 30, "de", 6), m.languages());
        assertNotNull(m.crossValidation());
        assertEquals(36, m.crossValidation().count());
        assertNotNull(m.created());
        assertNotNull(m.openNlpVersion());
    }

    @Test
    void everyAlgorithmTrains() {
        for (Algorithm algorithm : Algorithm.values()) {
            TextClassifier model = ClassifierTrainer.train("intent", tiny(),
                    TestModels.fastSettings().withFolds(0).withAlgorithm(algorithm));
            Ranking r = model.rank("where is my parcel");
            assertEquals(3, r.labels().size(), algorithm.name());
            assertEquals(1.0, r.probabilities().stream().mapToDouble(Double::doubleValue).sum(), 1e-6);
            List<Double> sorted = new ArrayList<>(r.probabilities());
            sorted.sort(java.util.Comparator.reverseOrder());
            assertEquals(sorted, r.probabilities(), "ranked best first");
        }
    }

    @Test
    void oneLabelIsNotEnough(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("one.csv");
        Files.writeString(file, "text,intent\na,x\nb,x\n");
        DataFileException e = assertThrows(DataFileException.class, () -> ClassifierTrainer.train("intent",
                LabelledData.read(file, "text", "intent", null), TestModels.fastSettings()));
        assertTrue(e.getMessage().contains("one.csv") && e.getMessage().contains("at least two"), e.getMessage());
    }
}
