package io.casebook.triage;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.casebook.Analysis;
import io.casebook.LabelScore;
import io.casebook.RiskFlag;
import java.io.IOException;
import java.io.Writer;

/** Results as JSON lines: one JSON object per message, numbers as numbers. */
final class JsonLinesResultWriter implements ResultWriter {
    private static final ObjectMapper MAPPER = new ObjectMapper();
    private final Writer out;

    JsonLinesResultWriter(Writer out) {
        this.out = out;
    }

    @Override
    public void write(ResultRow row) throws IOException {
        Analysis a = row.analysis();
        LabelScore runnerUp = a.intent().runnerUp();
        try (JsonGenerator g = MAPPER.getFactory().createGenerator(new NonClosing(out))) {
            g.writeStartObject();
            g.writeStringField("id", a.messageId());
            g.writeStringField("source", row.source());
            g.writeNumberField("line", row.line());
            g.writeStringField("received", row.received());
            g.writeStringField("text", row.text());
            g.writeStringField("language", a.language());
            g.writeStringField("intent", a.intent().label());
            g.writeNumberField("confidence", round(a.intent().confidence()));
            g.writeStringField("runner_up", runnerUp == null ? null : runnerUp.label());
            if (runnerUp != null) {
                g.writeNumberField("runner_up_confidence", round(runnerUp.probability()));
            }
            g.writeStringField("sentiment", a.sentiment().label());
            g.writeNumberField("sentiment_confidence", round(a.sentiment().confidence()));
            g.writeBooleanField("needs_human", a.needsHuman());
            g.writeArrayFieldStart("needs_human_why");
            for (String reason : a.reasons()) {
                g.writeString(reason);
            }
            g.writeEndArray();
            g.writeArrayFieldStart("risk_flags");
            for (RiskFlag r : a.risks()) {
                g.writeStartObject();
                g.writeStringField("flag", r.flag());
                g.writeStringField("evidence", r.evidence());
                g.writeEndObject();
            }
            g.writeEndArray();
            g.writeStringField("order_id", row.orderId());
            g.writeStringField("tracking_number", row.trackingNumber());
            g.writeStringField("sku", row.sku());
            g.writeStringField("precedent_id", row.precedentId());
            if (!row.precedentId().isEmpty()) {
                g.writeNumberField("precedent_score", Math.round(row.precedentScore() * 100) / 100.0);
            }
            g.writeStringField("draft_reply", row.draftReply());
            g.writeStringField("draft_findings", row.draftFindings());
            g.writeStringField("model_intent", a.intent().label());
            g.writeStringField("model_sentiment", a.sentiment().label());
            g.writeEndObject();
        }
        out.write('\n');
    }

    private static double round(double p) {
        return Math.round(p * 10000) / 10000.0;
    }

    @Override
    public void close() throws IOException {
        out.flush();
    }

    /** Lets a generator be closed per line without closing the output. */
    private static final class NonClosing extends java.io.FilterWriter {
        NonClosing(Writer out) {
            super(out);
        }

        @Override
        public void close() throws IOException {
            flush();
        }
    }
}
