package io.casebook.triage;

import io.casebook.Analysis;
import io.casebook.BuyerMessage;
import io.casebook.Casebook;
import io.casebook.CasebookException;
import io.casebook.Draft;
import io.casebook.Finding;
import io.casebook.Precedent;
import io.casebook.RiskFlag;
import io.casebook.entity.Entity;
import io.casebook.entity.EntityFinder;
import io.casebook.entity.EntityType;
import io.casebook.inbox.InboxItem;
import io.casebook.inbox.InboxMeta;
import io.casebook.inbox.OrderBook;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Consumer;
import java.util.stream.Collectors;

/**
 * Classifies what an inbox reader yields: each message is analysed (and, with drafts on, given its
 * top precedent and a draft reply) on a pool of worker threads, while results and rejects are
 * written in input order by the calling thread. At most a few messages per thread are in flight,
 * so memory does not grow with the inbox. A message about an order that an earlier message of the
 * batch was about gets the {@code repeat_contact} flag, naming the earlier one.
 *
 * <p>Not thread-safe: one instance per run, fed from one thread; {@link #finish()} writes what is
 * still in flight.
 */
public final class BatchClassifier implements Consumer<InboxItem>, AutoCloseable {

    private static final int IN_FLIGHT_PER_THREAD = 16;

    private final Casebook casebook;
    private final ResultWriter results;
    private final RejectsWriter rejects;
    private final BatchSettings settings;
    private final ExecutorService pool;
    private final Deque<Pending> inFlight = new ArrayDeque<>();
    /** The first message of the batch about each order id: a later one is a repeat contact. */
    private final Map<String, String> firstAboutOrder = new HashMap<>();
    private BatchObserver observer;
    private final java.util.concurrent.atomic.LongAdder analyzeNanos = new java.util.concurrent.atomic.LongAdder();
    private final java.util.concurrent.atomic.LongAdder searchNanos = new java.util.concurrent.atomic.LongAdder();
    private final java.util.concurrent.atomic.LongAdder draftNanos = new java.util.concurrent.atomic.LongAdder();
    private long writeNanos;
    private long waitNanos;
    private long classified;
    private long rejected;

    private record Pending(InboxItem item, Future<Done> result) {
    }

    /** What a worker made of one message. */
    private record Done(Analysis analysis, String orderId, String tracking, OrderBook.Order order, Precedent precedent,
            Draft draft) {
    }

    public BatchClassifier(Casebook casebook, ResultWriter results, RejectsWriter rejects) {
        this(casebook, results, rejects, new BatchSettings(1, false, OrderBook.empty(), ""));
    }

    public BatchClassifier(Casebook casebook, ResultWriter results, RejectsWriter rejects, BatchSettings settings) {
        this.casebook = Objects.requireNonNull(casebook, "casebook");
        this.results = Objects.requireNonNull(results, "results");
        this.rejects = Objects.requireNonNull(rejects, "rejects");
        this.settings = Objects.requireNonNull(settings, "settings");
        this.pool = Executors.newFixedThreadPool(settings.threads(), r -> {
            Thread t = new Thread(r, "casebook-batch");
            t.setDaemon(true);
            return t;
        });
    }

    /** Lets {@code observer} see every result and reject, in input order (one observer). */
    public void observe(BatchObserver o) {
        this.observer = o;
    }

    @Override
    public void accept(InboxItem item) {
        Future<Done> work = item.isReject() ? null : pool.submit(() -> process(item));
        inFlight.addLast(new Pending(item, work));
        while (inFlight.size() > settings.threads() * IN_FLIGHT_PER_THREAD) {
            writeOldest();
        }
    }

    /** Writes everything still in flight; call once after the last item. */
    public void finish() {
        while (!inFlight.isEmpty()) {
            writeOldest();
        }
    }

    private Done process(InboxItem item) {
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
        OrderBook.Order order = settings.orders().find(orderId);
        String channel = !meta.channel().isEmpty() ? meta.channel() : order == null ? "" : order.marketplace();
        BuyerMessage message = new BuyerMessage(item.id(), item.text(), meta.buyerName(), orderId,
                order == null ? "" : order.sku(), channel);
        long t0 = System.nanoTime();
        Analysis analysis = casebook.analyze(message);
        long t1 = System.nanoTime();
        analyzeNanos.add(t1 - t0);
        Precedent top = null;
        Draft draft = null;
        if (settings.drafts()) {
            List<Precedent> found = casebook.precedents(message, analysis, 2);
            long t2 = System.nanoTime();
            searchNanos.add(t2 - t1);
            top = found.isEmpty() ? null : found.get(0);
            Precedent withReply = found.stream().filter(p -> !p.pastCase().reply().isBlank()).findFirst().orElse(null);
            draft = withReply == null ? null : casebook.draftReply(message, withReply, settings.signature());
            draftNanos.add(System.nanoTime() - t2);
        }
        return new Done(analysis, orderId, tracking, order, top, draft);
    }

    private void writeOldest() {
        Pending p = inFlight.removeFirst();
        try {
            if (p.result() == null) {
                rejects.write(p.item());
                rejected++;
                if (observer != null) {
                    observer.reject(p.item());
                }
                return;
            }
            long w0 = System.nanoTime();
            Done d = p.result().get();
            long w1 = System.nanoTime();
            waitNanos += w1 - w0;
            Analysis a = d.analysis();
            if (!d.orderId().isEmpty()) {
                String key = d.orderId().replaceAll("[#\\s]", "").toUpperCase(Locale.ROOT);
                String earlier = firstAboutOrder.putIfAbsent(key, describe(p.item()));
                if (earlier != null) {
                    a = a.withRisk(new RiskFlag("repeat_contact", "order " + d.orderId() + " is also in " + earlier));
                }
            }
            ResultRow row = new ResultRow(p.item().source(), p.item().line(), a, d.orderId(), p.item().meta().received(),
                    d.tracking(), d.order() == null ? "" : d.order().sku(), d.precedent() == null ? ""
                            : d.precedent().pastCase().caseId(), d.precedent() == null ? -1 : d.precedent().relevance(),
                    d.draft() == null ? "" : d.draft().text(), d.draft() == null ? "" : d.draft().findings().stream()
                            .map(Finding::rule).distinct().collect(Collectors.joining(";")), p.item().text());
            results.write(row);
            writeNanos += System.nanoTime() - w1;
            classified++;
            if (observer != null) {
                observer.result(p.item(), row);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new CasebookException("interrupted; the results were not written");
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof RuntimeException r) {
                throw r;
            }
            throw new IllegalStateException(cause);
        }
    }

    private static String describe(InboxItem item) {
        String where = item.source() + " line " + item.line();
        return item.id().isEmpty() ? where : "message " + item.id() + " (" + where + ")";
    }

    /**
     * Where the time went, for a person: CPU time of the workers per stage (summed over threads) and
     * the writer's time, in seconds.
     */
    public String stageTimes() {
        return String.format(Locale.ROOT, "stages (worker seconds summed over threads): analyze %.1f, precedent search %.1f, "
                + "draft and check %.1f; writer: waiting for workers %.1f, writing %.1f", analyzeNanos.sum() / 1e9,
                searchNanos.sum() / 1e9, draftNanos.sum() / 1e9, waitNanos / 1e9, writeNanos / 1e9);
    }

    public BatchCounts counts() {
        return new BatchCounts(classified + rejected, classified, rejected);
    }

    @Override
    public void close() {
        pool.shutdownNow();
    }
}
