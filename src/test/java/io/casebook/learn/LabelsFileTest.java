package io.casebook.learn;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LabelsFileTest {

    @TempDir
    Path dir;

    private static LabelsFile.Answer answer(String key, String intent, String status) {
        return LabelsFile.Answer.now(key, key, "text of " + key + ", with \"quotes\"\nand a line", intent, "neutral",
                status, "shipping_status", 0.51, "", "inbox.csv", 7);
    }

    @Test
    void answersSurviveAReopenAndUndoRemovesTheLastOne() {
        Path f = dir.resolve("l.csv");
        LabelsFile labels = LabelsFile.open(f);
        labels.append(answer("a", "shipping_status", "accepted"));
        labels.append(answer("b", "", "skipped"));
        labels.append(answer("c", "wrong_item", "corrected"));
        assertEquals("c", labels.undo().key());
        LabelsFile again = LabelsFile.open(f);
        assertEquals(2, again.answers().size());
        assertTrue(again.answered("a") && again.answered("b"));
        assertFalse(again.answered("c"));
        assertEquals("text of a, with \"quotes\"\nand a line", again.answers().get(0).text());
        SellerLabels.Read read = SellerLabels.read(f);
        assertEquals(1, read.labels().size(), "skips are not labels");
        assertEquals(1, read.skipped());
    }

    @Test
    void aRowCutShortByACrashIsDropped() throws Exception {
        Path f = dir.resolve("l.csv");
        LabelsFile labels = LabelsFile.open(f);
        labels.append(answer("a", "shipping_status", "accepted"));
        Files.writeString(f, "b,b,\"half a row", StandardCharsets.UTF_8, StandardOpenOption.APPEND);
        LabelsFile again = LabelsFile.open(f);
        assertEquals(1, again.answers().size());
        assertTrue(Files.readString(f).endsWith("\n"), "the cut row is gone from the file too");
    }

    @Test
    void buyerTextCannotBecomeASpreadsheetFormula() throws Exception {
        Path f = dir.resolve("l.csv");
        LabelsFile labels = LabelsFile.open(f);
        labels.append(LabelsFile.Answer.now("k", "=1+1", "=cmd|' /C calc'!A0", "other", "neutral", "accepted", "other",
                0.9, "", "in.csv", 2));
        assertTrue(Files.readString(f).contains("'=cmd"));
        assertEquals("=cmd|' /C calc'!A0", LabelsFile.open(f).answers().get(0).text());
    }
}
