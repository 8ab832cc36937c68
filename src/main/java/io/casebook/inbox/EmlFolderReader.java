package io.casebook.inbox;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Consumer;
import java.util.stream.Stream;

/**
 * A folder of {@code .eml} files (one RFC 5322 message each), read in file-name order; each file
 * is one inbox item whose position is the file. A file over {@value MboxReader#MAX_MESSAGE_BYTES}
 * bytes is a reject.
 */
final class EmlFolderReader {

    private EmlFolderReader() {
    }

    static void read(Path folder, Consumer<InboxItem> sink) throws IOException {
        List<Path> files;
        try (Stream<Path> s = Files.list(folder)) {
            files = s.filter(p -> p.getFileName().toString().toLowerCase(java.util.Locale.ROOT).endsWith(".eml"))
                    .filter(Files::isRegularFile).sorted().toList();
        }
        if (files.isEmpty()) {
            throw new InboxException(folder + ": no .eml files in the folder");
        }
        for (Path file : files) {
            String name = file.toString();
            long size = Files.size(file);
            if (size > MboxReader.MAX_MESSAGE_BYTES) {
                sink.accept(InboxItem.reject(name, 1, file.getFileName().toString(), "the e-mail has " + size
                        + " bytes, more than the " + MboxReader.MAX_MESSAGE_BYTES + " a buyer message can have"));
                continue;
            }
            byte[] bytes;
            try (InputStream in = Files.newInputStream(file)) {
                bytes = in.readAllBytes();
            }
            sink.accept(MailMessages.parse(bytes, name, 1, -1, file.getFileName().toString()));
        }
    }
}
