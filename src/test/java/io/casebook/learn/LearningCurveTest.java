package io.casebook.learn;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.casebook.TestModels;
import io.casebook.classify.LabelledText;
import io.casebook.classify.TextClassifier;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class LearningCurveTest {

    private static final String[] PRODUCTS = {"lamp", "kettle", "desk chair", "phone case", "rug", "toaster"};

    /** A seller's inbox: questions the tiny corpus knows, and bulk orders it has never seen. */
    private static List<LabelledText> inbox() {
        List<LabelledText> out = new ArrayList<>();
        for (String p : PRODUCTS) {
            out.add(new LabelledText("where is my " + p + " it has not come yet", "shipping_status", "en", 0));
            out.add(new LabelledText("the " + p + " arrived smashed, box crushed", "damaged_in_transit", "en", 0));
            out.add(new LabelledText("thanks so much the " + p + " is lovely", "thanks", "en", 0));
            out.add(new LabelledText("do you sell the " + p + " wholesale, we want 200 for our shops", "wholesale_inquiry",
                    "en", 0));
            out.add(new LabelledText("bulk price for " + p + " please, distributor here", "wholesale_inquiry", "en", 0));
        }
        return out;
    }

    private static List<LearningCurve.Point> run() {
        LearningCurve.Setup setup = new LearningCurve.Setup(TestModels.resource("tiny-corpus.csv"), inbox(), List.of(4, 8),
                List.of(1L, 2L), 20, 4, TestModels.fastSettings(), 42);
        TextClassifier shipped = TextClassifier.load(TestModels.tinyModels().resolve("intent.model"));
        return LearningCurve.run(setup, shipped, p -> { });
    }

    @Test
    void scoresTheShippedModelThenTheStrategyAndRandomChoiceAtEachSize() {
        List<LearningCurve.Point> points = run();
        assertEquals(1 + 2 + 2 * 2, points.size());
        LearningCurve.Point shipped = points.get(0);
        assertEquals(0, shipped.labels());
        assertEquals(Set.of("shipping_status", "damaged_in_transit", "thanks", "wholesale_inquiry"),
                shipped.f1ByIntent().keySet(), "F1 of every intent of the test third");
        assertEquals(0, shipped.f1ByIntent().get("wholesale_inquiry"), 1e-9, "the tiny model never saw a bulk order");
        for (LearningCurve.Point p : points.subList(1, points.size())) {
            assertEquals(p.labels(), p.labelsByIntent().values().stream().mapToInt(Integer::intValue).sum(),
                    "the labels given are counted by intent");
        }
        LearningCurve.Point strategyAt8 = points.stream().filter(p -> p.labels() == 8 && p.choice().startsWith("label"))
                .findFirst().orElseThrow();
        assertTrue(strategyAt8.labelsByIntent().containsKey("wholesale_inquiry"), strategyAt8.toString());
        assertTrue(strategyAt8.macroF1() > shipped.macroF1() + 0.2, strategyAt8 + " against " + shipped);
        assertTrue(strategyAt8.f1ByIntent().get("wholesale_inquiry") > 0.5, strategyAt8.toString());
        assertEquals(2, points.stream().filter(p -> p.labels() == 8 && p.choice().equals("random")).count());
    }

    @Test
    void theSameSetupGivesTheSameCurve() {
        assertEquals(run().stream().map(LearningCurve.Point::macroF1).toList(),
                run().stream().map(LearningCurve.Point::macroF1).toList());
    }
}
