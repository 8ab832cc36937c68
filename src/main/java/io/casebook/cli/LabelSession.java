package io.casebook.cli;

import io.casebook.Taxonomy;
import io.casebook.classify.Ranking;
import io.casebook.learn.LabelsFile;
import java.io.IOException;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.jline.terminal.Terminal;
import org.jline.utils.InfoCmp;
import org.jline.utils.NonBlockingReader;

/**
 * The terminal side of {@code casebook label}: shows one message at a time with the model's
 * intents and sentiment and takes one key press per answer, saving it at once.
 *
 * <p>Keys: Enter or space accepts what is shown; 1-5 picks that intent of the model's list;
 * {@code o} shows every intent, each on a letter; {@code w} takes the intent the subject suggests;
 * {@code -}, {@code =}, {@code +} set the sentiment (negative, neutral, positive) before
 * answering; {@code s} skips; {@code u} undoes the last answer; {@code q} (or end of input)
 * stops; {@code ?} shows the keys.
 */
final class LabelSession {

    /** A message to label, with what the model and the subject say about it. */
    record Item(String key, String id, String text, String source, long line, Ranking intent, Ranking sentiment,
            String suggested) {
    }

    /** How a session ended. */
    record Summary(int accepted, int corrected, int skipped, int undone, int relearned, int left) {
    }

    /** Retrains on the answers so far and orders the messages left again ({@link QueueRelearner}). */
    interface Relearner {
        /** After how many new intent answers to relearn. */
        int every();

        /** One line saying what is happening, shown while relearning. */
        String describe();

        /** The messages not answered yet, with the retrained model's rankings, in the new order. */
        List<Item> relearn();
    }

    private static final int SHOWN_INTENTS = 5;
    private static final int MAX_TEXT_LINES = 18;
    private static final String OTHER_KEYS = "abcdefghijklmnoprstv";

    private final Terminal terminal;
    private final PrintWriter out;
    private final NonBlockingReader keys;
    private final LabelsFile labels;
    private final Relearner relearner;
    private final int limit;
    private final boolean discardTypeAhead;

    /**
     * @param relearner what reorders the queue every few answers, or null for a fixed order
     * @param limit     how many answers to take at most in this session
     * @param discardTypeAhead drop keys pressed while the queue was relearned (a person at a
     *                  terminal; not a scripted input, which is all there at once)
     */
    LabelSession(Terminal terminal, LabelsFile labels, Relearner relearner, int limit, boolean discardTypeAhead) {
        this.terminal = terminal;
        this.out = terminal.writer();
        this.keys = terminal.reader();
        this.labels = labels;
        this.relearner = relearner;
        this.limit = limit;
        this.discardTypeAhead = discardTypeAhead;
    }

    /** Asks about {@code queue} in its order, skipping those the labels file already answers. */
    Summary run(List<Item> queue) throws IOException {
        List<Item> items = new ArrayList<>(queue);
        int accepted = 0;
        int corrected = 0;
        int skipped = 0;
        int undone = 0;
        int relearned = 0;
        // a resumed session first learns from the answers of the sessions before
        int sinceRelearning = relearner != null && labels.answers().stream().anyMatch(a -> !a.intent().isEmpty())
                ? relearner.every() : 0;
        int pos = next(items, 0);
        String sentimentOverride = null;
        while (pos < items.size() && accepted + corrected + skipped - undone < limit) {
            if (relearner != null && sinceRelearning >= relearner.every()) {
                message(relearner.describe());
                List<Item> reordered = relearner.relearn();
                if (discardTypeAhead) {
                    // keys pressed while waiting would answer messages not yet seen
                    while (keys.peek(1) >= 0) {
                        keys.read();
                    }
                }
                items.subList(pos, items.size()).clear();
                items.addAll(reordered);
                relearned++;
                sinceRelearning = 0;
                pos = next(items, pos);
                continue;
            }
            Item item = items.get(pos);
            String sentiment = sentimentOverride != null ? sentimentOverride : item.sentiment().best();
            show(item, sentiment, pos, items.size());
            int key = keys.read();
            if (key < 0 || key == 'q' || key == 4 || key == 3) {
                break;
            }
            String intent = null;
            String status;
            switch (key) {
                case '\r', '\n', ' ' -> intent = item.intent().best();
                case '1', '2', '3', '4', '5' -> {
                    int k = key - '1';
                    if (k < item.intent().labels().size()) {
                        intent = item.intent().labels().get(k);
                    }
                }
                case 'o' -> intent = pickOther();
                case 'w' -> intent = item.suggested().isEmpty() ? null : item.suggested();
                case '-' -> sentimentOverride = "negative";
                case '=', '0' -> sentimentOverride = "neutral";
                case '+' -> sentimentOverride = "positive";
                case 's' -> {
                    labels.append(answer(item, "", "", "skipped"));
                    skipped++;
                    sentimentOverride = null;
                    pos = next(items, pos + 1);
                }
                case 'u' -> {
                    LabelsFile.Answer last = labels.undo();
                    if (last == null) {
                        message("nothing to undo");
                    } else {
                        undone++;
                        if (!last.intent().isEmpty() && sinceRelearning > 0) {
                            sinceRelearning--;
                        }
                        int back = indexOf(items, last.key());
                        pos = back >= 0 ? back : pos;
                        sentimentOverride = null;
                        message("undone: " + (last.status().equals("skipped") ? "skip" : last.intent() + " / "
                                + last.sentiment()));
                    }
                }
                case '?' -> help();
                default -> message("key not used; press ? for the keys");
            }
            if (intent != null) {
                boolean same = intent.equals(item.intent().best()) && sentiment.equals(item.sentiment().best());
                status = same ? "accepted" : "corrected";
                labels.append(answer(item, intent, sentiment, status));
                if (same) {
                    accepted++;
                } else {
                    corrected++;
                }
                sinceRelearning++;
                sentimentOverride = null;
                pos = next(items, pos + 1);
            }
        }
        int left = 0;
        for (Item i : items) {
            if (!labels.answered(i.key())) {
                left++;
            }
        }
        return new Summary(accepted, corrected, skipped, undone, relearned, left);
    }

    private static LabelsFile.Answer answer(Item item, String intent, String sentiment, String status) {
        return LabelsFile.Answer.now(item.key(), item.id(), item.text(), intent, sentiment, status, item.intent().best(),
                item.intent().confidence(), item.suggested(), item.source(), item.line());
    }

    private int next(List<Item> items, int from) {
        int i = from;
        while (i < items.size() && labels.answered(items.get(i).key())) {
            i++;
        }
        return i;
    }

    private static int indexOf(List<Item> items, String key) {
        for (int i = 0; i < items.size(); i++) {
            if (items.get(i).key().equals(key)) {
                return i;
            }
        }
        return -1;
    }

    private void show(Item item, String sentiment, int pos, int total) {
        terminal.puts(InfoCmp.Capability.clear_screen);
        int width = Math.max(40, Math.min(terminal.getWidth() <= 0 ? 100 : terminal.getWidth(), 120));
        out.printf(Locale.ROOT, "-- message %d of %d   (%s:%d%s)   saved: %d answers in %s%n", pos + 1, total,
                item.source(), item.line(), item.id().isEmpty() ? "" : ", id " + item.id(), labels.answers().size(),
                labels.file());
        List<String> lines = wrap(printable(item.text()), width - 2);
        for (int i = 0; i < Math.min(lines.size(), MAX_TEXT_LINES); i++) {
            out.println("  " + lines.get(i));
        }
        if (lines.size() > MAX_TEXT_LINES) {
            out.println("  ... " + (lines.size() - MAX_TEXT_LINES) + " more lines");
        }
        out.println();
        Ranking r = item.intent();
        for (int i = 0; i < Math.min(SHOWN_INTENTS, r.labels().size()); i++) {
            out.printf(Locale.ROOT, "  %d  %-20s %5.1f%%%s%n", i + 1, r.labels().get(i), 100 * r.probabilities().get(i),
                    i == 0 ? "   <- Enter" : "");
        }
        if (!item.suggested().isEmpty()) {
            out.println("  w  " + item.suggested() + "   (the buyer's topic in the subject)");
        }
        out.printf(Locale.ROOT, "  sentiment: %s%s   (- negative, = neutral, + positive)%n", sentiment,
                sentiment.equals(item.sentiment().best())
                        ? String.format(Locale.ROOT, " %.0f%%", 100 * item.sentiment().confidence()) : " (changed)");
        out.println("  o other intent   s skip   u undo   q quit   ? keys");
        out.flush();
    }

    private String pickOther() throws IOException {
        out.println();
        for (int i = 0; i < Taxonomy.INTENTS.size(); i++) {
            out.printf(Locale.ROOT, "  %c  %s%n", OTHER_KEYS.charAt(i), Taxonomy.INTENTS.get(i));
        }
        out.println("  (any other key: back)");
        out.flush();
        int key = keys.read();
        int i = key < 0 ? -1 : OTHER_KEYS.indexOf(key);
        return i >= 0 && i < Taxonomy.INTENTS.size() ? Taxonomy.INTENTS.get(i) : null;
    }

    private void help() throws IOException {
        out.println();
        out.println("  Enter/space  accept the intent and sentiment shown");
        out.println("  1-5          that intent of the list (the sentiment shown)");
        out.println("  o            every intent, one letter each");
        out.println("  w            the intent the subject suggests");
        out.println("  - = +        set the sentiment to negative, neutral, positive, then answer");
        out.println("  s            skip (saved, not asked again)");
        out.println("  u            undo the last answer and show its message again");
        out.println("  q            stop; every answer is already saved, and the next session resumes");
        out.println("  (press a key)");
        out.flush();
        keys.read();
    }

    private void message(String text) {
        out.println("  " + text);
        out.flush();
    }

    /** Buyer text made safe for a terminal: control characters (escape sequences) shown as '?'. */
    static String printable(String text) {
        StringBuilder b = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            boolean control = (c < 0x20 && c != '\n' && c != '\t') || (c >= 0x7f && c < 0xa0);
            b.append(control ? '?' : c == '\t' ? ' ' : c);
        }
        return b.toString();
    }

    /** {@code text} cut into lines of at most {@code width} characters, at spaces where possible. */
    static List<String> wrap(String text, int width) {
        List<String> out = new ArrayList<>();
        for (String para : text.replace("\r\n", "\n").split("\n", -1)) {
            String rest = para.stripTrailing();
            while (rest.length() > width) {
                int cut = rest.lastIndexOf(' ', width);
                if (cut <= 0) {
                    cut = width;
                }
                out.add(rest.substring(0, cut));
                rest = rest.substring(cut).stripLeading();
            }
            out.add(rest);
        }
        while (!out.isEmpty() && out.get(out.size() - 1).isEmpty()) {
            out.remove(out.size() - 1);
        }
        return out;
    }
}
