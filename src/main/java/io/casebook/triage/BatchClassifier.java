package io.casebook.triage;

import io.casebook.Analysis;
import io.casebook.BuyerMessage;
import io.casebook.RiskFlag;
import io.casebook.entity.Entity;
import io.casebook.entity.EntityFinder;
import io.casebook.entity.EntityType;
import io.casebook.inbox.InboxMeta;
import java.util.HashMap;
import java.util.Map;
import io.casebook.Casebook;
import io.casebook.inbox.InboxItem;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Objects;
import java.util.function.Consumer;

/**
 * Classifies what an inbox reader yields, in input order: each message becomes a result row,
 * each reject a rejects row, and the counts add up. A message about an order that an earlier
 * message of the batch was about gets the {@code repeat_contact} flag, naming the earlier one.
 *
 * <p>Not thread-safe: one instance per run.
 */
public final class BatchClassifier implements Consumer<InboxItem> {
    private final Casebook casebook;
    private final ResultWriter results;
    private final RejectsWriter rejects;
    /** The first message of the batch about each order id: a later one is a repeat contact. */
    private final Map<String, String> firstAboutOrder = new HashMap<>();
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
                InboxMeta meta = item.meta();
                String orderId = meta.orderId();
                String tracking = "";
                for (Entity e : EntityFinder.standard().find(item.text())) {
                    if (e.type() == EntityType.ORDER_ID && orderId.isEmpty()) {
                        orderId = e.value();
                    } else if (e.type() == EntityType.TRACKING_NUMBER && tracking.isEmpty()) {
                        tracking = e.value();
                    }
                }
                BuyerMessage message = new BuyerMessage(item.id(), item.text(), meta.buyerName(), orderId, "",
                        meta.channel());
                Analysis a = casebook.analyze(message);
                if (!orderId.isEmpty()) {
                    String key = orderId.replaceAll("[#\\s]", "").toUpperCase(java.util.Locale.ROOT);
                    String earlier = firstAboutOrder.putIfAbsent(key, describe(item));
                    if (earlier != null) {
                        a = a.withRisk(new RiskFlag("repeat_contact", "order " + orderId + " is also in " + earlier));
                    }
                }
                results.write(new ResultRow(item.source(), item.line(), a, orderId, meta.received(), tracking));
                classified++;
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String describe(InboxItem item) {
        String where = item.source() + " line " + item.line();
        return item.id().isEmpty() ? where : "message " + item.id() + " (" + where + ")";
    }

    public BatchCounts counts() {
        return new BatchCounts(classified + rejected, classified, rejected);
    }
}
