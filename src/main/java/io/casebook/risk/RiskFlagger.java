package io.casebook.risk;

import io.casebook.text.BuyerText;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Raises risk flags on a buyer message by rules over its normalised text, each with its evidence,
 * so that an agent sees why.
 *
 * <p>The rules are the patterns of {@code risk-rules.txt} (one flag and one regular expression per
 * line, run on the buyer's own words in lower case: quoted earlier messages, the relay frame and
 * the seller's words quoted back in double quotes are left out). A match is dropped when the last
 * six words before it in its clause negate it ("no need to open a case", "I won't leave bad
 * feedback", "it's not urgent") or abandon it ("I wanted to write a bad review but..."), unless
 * the sentence makes it a condition on the seller failing ("I won't open a case if you don't...",
 * "...unless", "or else").
 * Figures of speech do not negate: "I will not hesitate to", "I don't want to", "I'd rather not",
 * "I'd hate to" are how polite buyers threaten.
 *
 * <p>Speed: one pass of an {@link AnchorIndex} finds every anchor word in the text; a flag whose
 * words are all absent is skipped, and a pattern whose matches start with known words is tried
 * only where they occur.
 *
 * <p>Immutable and thread-safe.
 */
public final class RiskFlagger {

    private static final String RESOURCE = "/io/casebook/risk/risk-rules.txt";
    private static final RiskFlagger STANDARD = new RiskFlagger(load());

    private static final Pattern NEGATION = Pattern.compile(
            "\\b(?:no need to|no need for|won'?t|will not|wouldn'?t|would not|never|not going to|not gonna"
                    + "|no intention|don'?t worry|do not worry|not planning|not plan|didn'?t|did not|haven'?t|have not"
                    + "|hasn'?t|has not|isn'?t|is not|it'?s not|not|no|nothing|without|instead of|rather than)\\b");
    private static final Pattern NOT_A_NEGATION = Pattern.compile(
            "\\b(?:not hesitate|won'?t hesitate|wouldn'?t hesitate|would not hesitate|don'?t want|do not want"
                    + "|didn'?t want|not want to have to|no choice|no other choice|no option|not have a choice"
                    + "|prefer not|rather not|hate to|not going to ask|won'?t ask|will not ask|not asking|not be kind"
                    + "|not be nice|not be generous|not be positive|no longer|not prepared to wait|not waiting"
                    + "|not one to|not the type to|not usually one to|not normally one to|not a lawyer"
                    + "|(?:never|not|hasn'?t|has not|haven'?t|didn'?t|did not|still not|still hasn'?t)\\s+(?:\\w+\\s+)?"
                    + "(?:came|come|arrived|arrive|showed|shown|turned up|delivered|received|shipped|dispatched|working|work"
                    + "|worked|fixed|sorted|resolved|refunded|replied|answered)"
                    + "|not satisfied|not happy|no answer|no reply|no response|not received|not arrived|never arrived"
                    + "|never received|never got|not get|not got|haven'?t received|have not received|not heard"
                    + "|haven'?t heard|no one|nobody|not resolved|not fixed|not solved)\\b");
    private static final Pattern CONDITION = Pattern.compile("\\b(?:unless|otherwise|or else|until|or i|or we"
            + "|if (?:you|it'?s|it|this|that'?s|that|i|the \\w+|a \\w+|an \\w+|they|my \\w+|your \\w+|nothing|no one"
            + "|nobody)\\s+(?:\\w+\\s+)?(?:don'?t|do not|doesn'?t"
            + "|does not|can'?t|cannot|won'?t|will not|isn'?t|is not|aren'?t|haven'?t|hasn'?t|didn'?t|refuse|fail|not|never"
            + "|keep|continue|still|again|arrive late|is late|comes late)|if not|if nothing|if no one|if nobody)\\b");
    private static final Pattern ABANDONED = Pattern.compile("\\b(?:wanted to|was going to|was about to|were going to"
            + "|almost|nearly|thought about|considered)\\b");
    private static final Pattern QUOTED = Pattern.compile("[\"\u201c][^\"\u201c\u201d\n]{12,}[\"\u201d]");
    private static final int NEGATION_WINDOW_WORDS = 6;
    private static final Pattern CLAUSE_START = Pattern.compile("[.!?;\\n]|,\\s|\\s-\\s");

    private final Map<RiskType, List<IndexedRule>> rules;
    private final Map<RiskType, boolean[]> flagAnchors;
    private final AnchorIndex anchorIndex;

    RiskFlagger(Rules loaded) {
        List<String> words = new ArrayList<>();
        loaded.anchors().values().forEach(words::addAll);
        loaded.rules().forEach(r -> words.addAll(r.anchors()));
        this.anchorIndex = new AnchorIndex(words);
        Map<RiskType, List<IndexedRule>> byType = new EnumMap<>(RiskType.class);
        for (RiskRule r : loaded.rules()) {
            byType.computeIfAbsent(r.type(), k -> new ArrayList<>()).add(new IndexedRule(r, anchorIndex.set(r.anchors())));
        }
        this.rules = byType;
        this.flagAnchors = new EnumMap<>(RiskType.class);
        loaded.anchors().forEach((type, list) -> flagAnchors.put(type, anchorIndex.set(list)));
    }

    /** A rule with its anchor words as a set of ids of the {@link AnchorIndex} (null: no anchors). */
    private record IndexedRule(RiskRule rule, boolean[] anchors) {
    }

    /** The rules and, per flag, the words of which a text must contain one for the flag's rules to run. */
    record Rules(List<RiskRule> rules, Map<RiskType, List<String>> anchors) {
    }

    /** The shipped rules. */
    public static RiskFlagger standard() {
        return STANDARD;
    }

    /** The flags of {@code message}: at most one hit per flag (the first evidence), in flag order. */
    public List<RiskHit> flags(String message) {
        String text = BuyerText.of(message);
        String lower = blankQuotes(lowerSameLength(text));
        AnchorIndex.Hits hits = anchorIndex.scan(lower);
        List<RiskHit> out = new ArrayList<>(2);
        for (Map.Entry<RiskType, List<IndexedRule>> e : rules.entrySet()) {
            if (!hits.any(flagAnchors.get(e.getKey()))) {
                continue;
            }
            RiskHit first = null;
            for (IndexedRule rule : e.getValue()) {
                int[] match = rule.rule().anchorsStartMatches() && rule.anchors() != null
                        ? firstAtAnchors(rule, lower, hits, first)
                        : firstAnywhere(rule, lower, hits, first);
                if (match != null) {
                    first = new RiskHit(e.getKey(), text.substring(match[0], match[1]).strip(), match[0], match[1]);
                }
            }
            if (first != null) {
                out.add(first);
            }
        }
        return out;
    }

    /**
     * The first match of a rule whose matches start with one of its anchor words that is not
     * negated and starts before {@code before}: the pattern is tried only where those words
     * occur, as {@link Matcher#find()} would find it (a match's successor starts after its end).
     */
    private static int[] firstAtAnchors(IndexedRule rule, String lower, AnchorIndex.Hits hits, RiskHit before) {
        Matcher m = null;
        int searchFrom = 0;
        int tried = -1;
        for (int h = hits.next(rule.anchors(), 0); h >= 0; h = hits.next(rule.anchors(), h + 1)) {
            int start = hits.start(h);
            if (before != null && start >= before.start()) {
                return null;
            }
            if (start < searchFrom || start == tried) {
                continue;
            }
            tried = start;
            if (m == null) {
                m = rule.rule().pattern().matcher(lower).useTransparentBounds(true).useAnchoringBounds(false);
            }
            m.region(start, lower.length());
            if (m.lookingAt()) {
                if (!negated(lower, m.start(), m.end())) {
                    return new int[] {m.start(), m.end()};
                }
                searchFrom = Math.max(m.end(), start + 1);
            }
        }
        return null;
    }

    /** The first match of a rule anywhere in the text, when one of its anchor words (if any) occurs. */
    private static int[] firstAnywhere(IndexedRule rule, String lower, AnchorIndex.Hits hits, RiskHit before) {
        if (!hits.any(rule.anchors())) {
            return null;
        }
        Matcher m = rule.rule().pattern().matcher(lower);
        while (m.find()) {
            if (before != null && m.start() >= before.start()) {
                return null;
            }
            if (!negated(lower, m.start(), m.end())) {
                return new int[] {m.start(), m.end()};
            }
        }
        return null;
    }

    /**
     * True when the last words of the clause before the match negate it ("no need to", "won't",
     * "not") or abandon it ("I wanted to", "I was going to"), and the sentence does not make it a
     * condition on the seller failing ("...unless", "...if you don't", "or else").
     */
    static boolean negated(String lower, int start, int end) {
        int clause = 0;
        Matcher c = CLAUSE_START.matcher(lower);
        while (c.find() && c.end() <= start) {
            clause = c.end();
        }
        String before = lastWords(lower.substring(clause, start), NEGATION_WINDOW_WORDS);
        // figures of speech are blanked with the start of the match, so that "not going to" + "ask
        // a fourth time" is seen whole; only what stays of the words before the match counts
        String head = lower.substring(start, Math.min(end, start + 16));
        String cleaned = blank(NOT_A_NEGATION, before + head).substring(0, before.length());
        if (!NEGATION.matcher(cleaned).find() && !ABANDONED.matcher(cleaned).find()) {
            return false;
        }
        int sentenceEnd = end;
        while (sentenceEnd < lower.length() && ".!?\n".indexOf(lower.charAt(sentenceEnd)) < 0) {
            sentenceEnd++;
        }
        int sentenceStart = start;
        while (sentenceStart > 0 && ".!?\n".indexOf(lower.charAt(sentenceStart - 1)) < 0) {
            sentenceStart--;
        }
        return !CONDITION.matcher(lower.substring(sentenceStart, sentenceEnd)).find();
    }


    private static String lastWords(String text, int n) {
        int i = text.length();
        int words = 0;
        boolean inWord = false;
        while (i > 0) {
            boolean space = Character.isWhitespace(text.charAt(i - 1));
            if (!space && !inWord) {
                words++;
                if (words > n) {
                    break;
                }
            }
            inWord = !space;
            i--;
        }
        return text.substring(i);
    }

    /** {@code text} with the matches of {@code pattern} replaced by as many spaces. */
    private static String blank(Pattern pattern, String text) {
        Matcher m = pattern.matcher(text);
        if (!m.find()) {
            return text;
        }
        char[] out = text.toCharArray();
        do {
            for (int i = m.start(); i < m.end(); i++) {
                out[i] = ' ';
            }
        } while (m.find());
        return new String(out);
    }

    /** Text between double quotes (the seller's words quoted back) blanked out, offsets kept. */
    static String blankQuotes(String lower) {
        if (lower.indexOf('"') < 0 && lower.indexOf('\u201c') < 0) {
            return lower;
        }
        return blank(QUOTED, lower);
    }


    /** Lower case with curly apostrophes made straight, one char for one, so that offsets stay valid. */
    static String lowerSameLength(String text) {
        char[] out = new char[text.length()];
        for (int i = 0; i < out.length; i++) {
            char c = text.charAt(i);
            out[i] = c == '\u2019' || c == '\u2018' || c == '\u00b4' || c == '`' ? '\'' : Character.toLowerCase(c);
        }
        return new String(out);
    }

    private static Rules load() {
        List<RiskRule> out = new ArrayList<>();
        Map<RiskType, List<String>> anchorWords = new EnumMap<>(RiskType.class);
        try (InputStream in = RiskFlagger.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException(RESOURCE + " is missing from casebook's jar");
            }
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            String line;
            int n = 0;
            while ((line = r.readLine()) != null) {
                n++;
                String l = line.strip();
                if (l.isEmpty() || l.startsWith("#")) {
                    continue;
                }
                if (l.startsWith("anchors ")) {
                    String[] parts = l.split("\\s+", 3);
                    RiskType t = parts.length < 3 ? null : RiskType.byLabel(parts[1]);
                    if (t == null) {
                        throw new IllegalStateException(RESOURCE + ":" + n + ": anchors FLAG word|word|...");
                    }
                    anchorWords.put(t, List.of(parts[2].split("\\|")));
                    continue;
                }
                int space = l.indexOf(' ');
                RiskType type = space < 0 ? null : RiskType.byLabel(l.substring(0, space));
                if (type == null) {
                    throw new IllegalStateException(RESOURCE + ":" + n + ": a line is a flag and a pattern");
                }
                String rest = l.substring(space + 1).strip();
                List<String> ruleAnchors = List.of();
                if (rest.startsWith("{")) {
                    int close = rest.indexOf("} ");
                    if (close < 0) {
                        throw new IllegalStateException(RESOURCE + ":" + n + ": {anchor|anchor} then a pattern");
                    }
                    ruleAnchors = List.of(rest.substring(1, close).split("\\|"));
                    rest = rest.substring(close + 2).strip();
                }
                boolean startsMatches = ruleAnchors.isEmpty();
                if (startsMatches) {
                    ruleAnchors = LiteralPrefixes.of(rest);
                }
                out.add(new RiskRule(type, Pattern.compile(rest), type.label() + ":" + n, ruleAnchors, startsMatches));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new Rules(out, anchorWords);
    }
}
