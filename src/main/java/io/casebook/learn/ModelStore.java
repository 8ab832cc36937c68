package io.casebook.learn;

import io.casebook.Casebook;
import io.casebook.CasebookException;
import io.casebook.store.AtomicFiles;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * The seller's own models, kept in versions: every retraining writes a new folder
 * ({@code v0001}, {@code v0002}, ...) with the two models, the data they were trained on and the
 * report; a {@code CURRENT} file names the version in use, and {@code history.csv} records every
 * promotion and rollback. Without a current version the models shipped with casebook are used.
 *
 * <p>Changes are atomic: a version folder is built under a temporary name and renamed when
 * complete, and {@code CURRENT} is replaced in one rename, so a crash leaves either the old or
 * the new state, never a half-written model in use. Not safe for two processes retraining the
 * same store at once.
 */
public final class ModelStore {

    /** What a rollback or promotion returns to when no version of the seller's is in use. */
    public static final String SHIPPED = "shipped";
    private static final String CURRENT = "CURRENT";
    private static final String HISTORY = "history.csv";

    private final Path root;

    private ModelStore(Path root) {
        this.root = root;
    }

    /** The store in {@code root} (created when first written to). */
    public static ModelStore at(Path root) {
        return new ModelStore(root);
    }

    /** {@code $CASEBOOK_MODEL_STORE}, else {@code ~/.casebook/models}. */
    public static Path defaultRoot() {
        String env = System.getenv("CASEBOOK_MODEL_STORE");
        if (env != null && !env.isBlank()) {
            return Path.of(env);
        }
        return Path.of(System.getProperty("user.home"), ".casebook", "models");
    }

    public Path root() {
        return root;
    }

    /** The version in use, or {@link #SHIPPED}. */
    public String currentVersion() {
        Path file = root.resolve(CURRENT);
        if (!Files.isRegularFile(file)) {
            return SHIPPED;
        }
        try {
            String v = Files.readString(file, StandardCharsets.UTF_8).strip();
            return v.isEmpty() ? SHIPPED : v;
        } catch (IOException e) {
            throw new CasebookException(file + ": cannot read: " + e.getMessage(), e);
        }
    }

    /** The folder of the version in use, or empty when the shipped models are in use. */
    public Optional<Path> current() {
        String v = currentVersion();
        if (v.equals(SHIPPED)) {
            return Optional.empty();
        }
        Path dir = root.resolve(v);
        if (!Files.isRegularFile(dir.resolve(Casebook.INTENT_MODEL))
                || !Files.isRegularFile(dir.resolve(Casebook.SENTIMENT_MODEL))) {
            throw new CasebookException(root.resolve(CURRENT) + " names " + v + ", but " + dir
                    + " lacks its models; run 'casebook models rollback' or remove " + root.resolve(CURRENT));
        }
        return Optional.of(dir);
    }

    /** The versions in the store, oldest first. */
    public List<String> versions() {
        if (!Files.isDirectory(root)) {
            return List.of();
        }
        try (Stream<Path> dirs = Files.list(root)) {
            return dirs.filter(Files::isDirectory).map(p -> p.getFileName().toString())
                    .filter(n -> n.matches("v\\d{4,}")).sorted().toList();
        } catch (IOException e) {
            throw new CasebookException(root + ": cannot list: " + e.getMessage(), e);
        }
    }

    /** A new empty folder to build a version in; {@link #commit} turns it into one. */
    public Path staging() {
        try {
            Files.createDirectories(root);
            return Files.createTempDirectory(root, ".staging-");
        } catch (IOException e) {
            throw new CasebookException(root + ": cannot create a folder for the new models: " + e.getMessage(), e);
        }
    }

    /** Turns a complete staging folder into the next version (one rename) and returns its name. */
    public String commit(Path staging) {
        List<String> existing = versions();
        int next = existing.isEmpty() ? 1 : Integer.parseInt(existing.get(existing.size() - 1).substring(1)) + 1;
        String version = String.format("v%04d", next);
        try {
            Files.move(staging, root.resolve(version), StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new CasebookException(root + ": cannot store version " + version + ": " + e.getMessage(), e);
        }
        return version;
    }

    /** Makes {@code version} the one in use. */
    public void promote(String version, String note) {
        if (!version.equals(SHIPPED) && !versions().contains(version)) {
            throw new CasebookException("no version " + version + " in " + root + " (it has: "
                    + String.join(", ", versions()) + ")");
        }
        String before = currentVersion();
        setCurrent(version);
        record("promoted", version, before, note);
    }

    /**
     * Goes back to the version that was in use before the current one was promoted (the shipped
     * models when it was the first) and returns it; empty when the shipped models are already in use.
     */
    public Optional<String> rollback() {
        String current = currentVersion();
        if (current.equals(SHIPPED)) {
            return Optional.empty();
        }
        String previous = SHIPPED;
        for (String[] row : history()) {
            if (row[1].equals("promoted") && row[2].equals(current)) {
                previous = row[3];
            }
        }
        if (!previous.equals(SHIPPED) && !versions().contains(previous)) {
            previous = SHIPPED;
        }
        setCurrent(previous);
        record("rolled back", previous, current, "");
        return Optional.of(previous);
    }

    /** The history: rows of time, event, version, version before, note. */
    public List<String[]> history() {
        Path file = root.resolve(HISTORY);
        List<String[]> out = new ArrayList<>();
        if (!Files.isRegularFile(file)) {
            return out;
        }
        try {
            for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
                String[] parts = line.split("\t", 5);
                if (parts.length == 5 && !parts[0].equals("time")) {
                    out.add(parts);
                }
            }
        } catch (IOException e) {
            throw new CasebookException(file + ": cannot read: " + e.getMessage(), e);
        }
        return out;
    }

    private void setCurrent(String version) {
        try {
            Files.createDirectories(root);
            AtomicFiles.write(root.resolve(CURRENT), (version + "\n").getBytes(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new CasebookException(root.resolve(CURRENT) + ": cannot write: " + e.getMessage(), e);
        }
    }

    private void record(String event, String version, String before, String note) {
        Path file = root.resolve(HISTORY);
        String line = String.join("\t", Instant.now().truncatedTo(ChronoUnit.SECONDS).toString(), event, version, before,
                note.replaceAll("[\t\r\n]+", " ")) + "\n";
        try {
            if (!Files.exists(file)) {
                Files.writeString(file, "time\tevent\tversion\tbefore\tnote\n", StandardCharsets.UTF_8);
            }
            Files.writeString(file, line, StandardCharsets.UTF_8, StandardOpenOption.APPEND);
        } catch (IOException e) {
            throw new CasebookException(file + ": cannot write: " + e.getMessage(), e);
        }
    }
}
