package io.casebook.learn;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.casebook.CasebookException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SellerLabelsTest {

    @TempDir
    Path dir;

    @Test
    void takesOnlyTheRowsAnAgentCorrectedInClassifyResults() throws Exception {
        Path f = dir.resolve("results.csv");
        Files.writeString(f, "id,source,text,intent,sentiment,model_intent,model_sentiment\n"
                + "a,in.csv,where is my parcel,shipping_status,neutral,shipping_status,neutral\n"
                + "b,in.csv,\"do you sell the mattress in 160x200, pin code 560001\",product_question,neutral,shipping_status,neutral\n"
                + "c,in.csv,it came broken,damaged_in_transit,negative,damaged_in_transit,neutral\n"
                + "d,in.csv,'=HYPERLINK(\"x\") what is this,other,neutral,thanks,positive\n");
        SellerLabels.Read read = SellerLabels.read(f);
        assertEquals(1, read.unchanged());
        assertEquals(3, read.labels().size());
        SellerLabel b = read.labels().get(0);
        assertEquals("product_question", b.intent());
        assertEquals("neutral", b.sentiment());
        assertEquals(3, b.line());
        assertEquals("results.csv", b.source());
        assertEquals("negative", read.labels().get(1).sentiment());
        assertEquals("=HYPERLINK(\"x\") what is this", read.labels().get(2).text(), "the formula guard is undone");
    }

    @Test
    void readsALabelSessionFileWithoutItsSkips() throws Exception {
        Path f = dir.resolve("inbox.labels.csv");
        Files.writeString(f, "key,id,text,intent,sentiment,status\n"
                + "k1,1,where is it,shipping_status,neutral,accepted\n"
                + "k2,2,hmm,,,skipped\n"
                + "k3,3,wrong colour sent,wrong_item,negative,corrected\n");
        SellerLabels.Read read = SellerLabels.read(f);
        assertEquals(2, read.labels().size());
        assertEquals(1, read.skipped());
        assertEquals("wrong_item", read.labels().get(1).intent());
    }

    @Test
    void aPlainCsvGivesEveryLabelledRowAndALabelMayBeMissing() throws Exception {
        Path f = dir.resolve("mine.csv");
        Files.writeString(f, "text,intent\nhello is this in stock,product_question\nno label here,\n");
        SellerLabels.Read read = SellerLabels.read(f);
        assertEquals(1, read.labels().size());
        assertEquals("", read.labels().get(0).sentiment());
    }

    @Test
    void unknownLabelsMissingColumnsAndBadBytesAreClearErrors() throws Exception {
        Path f = dir.resolve("bad.csv");
        Files.writeString(f, "text,intent\nok,shipping_status\nwhat about my mattress,mattress_question\n");
        CasebookException e = assertThrows(CasebookException.class, () -> SellerLabels.read(f));
        assertTrue(e.getMessage().contains("line 3") && e.getMessage().contains("mattress_question"), e.getMessage());
        Path noText = dir.resolve("notext.csv");
        Files.writeString(noText, "body,intent\nx,thanks\n");
        assertTrue(assertThrows(CasebookException.class, () -> SellerLabels.read(noText)).getMessage().contains("'text'"));
        Path latin1 = dir.resolve("latin1.csv");
        Files.write(latin1, "text,intent\ncaf\u00e9 cass\u00e9,defective\n".getBytes(java.nio.charset.StandardCharsets.ISO_8859_1));
        assertTrue(assertThrows(CasebookException.class, () -> SellerLabels.read(latin1)).getMessage().contains("UTF-8"));
        assertTrue(assertThrows(CasebookException.class, () -> SellerLabels.read(dir.resolve("none.csv")))
                .getMessage().contains("no such file"));
    }
}
