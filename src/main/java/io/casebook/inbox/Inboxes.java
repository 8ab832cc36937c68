package io.casebook.inbox;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.function.Consumer;

/**
 * Reads any inbox casebook knows, choosing the reader by the file's name and content
 * ({@link InboxFormat#detect}) unless the options name the format: CSV/TSV exports, JSON lines,
 * JSON arrays, mbox archives, a folder of .eml files, plain lines. Every entry reaches
 * {@code sink} in file order, as a message or as a reject with its position and reason.
 */
public final class Inboxes {

    private Inboxes() {
    }

    /** Reads {@code path} into {@code sink}. @throws InboxException when the file cannot be read at all */
    public static InboxFormat read(Path path, InboxOptions options, Consumer<InboxItem> sink) {
        String source = path.toString();
        try {
            if (!Files.exists(path)) {
                throw new InboxException(source + ": no such file or folder");
            }
            InboxFormat format = options.format() != null ? options.format() : InboxFormat.detect(path);
            if (format == InboxFormat.EML && Files.isDirectory(path)) {
                EmlFolderReader.read(path, sink);
                return format;
            }
            if (Files.isDirectory(path)) {
                throw new InboxException(source + ": a folder; only a folder of .eml files can be read as an inbox");
            }
            try (InputStream in = Files.newInputStream(path)) {
                read(in, source, format, options, sink);
            }
            return format;
        } catch (NoSuchFileException e) {
            throw new InboxException(source + ": no such file or folder");
        } catch (AccessDeniedException e) {
            throw new InboxException(source + ": permission denied");
        } catch (IOException e) {
            throw new InboxException(source + ": cannot read: " + e.getMessage());
        }
    }

    /** Reads a stream in a known format (standard input). */
    public static void read(InputStream in, String source, InboxFormat format, InboxOptions options,
            Consumer<InboxItem> sink) throws IOException {
        switch (format) {
            case CSV -> DelimitedInboxReader.read(in, source, options, sink);
            case JSONL -> JsonInboxReader.readLines(in, source, options, sink);
            case JSON -> JsonInboxReader.readArray(in, source, options, sink);
            case MBOX -> MboxReader.read(in, source, sink);
            case EML -> sink.accept(MailMessages.parse(in.readNBytes(MboxReader.MAX_MESSAGE_BYTES + 1), source, 1, -1,
                    source));
            case LINES -> InboxReader.readLines(in, source, sink);
        }
    }
}
