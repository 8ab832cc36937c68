package io.casebook.cli;

import io.casebook.CasebookException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/** Lets the agent edit a text in their editor ($VISUAL, else $EDITOR, else vi). */
final class Editor {

    private Editor() {
    }

    static String edit(String text) throws IOException {
        String command = firstSet(System.getProperty("casebook.editor"), System.getenv("VISUAL"), System.getenv("EDITOR"),
                "vi");
        Path file = Files.createTempFile("casebook-reply-", ".txt");
        try {
            Files.writeString(file, text + "\n", StandardCharsets.UTF_8);
            List<String> argv = new ArrayList<>(Arrays.asList(command.strip().split("\\s+")));
            argv.add(file.toString());
            Process p;
            try {
                p = new ProcessBuilder(argv).inheritIO().start();
            } catch (IOException e) {
                throw new CasebookException("cannot start the editor '" + command + "': " + e.getMessage()
                        + "; set $EDITOR");
            }
            int code;
            try {
                code = p.waitFor();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                p.destroy();
                throw new CasebookException("interrupted while the editor was open; nothing was saved");
            }
            if (code != 0) {
                throw new CasebookException("the editor '" + command + "' exited with " + code + "; nothing was saved");
            }
            String edited = Files.readString(file, StandardCharsets.UTF_8).strip();
            if (edited.isEmpty()) {
                throw new CasebookException("the edited reply is empty; nothing was saved");
            }
            return edited;
        } finally {
            Files.deleteIfExists(file);
        }
    }

    private static String firstSet(String... values) {
        for (String v : values) {
            if (v != null && !v.isBlank()) {
                return v;
            }
        }
        return "vi";
    }
}
