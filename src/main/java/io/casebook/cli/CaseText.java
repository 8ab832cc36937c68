package io.casebook.cli;

import io.casebook.Analysis;
import io.casebook.Draft;
import io.casebook.PastCase;
import io.casebook.Precedent;
import java.io.PrintWriter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** How cases, precedents, analyses and drafts are shown on a terminal, and as JSON-ready maps. */
final class CaseText {

    private static final int SNIPPET = 220;

    private CaseText() {
    }

    static void analysis(PrintWriter out, Analysis a) {
        out.printf(Locale.ROOT, "intent     %s (%.2f)%s%n", a.intent().label(), a.intent().confidence(),
                a.intent().alternatives().isEmpty() ? "" : String.format(Locale.ROOT, ", runner-up %s (%.2f)",
                        a.intent().alternatives().get(0).label(), a.intent().alternatives().get(0).probability()));
        out.printf(Locale.ROOT, "sentiment  %s (%.2f)%n", a.sentiment().label(), a.sentiment().confidence());
        out.printf(Locale.ROOT, "language   %s%n", a.language());
        if (a.needsHuman()) {
            out.println("needs a human: " + String.join("; ", a.reasons()));
        }
        for (io.casebook.RiskFlag r : a.risks()) {
            out.printf("risk       %s: \"%s\"%n", r.flag(), r.evidence().replace("\n", " "));
        }
    }

    static void precedents(PrintWriter out, List<Precedent> precedents) {
        if (precedents.isEmpty()) {
            out.println("no past case found");
            return;
        }
        int n = 1;
        for (Precedent p : precedents) {
            out.printf(Locale.ROOT, "%d. %s  relevance %.2f  (%s)%n", n++, header(p.pastCase()), p.relevance(), p.reason());
            body(out, p.pastCase());
        }
    }

    static void pastCase(PrintWriter out, PastCase c) {
        out.println(header(c));
        body(out, c);
    }

    private static String header(PastCase c) {
        return String.join("  ", nonEmpty(c.caseId(), c.date() == null ? "" : c.date().toString(), c.channel(),
                c.sku(), c.intent(), c.resolution().isEmpty() ? "" : "[" + c.resolution() + "]"));
    }

    private static void body(PrintWriter out, PastCase c) {
        line(out, "buyer", (c.buyerName().isEmpty() ? "" : c.buyerName() + ": ") + c.message());
        line(out, "notes", c.notes().isEmpty() ? "(none)" : c.notes());
        line(out, "reply", c.reply().isEmpty() ? "(no reply sent)" : c.reply());
    }

    private static void line(PrintWriter out, String label, String text) {
        String flat = text.replaceAll("\\s+", " ").strip();
        if (flat.length() > SNIPPET) {
            flat = flat.substring(0, SNIPPET - 1) + "…";
        }
        out.printf("   %-6s %s%n", label, flat);
    }

    private static String[] nonEmpty(String... parts) {
        return java.util.Arrays.stream(parts).filter(s -> !s.isEmpty()).toArray(String[]::new);
    }

    static void draft(PrintWriter out, Draft d) {
        out.println("draft from " + d.precedentId() + (d.complete() ? ""
                : " (to fill in: " + String.join(" ", d.placeholders()) + ")") + ":");
        out.println("-----");
        out.println(d.text());
        out.println("-----");
    }

    static Map<String, Object> json(PastCase c) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("case_id", c.caseId());
        m.put("date", c.date() == null ? "" : c.date().toString());
        m.put("channel", c.channel());
        m.put("order_id", c.orderId());
        m.put("sku", c.sku());
        m.put("product", c.product());
        m.put("buyer_name", c.buyerName());
        m.put("message", c.message());
        m.put("intent", c.intent());
        m.put("notes", c.notes());
        m.put("reply", c.reply());
        m.put("resolution", c.resolution());
        return m;
    }

    static Map<String, Object> json(Precedent p) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("case", json(p.pastCase()));
        m.put("relevance", Math.round(p.relevance() * 1000) / 1000.0);
        m.put("same_sku", p.sameSku());
        m.put("same_intent", p.sameIntent());
        m.put("matched_terms", p.matchedTerms());
        m.put("reason", p.reason());
        return m;
    }

    static Map<String, Object> json(Analysis a) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("language", a.language());
        m.put("intent", a.intent().label());
        m.put("intent_confidence", Math.round(a.intent().confidence() * 10000) / 10000.0);
        m.put("sentiment", a.sentiment().label());
        m.put("sentiment_confidence", Math.round(a.sentiment().confidence() * 10000) / 10000.0);
        m.put("needs_human", a.needsHuman());
        m.put("needs_human_why", a.reasons());
        m.put("risk_flags", a.risks().stream().map(r -> Map.of("flag", r.flag(), "evidence", r.evidence())).toList());
        return m;
    }

    static Map<String, Object> json(Draft d) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("precedent", d.precedentId());
        m.put("text", d.text());
        m.put("placeholders", d.placeholders());
        m.put("findings", d.findings().stream().map(f -> CheckReplyCommand.json(f, d.text())).toList());
        return m;
    }
}
