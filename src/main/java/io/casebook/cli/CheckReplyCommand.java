package io.casebook.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.casebook.Casebook;
import io.casebook.CasebookException;
import io.casebook.Finding;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "check-reply", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Checks a reply against the marketplace's rules and the seller's own before it is sent.",
                "Errors: value offered for feedback, positive feedback only, payment or contact outside the "
                        + "marketplace, links, leftover placeholders, another buyer's name or order id. Warnings: "
                        + "another tracking number, a promised delivery date, a full refund before the return. "
                        + "Exit code 0 when there is no error, 4 when there is (warnings alone give 0)."})
final class CheckReplyCommand implements Callable<Integer> {

    /** Exit code when the reply has errors. */
    static final int HAS_ERRORS = 4;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Parameters(index = "0", arity = "0..1", paramLabel = "FILE", description = "The reply, or - for standard input.")
    String file = "-";

    @Option(names = "--marketplace", paramLabel = "NAME",
            description = "amazon, ebay, aliexpress, etsy or shopify (default: from the order id's format, else "
                    + "every marketplace's rules).")
    String marketplace = "";

    @Option(names = "--buyer", paramLabel = "NAME", description = "This buyer's name.")
    String buyer = "";

    @Option(names = "--order-id", paramLabel = "ID", description = "This order's id.")
    String orderId = "";

    @Option(names = "--tracking", paramLabel = "NUMBER", description = "This order's tracking number.")
    String tracking = "";

    @Option(names = "--rules", paramLabel = "FILE", description = "The seller's own rules, added to the shipped ones "
            + "(repeatable; see docs/reply-check.md).")
    List<Path> rules = new ArrayList<>();

    @Option(names = "--json", description = "Print the findings as JSON.")
    boolean json;

    @CommandLine.Mixin
    ModelsOption models;

    @Override
    public Integer call() throws IOException {
        PrintWriter out = spec.commandLine().getOut();
        String reply = read(file);
        try (Casebook casebook = models.open(null, rules)) {
            List<Finding> findings = casebook.checkReply(reply, marketplace, buyer, orderId, tracking);
            if (json) {
                List<Map<String, Object>> list = new ArrayList<>();
                for (Finding f : findings) {
                    list.add(json(f, reply));
                }
                out.println(new ObjectMapper().writeValueAsString(list));
            } else {
                print(out, findings, reply);
            }
            return findings.stream().anyMatch(Finding::isError) ? HAS_ERRORS : Main.OK;
        }
    }

    static void print(PrintWriter out, List<Finding> findings, String reply) {
        if (findings.isEmpty()) {
            out.println("no findings");
            return;
        }
        for (Finding f : findings) {
            int[] at = lineAndColumn(reply, f.start());
            out.printf("%-7s %-22s line %d:%d  \"%s\"  %s%n", f.severity(), f.rule(), at[0], at[1],
                    f.span().replace("\n", " "), f.message());
        }
        long errors = findings.stream().filter(Finding::isError).count();
        out.println(errors + " error" + (errors == 1 ? "" : "s") + ", " + (findings.size() - errors) + " warning"
                + (findings.size() - errors == 1 ? "" : "s"));
    }

    static Map<String, Object> json(Finding f, String reply) {
        Map<String, Object> m = new LinkedHashMap<>();
        int[] at = lineAndColumn(reply, f.start());
        m.put("rule", f.rule());
        m.put("severity", f.severity());
        m.put("line", at[0]);
        m.put("column", at[1]);
        m.put("start", f.start());
        m.put("end", f.end());
        m.put("span", f.span());
        m.put("message", f.message());
        return m;
    }

    static int[] lineAndColumn(String text, int offset) {
        int line = 1;
        int col = 1;
        for (int i = 0; i < offset && i < text.length(); i++) {
            if (text.charAt(i) == '\n') {
                line++;
                col = 1;
            } else {
                col++;
            }
        }
        return new int[] {line, col};
    }

    private static String read(String file) throws IOException {
        if (file.equals("-")) {
            return new String(System.in.readNBytes(1 << 20), StandardCharsets.UTF_8);
        }
        try {
            return Files.readString(Path.of(file), StandardCharsets.UTF_8);
        } catch (NoSuchFileException e) {
            throw new CasebookException(file + ": no such file");
        } catch (java.nio.charset.MalformedInputException e) {
            throw new CasebookException(file + ": not UTF-8 text");
        }
    }
}
