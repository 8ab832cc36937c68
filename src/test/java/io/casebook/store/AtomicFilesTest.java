package io.casebook.store;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AtomicFilesTest {

    @TempDir
    Path dir;

    @Test
    void replacesTheTargetWhole() throws Exception {
        Path target = dir.resolve("a.bin");
        AtomicFiles.write(target, "old".getBytes(StandardCharsets.UTF_8));
        AtomicFiles.write(target, "new content".getBytes(StandardCharsets.UTF_8));
        assertEquals("new content", Files.readString(target));
        assertEquals(1, count(dir), "no temporary file is left");
    }

    @Test
    void aFailingWriterLeavesTheOldFileAndNoTemporaryFile() throws Exception {
        Path target = dir.resolve("a.bin");
        AtomicFiles.write(target, "old".getBytes(StandardCharsets.UTF_8));
        assertThrows(IOException.class, () -> AtomicFiles.write(target, out -> {
            out.write("half of the new".getBytes(StandardCharsets.UTF_8));
            throw new IOException("disk full");
        }));
        assertEquals("old", Files.readString(target));
        assertEquals(1, count(dir));
    }

    @Test
    void modelArchivesRoundTripAndGiveTheSameBytes() throws Exception {
        ModelArchive archive = new ModelArchive("{\"a\":1}".getBytes(StandardCharsets.UTF_8), new byte[] {1, 2, 3});
        Path one = dir.resolve("one.model");
        Path two = dir.resolve("two.model");
        archive.write(one);
        archive.write(two);
        assertArrayEquals(Files.readAllBytes(one), Files.readAllBytes(two));
        ModelArchive read = ModelArchive.read(one);
        assertArrayEquals(archive.manifestJson(), read.manifestJson());
        assertArrayEquals(archive.modelBytes(), read.modelBytes());
    }

    @Test
    void aFileThatIsNotAModelIsRefusedWithItsName() throws Exception {
        Path junk = dir.resolve("junk.model");
        Files.writeString(junk, "not a zip");
        ModelFileException e = assertThrows(ModelFileException.class, () -> ModelArchive.read(junk));
        assertTrue(e.getMessage().contains("junk.model") && e.getMessage().contains("casebook train"), e.getMessage());
        ModelFileException missing = assertThrows(ModelFileException.class, () -> ModelArchive.read(dir.resolve("none.model")));
        assertTrue(missing.getMessage().contains("none.model"));
    }

    private static long count(Path dir) throws IOException {
        try (Stream<Path> files = Files.list(dir)) {
            return files.count();
        }
    }
}
