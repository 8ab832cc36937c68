package io.casebook.cli;

import io.casebook.CasebookException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

/** A message given as words on the command line, or on standard input ('-' or nothing). */
final class MessageInput {

    /** Longest message read from standard input. */
    static final int MAX_CHARS = 100_000;

    private MessageInput() {
    }

    static String read(List<String> words) throws IOException {
        String text;
        if (words.isEmpty() || (words.size() == 1 && words.get(0).equals("-"))) {
            byte[] bytes = System.in.readNBytes(MAX_CHARS * 4 + 1);
            text = new String(bytes, StandardCharsets.UTF_8);
            if (text.length() > MAX_CHARS) {
                throw new CasebookException("the message on standard input is longer than " + MAX_CHARS + " characters");
            }
        } else {
            text = String.join(" ", words);
        }
        if (text.isBlank()) {
            throw new CasebookException("no message: give its text as an argument or on standard input");
        }
        return text.strip();
    }
}
