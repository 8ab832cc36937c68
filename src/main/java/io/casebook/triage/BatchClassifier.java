package io.casebook.triage;

import io.casebook.BuyerMessage;
import io.casebook.Casebook;
import io.casebook.inbox.InboxItem;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Objects;
import java.util.function.Consumer;

/**
 * Classifies what an inbox reader yields, in input order: each message becomes a result row,
 * each reject a rejects row, and the counts add up.
 *
 * <p>Not thread-safe: one instance per run.
 */
public final class BatchClassifier implements Consumer<InboxItem> {
    private final Casebook casebook;
    private final ResultWriter results;
    private final RejectsWriter rejects;
    private long classified;
    private long rejected;

    public BatchClassifier(Casebook casebook, ResultWriter results, RejectsWriter rejects) {
        this.casebook = Objects.requireNonNull(casebook, "casebook");
        this.results = Objects.requireNonNull(results, "results");
        this.rejects = Objects.requireNonNull(rejects, "rejects");
    }

    @Override
    public void accept(InboxItem item) {
        try {
            if (item.isReject()) {
                rejects.write(item);
                rejected++;
            } else {
                results.write(new ResultRow(item.source(), item.line(),
                        casebook.analyze(new BuyerMessage(item.id(), item.text()))));
                classified++;
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public BatchCounts counts() {
        return new BatchCounts(classified + rejected, classified, rejected);
    }
}
