package io.casebook;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.casebook.classify.LabelledData;
import io.casebook.classify.ModelManifest;
import io.casebook.classify.TextClassifier;
import io.casebook.classify.TrainingSettings;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The models in models/ must be the ones 'casebook train' makes from the corpus as it is now. */
class ShippedModelsTest {

    @ParameterizedTest
    @ValueSource(strings = {"intent", "sentiment"})
    void areTrainedOnTheCurrentCorpusWithTheDefaultSettings(String kind) {
        ModelManifest m = TextClassifier.load(Path.of("models", kind + ".model")).manifest();
        assertEquals(kind, m.kind());
        assertEquals(LabelledData.sha256(CorpusTest.CORPUS), m.corpus().sha256(),
                "corpora/messages.csv changed after models/" + kind + ".model was trained: run 'scripts/casebook train'");
        assertEquals(TrainingSettings.DEFAULT.withThreads(m.training().threads()), m.training(),
                "the shipped model must use the default settings");
        assertEquals(kind.equals("intent") ? Taxonomy.INTENTS.stream().sorted().toList() : Taxonomy.SENTIMENTS, m.labels());
        assertNotNull(m.crossValidation());
        assertTrue(m.threshold() >= 0 && m.threshold() < 1);
        assertTrue(List.of("en", "de", "fr", "es").stream().allMatch(l -> m.languages().get(l) >= Casebook.MIN_MESSAGES_PER_LANGUAGE));
    }
}
