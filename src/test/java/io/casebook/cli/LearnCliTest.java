package io.casebook.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.casebook.TestModels;
import io.casebook.learn.LabelsFile;
import io.casebook.learn.ModelStore;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** casebook label driven by scripted key presses, then train --add and models, end to end. */
class LearnCliTest {

    @TempDir
    Path dir;

    record Run(int code, String out, String err, String screen) {
    }

    @AfterEach
    void noTerminal() {
        LabelCommand.testInput = null;
        LabelCommand.testOutput = null;
    }

    private static Run run(String keys, String... args) {
        ByteArrayOutputStream screen = new ByteArrayOutputStream();
        LabelCommand.testInput = new ByteArrayInputStream(keys.getBytes(StandardCharsets.UTF_8));
        LabelCommand.testOutput = screen;
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Main.run(args, new PrintWriter(out), new PrintWriter(err));
        return new Run(code, out.toString(), err.toString(), screen.toString(StandardCharsets.UTF_8));
    }

    private Path inbox() throws Exception {
        Path inbox = dir.resolve("inbox.csv");
        Files.writeString(inbox, "id,subject,text\n"
                + "m1,,where is my parcel it has been two weeks\n"
                + "m2,Return policy inquiry from Amazon customer Ann (Order: 111-1537220-5238651),can i send these shoes back they are too small\n"
                + "m3,,the blender arrived broken\n"
                + "m4,,\"thank you, great seller!\"\n"
                + "m5,,do you have this in blue\n");
        return inbox;
    }

    @Test
    void aSessionSavesEveryKeyPressAndTheNextOneResumes() throws Exception {
        Path inbox = inbox();
        Path labels = dir.resolve("labels.csv");
        String models = TestModels.tinyModels().toString();
        // accept, pick the 2nd intent, skip, undo the skip, pick from the full list (letter c = wholesale_inquiry), quit
        Run first = run("\r2suoc" + "q", "label", inbox.toString(), "--labels", labels.toString(), "--models", models,
                "--order", "inbox");
        assertEquals(0, first.code(), first.err());
        List<LabelsFile.Answer> answers = LabelsFile.open(labels).answers();
        assertEquals(3, answers.size(), first.screen());
        assertEquals(List.of("m1", "m2", "m3"), answers.stream().map(LabelsFile.Answer::id).toList());
        assertEquals("accepted", answers.get(0).status());
        assertEquals("wholesale_inquiry", answers.get(2).intent());
        assertTrue(first.screen().contains("return_request   (the buyer's topic in the subject)"), first.screen());
        assertTrue(first.out().contains("1 accepted") && first.out().contains("1 undone"), first.out());

        // the next session starts at m4; w has no suggestion there, '+' sets the sentiment, Enter answers
        Run second = run("+\r", "label", inbox.toString(), "--labels", labels.toString(), "--models", models,
                "--order", "inbox");
        assertEquals(0, second.code(), second.err());
        answers = LabelsFile.open(labels).answers();
        assertEquals(4, answers.size());
        assertEquals("m4", answers.get(3).id());
        assertEquals("positive", answers.get(3).sentiment());
        assertTrue(second.err().contains("3 answered before"), second.err());
        assertTrue(second.out().contains("1 messages left"), second.out());
    }

    @Test
    void theQueueRelearnsFromTheAnswersAsTheSellerGoes() throws Exception {
        Path inbox = dir.resolve("colours.csv");
        StringBuilder csv = new StringBuilder("id,text\n");
        String[] colours = {"blue", "red", "green", "black", "white", "pink"};
        for (int i = 0; i < colours.length; i++) {
            csv.append("c").append(i + 1).append(",do you have this lamp in ").append(colours[i]).append('\n');
        }
        Files.writeString(inbox, csv);
        Path labels = dir.resolve("colours.labels.csv");
        String corpus = TestModels.resource("tiny-corpus.csv").toString();
        // two answers picked from the full list (c = wholesale_inquiry); the retrained model then predicts it for
        // the third, which Enter accepts
        Run run = run("oc" + "oc" + "\r" + "q", "label", inbox.toString(), "--labels", labels.toString(), "--models",
                TestModels.tinyModels().toString(), "--corpus", corpus, "--relearn-every", "2");
        assertEquals(0, run.code(), run.err());
        List<LabelsFile.Answer> answers = LabelsFile.open(labels).answers();
        assertEquals(3, answers.size(), run.screen());
        assertEquals(List.of("corrected", "corrected", "accepted"), answers.stream().map(LabelsFile.Answer::status).toList());
        assertEquals("wholesale_inquiry", answers.get(2).intent(), "the relearned model's intent was shown first");
        assertTrue(run.screen().contains("learning from your 2 answers (the model shown had 0 of the last 2 intents "
                + "right"), run.screen());
        assertTrue(run.out().contains("order relearned 1 times"), run.out());
        assertTrue(run.err().contains("relearned every 2 answers"), run.err());

        // a resumed session first learns from the answers saved before
        Run resumed = run("q", "label", inbox.toString(), "--labels", labels.toString(), "--models",
                TestModels.tinyModels().toString(), "--corpus", corpus, "--relearn-every", "2");
        assertEquals(0, resumed.code(), resumed.err());
        assertTrue(resumed.screen().contains("learning from your 3 answers"), resumed.screen());
        assertTrue(resumed.screen().contains("wholesale_inquiry"), resumed.screen());

        // without a corpus the order is fixed, and the session says so
        Run fixed = run("q", "label", inbox.toString(), "--labels", labels.toString(), "--models",
                TestModels.tinyModels().toString(), "--corpus", dir.resolve("none.csv").toString());
        assertEquals(0, fixed.code(), fixed.err());
        assertTrue(fixed.err().contains("not relearned"), fixed.err());
    }

    @Test
    void benchLearningWritesTheCurveAsATableAndAPicture() throws Exception {
        Path data = dir.resolve("seller.csv");
        StringBuilder csv = new StringBuilder("text,intent\n");
        String[] products = {"lamp", "kettle", "rug", "toaster", "desk", "fan", "mirror", "heater", "clock"};
        for (String p : products) {
            csv.append("where is my ").append(p).append(" it has not come,shipping_status\n");
            csv.append("the ").append(p).append(" came smashed box crushed,damaged_in_transit\n");
            csv.append("do you sell the ").append(p).append(" wholesale for our shops,wholesale_inquiry\n");
            csv.append("thank you the ").append(p).append(" is lovely,thanks\n");
        }
        Files.writeString(data, csv);
        Path page = dir.resolve("page.md");
        Files.writeString(page, "# Curve\n\n" + BenchLearningCommand.START + "\nold\n" + BenchLearningCommand.END
                + "\n\nafter\n");
        Path svg = dir.resolve("curve.svg");
        Run run = run("", "bench", "learning", "--data", data.toString(), "--corpus",
                TestModels.resource("tiny-corpus.csv").toString(), "--sizes", "4,8", "--seeds", "1",
                "--relearn-every", "4", "--markdown", page.toString(), "--svg", svg.toString());
        assertEquals(0, run.code(), run.err());
        assertTrue(run.out().contains("label's strategy") && run.out().contains("test F1:"), run.out());
        String written = Files.readString(page);
        assertTrue(written.contains("| 8 | ") && !written.contains("\nold\n") && written.endsWith("after\n"), written);
        assertTrue(written.contains("the strategy retrains every 4 answers"), written);
        assertTrue(Files.readString(svg).startsWith("<svg"));

        Run bad = run("", "bench", "learning", "--data", dir.resolve("none.csv").toString());
        assertEquals(1, bad.code());
        assertTrue(bad.err().contains("none.csv") && !bad.err().contains("Exception"), bad.err());
    }

    @Test
    void aLimitStopsTheSessionAfterThatManyAnswersAndUndoGivesOneBack() throws Exception {
        Path labels = dir.resolve("limited.csv");
        // accept m1, undo it, accept m1 again, accept m2: the limit of 2 is reached; the last Enter is not read
        Run run = run("\ru\r\r\r", "label", inbox().toString(), "--labels", labels.toString(), "--models",
                TestModels.tinyModels().toString(), "--order", "inbox", "--limit", "2");
        assertEquals(0, run.code(), run.err());
        assertEquals(List.of("m1", "m2"), LabelsFile.open(labels).answers().stream().map(LabelsFile.Answer::id).toList());
        assertTrue(run.err().contains("2 to ask about"), run.err());
        assertTrue(run.out().contains("1 undone") && run.out().contains("3 messages left"), run.out());
    }

    @Test
    void labelWithoutATerminalOrWithBadFlagsSaysSoInOneLine() throws Exception {
        StringWriter err = new StringWriter();
        int code = Main.run(new String[] {"label", inbox().toString(), "--order", "random", "--models",
                TestModels.tinyModels().toString()}, new PrintWriter(new StringWriter()), new PrintWriter(err));
        assertEquals(2, code);
        assertTrue(err.toString().contains("--order"), err.toString());
        Path empty = dir.resolve("empty.csv");
        Files.writeString(empty, "id,text\n");
        err = new StringWriter();
        code = Main.run(new String[] {"label", empty.toString(), "--models", TestModels.tinyModels().toString()},
                new PrintWriter(new StringWriter()), new PrintWriter(err));
        assertEquals(1, code);
        assertTrue(err.toString().contains("no messages to label"), err.toString());
        err = new StringWriter();
        code = Main.run(new String[] {"label", inbox().toString(), "--relearn-every", "-1", "--models",
                TestModels.tinyModels().toString()}, new PrintWriter(new StringWriter()), new PrintWriter(err));
        assertEquals(2, code);
        assertTrue(err.toString().contains("--relearn-every"), err.toString());
    }

    @Test
    void trainAddStoresAVersionUsesItOnlyWhenNotWorseAndRollsBack() throws Exception {
        Path labels = dir.resolve("mine.csv");
        StringBuilder csv = new StringBuilder("text,intent,sentiment\n");
        String[][] rows = {
            {"is the mattress available in 160 by 200", "product_question"},
            {"what is the pin code delivery time for 560001", "shipping_status"},
            {"mattress too soft want to send it back", "return_request"},
            {"mattress came with a torn cover", "damaged_in_transit"},
        };
        for (int i = 0; i < 4; i++) {
            for (String[] r : rows) {
                csv.append('"').append(r[0]).append(" ").append(i == 0 ? "" : "please " + i).append("\",")
                        .append(r[1]).append(",neutral\n");
            }
        }
        Files.writeString(labels, csv);
        Path store = dir.resolve("store");
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Main.run(new String[] {"train", "--corpus", TestModels.resource("tiny-corpus.csv").toString(),
            "--add", labels.toString(), "--store", store.toString(), "--folds", "2", "--seller-folds", "2",
            "--iterations", "40", "--threads", "1", "--force"}, new PrintWriter(out), new PrintWriter(err));
        assertEquals(0, code, err.toString());
        assertTrue(out.toString().contains("macro-F1"), out.toString());
        assertTrue(out.toString().contains("now in use: v0001"), out.toString());
        ModelStore s = ModelStore.at(store);
        assertEquals("v0001", s.currentVersion());
        assertTrue(Files.readString(store.resolve("v0001").resolve("training-data.csv")).contains("mine.csv"),
                "the training data records where each label came from");
        assertTrue(Files.isRegularFile(store.resolve("v0001").resolve("report.txt")));

        StringWriter listed = new StringWriter();
        assertEquals(0, Main.run(new String[] {"models", "--store", store.toString()}, new PrintWriter(listed),
                new PrintWriter(new StringWriter())));
        assertTrue(listed.toString().contains("* v0001"), listed.toString());
        StringWriter rolled = new StringWriter();
        assertEquals(0, Main.run(new String[] {"models", "--store", store.toString(), "rollback"},
                new PrintWriter(rolled), new PrintWriter(new StringWriter())));
        assertTrue(rolled.toString().contains("to shipped"), rolled.toString());
        StringWriter again = new StringWriter();
        assertEquals(1, Main.run(new String[] {"models", "--store", store.toString(), "rollback"},
                new PrintWriter(new StringWriter()), new PrintWriter(again)));
        assertTrue(again.toString().contains("nothing to roll back"), again.toString());
    }
}
