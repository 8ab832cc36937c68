package io.casebook.reply;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;

/**
 * The rules of the reply check: data, not code. A rules file is a CSV with the columns
 * {@code id,severity,marketplaces,check,pattern,message}:
 * <ul>
 *   <li>{@code severity}: {@code error} or {@code warning};</li>
 *   <li>{@code marketplaces}: {@code all}, or names separated by spaces ({@code amazon ebay});</li>
 *   <li>{@code check}: {@code pattern} (the patterns must all match within one sentence),
 *       {@code reply_pattern} (within the whole reply), or a built-in check: {@code placeholder}
 *       (the pattern finds template placeholders), {@code email}, {@code phone}, {@code contact}
 *       (either), {@code link} (the pattern matches the host names allowed), {@code order_id},
 *       {@code tracking_number},
 *       {@code buyer_name} (values that differ from this message's);</li>
 *   <li>{@code pattern}: Java regular expressions, case-insensitive, joined by {@code " && "};
 *       one starting with {@code !} must not match; an optional leading {@code {word|word} } lists
 *       words of which the reply must contain one for the rule to run at all (a speed-up);</li>
 *   <li>{@code message}: why it is a problem, shown to the agent.</li>
 * </ul>
 * Several rows may make one rule: {@code feedback_for_value} and {@code feedback_for_value#change}
 * both report {@code feedback_for_value}. A seller's own file adds rules; a row with the id of a
 * shipped one replaces it (a severity of {@code off} switches it off). Immutable and thread-safe.
 */
public final class ReplyRules {

    static final String RESOURCE = "/io/casebook/reply/reply-rules.csv";
    static final Set<String> CHECKS = Set.of("pattern", "reply_pattern", "placeholder", "email", "phone", "contact", "link",
            "order_id", "tracking_number", "buyer_name");
    private static final ReplyRules STANDARD = load();

    private final List<ReplyRule> rules;

    private ReplyRules(List<ReplyRule> rules) {
        this.rules = List.copyOf(rules);
    }

    /** The shipped rules (docs/reply-check.md lists them). */
    public static ReplyRules standard() {
        return STANDARD;
    }

    List<ReplyRule> rules() {
        return rules;
    }

    /** The ids of the rules. */
    public List<String> ids() {
        return rules.stream().map(ReplyRule::id).toList();
    }

    /** These rules with those of {@code file} added (or replacing the ones with the same id). */
    public ReplyRules with(Path file) {
        try (Reader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            return with(parse(r, file.toString()));
        } catch (NoSuchFileException e) {
            throw new ReplyRulesException(file + ": no such rules file");
        } catch (IOException e) {
            throw new ReplyRulesException(file + ": cannot read: " + e.getMessage());
        }
    }

    private ReplyRules with(Map<String, ReplyRule> added) {
        Map<String, ReplyRule> all = new LinkedHashMap<>();
        rules.forEach(r -> all.put(r.id(), r));
        added.forEach((id, r) -> {
            if (r == null) {
                all.remove(id);
            } else {
                all.put(id, r);
            }
        });
        return new ReplyRules(new ArrayList<>(all.values()));
    }

    private static ReplyRules load() {
        try (InputStream in = ReplyRules.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException(RESOURCE + " is missing from casebook's jar");
            }
            Map<String, ReplyRule> rules = parse(new InputStreamReader(in, StandardCharsets.UTF_8), "classpath:" + RESOURCE);
            return new ReplyRules(new ArrayList<>(rules.values()));
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The rules of a file, by id; a rule switched off maps to null. */
    static Map<String, ReplyRule> parse(Reader reader, String name) throws IOException {
        Map<String, ReplyRule> out = new LinkedHashMap<>();
        CSVFormat format = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).setCommentMarker('#')
                .setIgnoreEmptyLines(true).setTrim(true).get();
        try {
            var parser = format.parse(reader);
            for (String column : List.of("id", "severity", "marketplaces", "check", "pattern", "message")) {
                if (!parser.getHeaderNames().contains(column)) {
                    throw new ReplyRulesException(name + ": the header needs the columns "
                            + "id,severity,marketplaces,check,pattern,message (missing " + column + ")");
                }
            }
            for (CSVRecord row : parser) {
                String where = name + ":" + parser.getCurrentLineNumber() + ": ";
                String id = row.get("id");
                if (id.isEmpty()) {
                    throw new ReplyRulesException(where + "a rule needs an id");
                }
                String severity = row.get("severity").toLowerCase(Locale.ROOT);
                if (severity.equals("off")) {
                    out.put(id, null);
                    continue;
                }
                if (!severity.equals("error") && !severity.equals("warning")) {
                    throw new ReplyRulesException(where + "severity must be error, warning or off, not '" + severity + "'");
                }
                String check = row.get("check").toLowerCase(Locale.ROOT);
                if (!CHECKS.contains(check)) {
                    throw new ReplyRulesException(where + "unknown check '" + check + "' (one of " + new TreeSet<>(CHECKS) + ")");
                }
                Set<String> markets = new TreeSet<>();
                for (String m : row.get("marketplaces").toLowerCase(Locale.ROOT).split("[\\s,;]+")) {
                    if (!m.isEmpty() && !m.equals("all")) {
                        markets.add(m);
                    }
                }
                List<Pattern> parts = new ArrayList<>();
                List<Pattern> absent = new ArrayList<>();
                String pattern = row.get("pattern");
                List<String> anchors = List.of();
                if (pattern.startsWith("{")) {
                    int close = pattern.indexOf("} ");
                    if (close < 0) {
                        throw new ReplyRulesException(where + "a pattern starting with { needs {word|word} then a space");
                    }
                    anchors = List.of(pattern.substring(1, close).toLowerCase(Locale.ROOT).split("\\|"));
                    pattern = pattern.substring(close + 2).strip();
                }
                if (!pattern.isEmpty()) {
                    for (String part : pattern.split(" && ")) {
                        String p = part.strip();
                        boolean not = p.startsWith("!");
                        try {
                            Pattern compiled = Pattern.compile(not ? p.substring(1) : p,
                                    Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
                            (not ? absent : parts).add(compiled);
                        } catch (PatternSyntaxException e) {
                            throw new ReplyRulesException(where + "bad pattern: " + e.getDescription() + " in " + p);
                        }
                    }
                }
                if ((check.equals("pattern") || check.equals("reply_pattern") || check.equals("placeholder"))
                        && parts.isEmpty()) {
                    throw new ReplyRulesException(where + "a " + check + " rule needs a pattern");
                }
                out.put(id, new ReplyRule(id, Severity.valueOf(severity.toUpperCase(Locale.ROOT)), markets, check, parts,
                        absent, row.get("message"), anchors));
            }
        } catch (IllegalStateException | java.io.UncheckedIOException e) {
            throw new ReplyRulesException(name + ": malformed rules file: " + e.getMessage());
        }
        return out;
    }
}
