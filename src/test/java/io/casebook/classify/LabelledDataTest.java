package io.casebook.classify;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LabelledDataTest {

    @TempDir
    Path dir;

    private Path write(String content) throws Exception {
        Path file = dir.resolve("data.csv");
        Files.writeString(file, content, StandardCharsets.UTF_8);
        return file;
    }

    @Test
    void readsRowsSkipsUnlabelledAndHandlesABom() throws Exception {
        Path file = write("\uFEFFtext,intent\n\"multi\nline\",thanks\nhello,\nwhere,shipping_status\n");
        LabelledData data = LabelledData.read(file, "text", "intent", "lang");
        assertEquals(2, data.rows().size());
        assertEquals("multi\nline", data.rows().get(0).text());
        assertEquals(1, data.unlabelled());
        assertEquals("", data.rows().get(0).lang());
    }

    @Test
    void aMissingColumnNamesTheFlag() throws Exception {
        Path file = write("message,label\na,b\n");
        DataFileException e = assertThrows(DataFileException.class, () -> LabelledData.read(file, "text", "label", null));
        assertTrue(e.getMessage().contains("data.csv") && e.getMessage().contains("--text-column"), e.getMessage());
    }

    @Test
    void anEmptyTextNamesTheLine() throws Exception {
        Path file = write("text,intent\nfine,thanks\n,thanks\n");
        DataFileException e = assertThrows(DataFileException.class, () -> LabelledData.read(file, "text", "intent", null));
        assertTrue(e.getMessage().contains("line 3"), e.getMessage());
    }

    @Test
    void notUtf8IsReportedAsSuch() throws Exception {
        Path file = dir.resolve("latin1.csv");
        Files.write(file, "text,intent\ncaf\u00e9,thanks\n".getBytes(StandardCharsets.ISO_8859_1));
        DataFileException e = assertThrows(DataFileException.class, () -> LabelledData.read(file, "text", "intent", null));
        assertTrue(e.getMessage().contains("not UTF-8"), e.getMessage());
    }

    @Test
    void aMissingFileIsNamed() {
        DataFileException e = assertThrows(DataFileException.class,
                () -> LabelledData.read(dir.resolve("nope.csv"), "text", "intent", null));
        assertTrue(e.getMessage().contains("nope.csv"), e.getMessage());
    }
}
