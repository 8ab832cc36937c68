package io.casebook.store;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Objects;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

/**
 * A casebook model file: a zip archive holding {@code manifest.json} (the model's provenance,
 * written by the caller) and {@code model.bin} (OpenNLP's own model bytes).
 *
 * <p>Archives are written atomically (see {@link AtomicFiles}); entries carry a fixed timestamp
 * so that the same content gives the same bytes. The archive checks its own format version on
 * read and refuses files it does not know.
 *
 * @param manifestJson the manifest as UTF-8 JSON bytes
 * @param modelBytes   the OpenNLP model bytes
 */
public record ModelArchive(byte[] manifestJson, byte[] modelBytes) {

    /** Entry names inside the archive. */
    public static final String MANIFEST = "manifest.json";
    public static final String MODEL = "model.bin";
    private static final String FORMAT = "casebook-model-format";
    /** The archive format this version writes and reads. */
    public static final String FORMAT_VERSION = "1";
    private static final long FIXED_TIME = 315532800000L; // 1980-01-01, the zip epoch

    public ModelArchive {
        Objects.requireNonNull(manifestJson, "manifestJson");
        Objects.requireNonNull(modelBytes, "modelBytes");
    }

    /** Writes this archive to {@code target}, atomically. */
    public void write(Path target) throws IOException {
        AtomicFiles.write(target, out -> {
            try (ZipOutputStream zip = new ZipOutputStream(out)) {
                put(zip, FORMAT, FORMAT_VERSION.getBytes(java.nio.charset.StandardCharsets.UTF_8));
                put(zip, MANIFEST, manifestJson);
                put(zip, MODEL, modelBytes);
            }
        });
    }

    private static void put(ZipOutputStream zip, String name, byte[] bytes) throws IOException {
        ZipEntry entry = new ZipEntry(name);
        entry.setTime(FIXED_TIME);
        zip.putNextEntry(entry);
        zip.write(bytes);
        zip.closeEntry();
    }

    /**
     * Reads an archive.
     *
     * @throws ModelFileException when the file is missing, not a casebook model, or of a format
     *                            version this casebook does not read
     */
    public static ModelArchive read(Path file) {
        try (InputStream in = Files.newInputStream(file)) {
            return read(in, file.toString());
        } catch (NoSuchFileException e) {
            throw new ModelFileException(file + ": no such model file");
        } catch (IOException e) {
            throw new ModelFileException(file + ": cannot read model file: " + e.getMessage());
        }
    }

    /**
     * Reads an archive from a stream; {@code source} names it in error messages. The stream is
     * not closed.
     */
    public static ModelArchive read(InputStream in, String source) {
        byte[] manifest = null;
        byte[] model = null;
        String format = null;
        try {
            ZipInputStream zip = new ZipInputStream(in);
            ZipEntry entry;
            while ((entry = zip.getNextEntry()) != null) {
                switch (entry.getName()) {
                    case FORMAT -> format = new String(readAll(zip), java.nio.charset.StandardCharsets.UTF_8).trim();
                    case MANIFEST -> manifest = readAll(zip);
                    case MODEL -> model = readAll(zip);
                    default -> { }
                }
            }
        } catch (IOException e) {
            throw new ModelFileException(source + ": cannot read model file: " + e.getMessage());
        }
        if (format == null || manifest == null || model == null) {
            throw new ModelFileException(source + ": not a casebook model file (train one with 'casebook train')");
        }
        if (!FORMAT_VERSION.equals(format)) {
            throw new ModelFileException(source + ": model format version " + format
                    + " is not supported by this casebook (it reads version " + FORMAT_VERSION
                    + "); retrain the model with 'casebook train'");
        }
        return new ModelArchive(manifest, model);
    }

    private static byte[] readAll(InputStream in) throws IOException {
        ByteArrayOutputStream buf = new ByteArrayOutputStream();
        in.transferTo(buf);
        return buf.toByteArray();
    }
}
