package io.casebook.report;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.casebook.Analysis;
import io.casebook.RiskFlag;
import io.casebook.inbox.InboxItem;
import io.casebook.triage.BatchObserver;
import io.casebook.triage.ResultRow;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.PriorityQueue;
import java.util.Set;
import java.util.TreeMap;
import org.jsoup.nodes.Entities;

/**
 * The report of a batch run as one self-contained HTML page (no network needed to view it): the
 * intents and sentiments, the queue to answer first, and the SKU hot-spots. It keeps counts and
 * the {@value #QUEUE} most urgent messages only, so memory does not grow with the inbox. Every
 * piece of buyer text is HTML-escaped (jsoup's {@code Entities}); the numbers the charts draw are
 * embedded as JSON with {@code <} escaped, so no text can end the script that holds them.
 *
 * <p>Not thread-safe: fed by one batch run, in order.
 */
public final class BatchReport implements BatchObserver {

    static final int QUEUE = 40;
    static final Set<String> COMPLAINTS = Set.of("damaged_in_transit", "defective", "missing_parts", "wrong_item");
    private static final int SNIPPET = 240;

    private final Map<String, Integer> intents = new TreeMap<>();
    private final Map<String, Integer> sentiments = new TreeMap<>();
    private final Map<String, Integer> flags = new TreeMap<>();
    private final Map<String, int[]> skus = new TreeMap<>(); // messages, complaints
    private final Map<String, Map<String, Integer>> skuComplaints = new TreeMap<>();
    private final PriorityQueue<Urgent> queue = new PriorityQueue<>(Comparator.comparingDouble(Urgent::score)
            .thenComparing(Urgent::order, Comparator.reverseOrder()));
    private long classified;
    private long rejected;
    private long needsHuman;
    private long flagged;
    private long order;

    /** A message in the queue to answer first. */
    record Urgent(double score, long order, String id, String where, String received, String intent, String sentiment,
            List<RiskFlag> risks, String orderId, String sku, String snippet) {
    }

    @Override
    public void result(InboxItem item, ResultRow row) {
        Analysis a = row.analysis();
        classified++;
        order++;
        intents.merge(a.intent().label(), 1, Integer::sum);
        sentiments.merge(a.sentiment().label(), 1, Integer::sum);
        a.risks().forEach(r -> flags.merge(r.flag(), 1, Integer::sum));
        if (a.needsHuman()) {
            needsHuman++;
        }
        if (!a.risks().isEmpty()) {
            flagged++;
        }
        if (!row.sku().isEmpty()) {
            int[] c = skus.computeIfAbsent(row.sku(), k -> new int[2]);
            c[0]++;
            if (COMPLAINTS.contains(a.intent().label())) {
                c[1]++;
                skuComplaints.computeIfAbsent(row.sku(), k -> new TreeMap<>()).merge(a.intent().label(), 1, Integer::sum);
            }
        }
        double score = priority(a);
        if (score > 0) {
            String text = item.text().replaceAll("\\s+", " ").strip();
            queue.add(new Urgent(score, order, a.messageId(), item.position(), row.received(), a.intent().label(),
                    a.sentiment().label(), a.risks(), row.orderId(), row.sku(),
                    text.length() > SNIPPET ? text.substring(0, SNIPPET - 1) + "\u2026" : text));
            if (queue.size() > QUEUE) {
                queue.poll();
            }
        }
    }

    @Override
    public void reject(InboxItem item) {
        rejected++;
    }

    /**
     * How soon a message should be answered: claims and escalations first, then threats of
     * feedback, urgency, repeats, negative buyers; among equals the earlier message (the older).
     */
    static double priority(Analysis a) {
        double s = 0;
        for (RiskFlag r : a.risks()) {
            s += switch (r.flag()) {
                case "claim_threat", "escalation" -> 100;
                case "feedback_threat" -> 60;
                case "urgent" -> 40;
                case "repeat_contact" -> 30;
                default -> 10;
            };
        }
        if (a.sentiment().label().equals("negative")) {
            s += 20;
        }
        return s;
    }

    /** A SKU whose share of damage, defect, missing-part and wrong-item complaints stands out. */
    record HotSpot(String sku, int messages, int complaints, double share, double z, Map<String, Integer> byIntent) {
    }

    /**
     * SKUs with at least 3 messages whose complaint share is above the run's by at least two
     * standard deviations of a binomial with the run's share (z ≥ 2), highest first.
     */
    List<HotSpot> hotSpots() {
        long n = 0;
        long c = 0;
        for (int[] v : skus.values()) {
            n += v[0];
            c += v[1];
        }
        List<HotSpot> out = new ArrayList<>();
        if (n == 0) {
            return out;
        }
        double p0 = (double) c / n;
        for (Map.Entry<String, int[]> e : skus.entrySet()) {
            int m = e.getValue()[0];
            int k = e.getValue()[1];
            if (m < 3 || p0 <= 0 || p0 >= 1) {
                continue;
            }
            double z = (k - m * p0) / Math.sqrt(m * p0 * (1 - p0));
            if (z >= 2) {
                out.add(new HotSpot(e.getKey(), m, k, (double) k / m, z, skuComplaints.getOrDefault(e.getKey(), Map.of())));
            }
        }
        out.sort(Comparator.comparingDouble(HotSpot::z).reversed().thenComparing(HotSpot::sku));
        return out;
    }

    /** The page, for the run of {@code title} (shown escaped). */
    public String html(String title) {
        List<Urgent> urgent = new ArrayList<>(queue);
        urgent.sort(Comparator.comparingDouble(Urgent::score).reversed().thenComparingLong(Urgent::order));
        List<HotSpot> hot = hotSpots();
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("intents", intents);
        data.put("sentiments", sentiments);
        data.put("flags", flags);
        String json;
        try {
            json = new ObjectMapper().writeValueAsString(data).replace("<", "\\u003c").replace("\u2028", "\\u2028")
                    .replace("\u2029", "\\u2029");
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
        StringBuilder h = new StringBuilder(32_000);
        h.append("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">\n<title>casebook: ")
                .append(esc(title)).append("</title>\n<style>").append(CSS).append("</style></head><body>\n");
        h.append("<h1>Morning triage</h1><p class=\"sub\">").append(esc(title)).append("</p>\n");
        h.append("<section class=\"cards\">");
        card(h, "read", classified + rejected);
        card(h, "classified", classified);
        card(h, "rejected", rejected);
        card(h, "need a human", needsHuman);
        card(h, "with a risk flag", flagged);
        h.append("</section>\n");
        h.append("<section><h2>Intents</h2><div class=\"chart\" data-chart=\"intents\"></div></section>\n");
        h.append("<section class=\"two\"><div><h2>Sentiments</h2><div class=\"chart\" data-chart=\"sentiments\"></div></div>")
                .append("<div><h2>Risk flags</h2><div class=\"chart\" data-chart=\"flags\"></div></div></section>\n");
        h.append("<section><h2>Answer first</h2><p class=\"note\">Claims and escalations first, then threats of ")
                .append("feedback, deadlines, repeated contact and negative buyers; the ").append(QUEUE)
                .append(" most urgent of the run.</p>\n<table class=\"queue\"><thead><tr><th>#</th><th>message</th>")
                .append("<th>received</th><th>intent</th><th>sentiment</th><th>risk</th><th>order / SKU</th><th>text</th>")
                .append("</tr></thead><tbody>\n");
        int i = 1;
        for (Urgent u : urgent) {
            h.append("<tr><td>").append(i++).append("</td><td>").append(esc(u.id())).append("<div class=\"where\">")
                    .append(esc(u.where())).append("</div></td><td>").append(esc(u.received())).append("</td><td>")
                    .append(esc(u.intent())).append("</td><td class=\"").append(esc(u.sentiment())).append("\">")
                    .append(esc(u.sentiment())).append("</td><td>");
            for (RiskFlag r : u.risks()) {
                h.append("<div class=\"flag\"><b>").append(esc(r.flag())).append("</b> \u201c").append(esc(r.evidence()))
                        .append("\u201d</div>");
            }
            h.append("</td><td>").append(esc(u.orderId())).append("<div class=\"where\">").append(esc(u.sku()))
                    .append("</div></td><td class=\"text\">").append(esc(u.snippet())).append("</td></tr>\n");
        }
        h.append("</tbody></table></section>\n");
        h.append("<section><h2>SKU hot-spots</h2><p class=\"note\">SKUs whose share of damage, defect, missing-part ")
                .append("and wrong-item complaints stands out from the run's (z &ge; 2 over a binomial with the run's ")
                .append("share; at least 3 messages): a complaint that repeats on one SKU is a packaging or quality ")
                .append("problem to fix at the source.</p>\n");
        if (hot.isEmpty()) {
            h.append("<p class=\"none\">No SKU stands out in this run.</p>\n");
        } else {
            h.append("<table class=\"hot\"><thead><tr><th>SKU</th><th>messages</th><th>complaints</th><th>share</th>")
                    .append("<th>z</th><th>of which</th></tr></thead><tbody>\n");
            for (HotSpot s : hot) {
                h.append("<tr><td>").append(esc(s.sku())).append("</td><td>").append(s.messages()).append("</td><td>")
                        .append(s.complaints()).append("</td><td><span class=\"bar\" style=\"width:")
                        .append(Math.round(s.share() * 100)).append("px\"></span> ")
                        .append(String.format(Locale.ROOT, "%.0f%%", s.share() * 100)).append("</td><td>")
                        .append(String.format(Locale.ROOT, "%.1f", s.z())).append("</td><td>");
                s.byIntent().forEach((intent, count) -> h.append(esc(intent)).append(" ").append(count).append("<br>"));
                h.append("</td></tr>\n");
            }
            h.append("</tbody></table>\n");
        }
        h.append("</section>\n<script type=\"application/json\" id=\"data\">").append(json).append("</script>\n<script>")
                .append(JS).append("</script>\n</body></html>\n");
        return h.toString();
    }

    private static void card(StringBuilder h, String label, long value) {
        h.append("<div class=\"card\"><div class=\"n\" data-card=\"").append(esc(label)).append("\">").append(value)
                .append("</div><div>").append(esc(label)).append("</div></div>");
    }

    static String esc(String s) {
        return s == null ? "" : Entities.escape(s);
    }

    private static final String CSS = "body{font:14px/1.4 system-ui,sans-serif;margin:24px;color:#222;max-width:1200px}"
            + "h1{margin:0}.sub{color:#666;margin-top:4px}.cards{display:flex;gap:12px;margin:16px 0}"
            + ".card{border:1px solid #ddd;border-radius:6px;padding:8px 14px;min-width:110px}.card .n{font-size:24px;"
            + "font-weight:600}.two{display:flex;gap:32px}.two>div{flex:1}.chart svg{width:100%}.note{color:#555}"
            + "table{border-collapse:collapse;width:100%}td,th{border-bottom:1px solid #eee;padding:4px 6px;"
            + "vertical-align:top;text-align:left}.where{color:#888;font-size:12px}.text{max-width:420px}"
            + ".negative{color:#b00020}.positive{color:#1b7a1b}.flag{font-size:12px}.bar{display:inline-block;"
            + "height:10px;background:#c0392b}.none{color:#666}";

    private static final String JS = "(function(){var d=JSON.parse(document.getElementById('data').textContent);"
            + "document.querySelectorAll('[data-chart]').forEach(function(el){var m=d[el.getAttribute('data-chart')]||{};"
            + "var keys=Object.keys(m).sort(function(a,b){return m[b]-m[a]||(a<b?-1:1)});var max=1;keys.forEach(function(k)"
            + "{if(m[k]>max)max=m[k]});var ns='http://www.w3.org/2000/svg',h=22,svg=document.createElementNS(ns,'svg');"
            + "svg.setAttribute('viewBox','0 0 600 '+Math.max(h,keys.length*h));keys.forEach(function(k,i){"
            + "var g=document.createElementNS(ns,'g');g.setAttribute('data-label',k);g.setAttribute('data-count',m[k]);"
            + "var t=document.createElementNS(ns,'text');t.setAttribute('x',0);t.setAttribute('y',i*h+15);"
            + "t.textContent=k;var r=document.createElementNS(ns,'rect');r.setAttribute('x',170);r.setAttribute('y',i*h+3);"
            + "r.setAttribute('height',h-6);r.setAttribute('width',Math.max(1,380*m[k]/max));r.setAttribute('fill','#3b6ea5');"
            + "var v=document.createElementNS(ns,'text');v.setAttribute('x',175+380*m[k]/max);v.setAttribute('y',i*h+15);"
            + "v.textContent=m[k];g.appendChild(t);g.appendChild(r);g.appendChild(v);svg.appendChild(g)});"
            + "el.appendChild(svg)})})();";
}
