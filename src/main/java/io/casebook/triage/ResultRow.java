package io.casebook.triage;

import io.casebook.Analysis;
import io.casebook.LabelScore;
import io.casebook.RiskFlag;
import java.util.stream.Collectors;
import java.util.List;
import java.util.Locale;

/**
 * One row of the results of {@code casebook classify}: the message's place in its source and
 * what casebook made of it.
 */
public record ResultRow(String source, long line, Analysis analysis, String orderId, String received,
        String trackingNumber, String sku, String precedentId, double precedentScore, String draftReply,
        String draftFindings, String text) {

    /**
     * Column names, in output order. {@code text} is the message as casebook read it, so that an
     * agent can check and correct {@code intent} and {@code sentiment} in the file;
     * {@code model_intent} and {@code model_sentiment} keep what the model said, so that
     * {@code casebook train --add} can tell the rows an agent corrected.
     */
    public static final List<String> COLUMNS = List.of("id", "source", "line", "received", "text", "language",
            "intent", "confidence", "runner_up", "runner_up_confidence", "sentiment", "sentiment_confidence",
            "needs_human", "needs_human_why", "risk_flags", "risk_evidence", "order_id", "tracking_number", "sku",
            "precedent_id", "precedent_score", "draft_reply", "draft_findings", "model_intent", "model_sentiment");

    public ResultRow {
        orderId = orderId == null ? "" : orderId;
        received = received == null ? "" : received;
        trackingNumber = trackingNumber == null ? "" : trackingNumber;
        sku = sku == null ? "" : sku;
        precedentId = precedentId == null ? "" : precedentId;
        draftReply = draftReply == null ? "" : draftReply;
        draftFindings = draftFindings == null ? "" : draftFindings;
        text = text == null ? "" : text;
    }

    /** The row's values as text, in the order of {@link #COLUMNS}. */
    public List<String> values() {
        Analysis a = analysis;
        LabelScore runnerUp = a.intent().runnerUp();
        return List.of(a.messageId(), source, String.valueOf(line), received, text, a.language(), a.intent().label(),
                format(a.intent().confidence()), runnerUp == null ? "" : runnerUp.label(),
                runnerUp == null ? "" : format(runnerUp.probability()), a.sentiment().label(),
                format(a.sentiment().confidence()), String.valueOf(a.needsHuman()), String.join("; ", a.reasons()),
                a.risks().stream().map(RiskFlag::flag).collect(Collectors.joining(";")),
                a.risks().stream().map(r -> r.flag() + ": " + r.evidence()).collect(Collectors.joining(" | ")), orderId,
                trackingNumber, sku, precedentId, precedentId.isEmpty() ? "" : String.format(Locale.ROOT, "%.2f", precedentScore),
                draftReply, draftFindings, a.intent().label(), a.sentiment().label());
    }

    static String format(double p) {
        return String.format(Locale.ROOT, "%.4f", p);
    }
}
