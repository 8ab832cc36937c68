package io.casebook.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.casebook.Analysis;
import io.casebook.BuyerMessage;
import io.casebook.Casebook;
import io.casebook.CasebookException;
import io.casebook.Draft;
import io.casebook.Finding;
import io.casebook.PastCase;
import io.casebook.Precedent;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "reply", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Drafts a reply to one buyer message from the closest past case.",
                "Prints the analysis, the precedents and a draft made from the best precedent's reply, with this "
                        + "buyer's name, order id, tracking number and product, and [[PLACEHOLDERS]] for what it "
                        + "cannot know. --edit opens the draft in $VISUAL or $EDITOR; --save stores the final "
                        + "reply as a new case (and appends it to --save-to), so the case base grows with the team's "
                        + "work."})
final class ReplyCommand implements Callable<Integer> {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Parameters(arity = "0..*", paramLabel = "TEXT", description = "The buyer's message ('-' or none: standard input).")
    List<String> text = new ArrayList<>();

    @Option(names = "--buyer", paramLabel = "NAME", description = "The buyer's name, for the greeting.")
    String buyer = "";

    @Option(names = "--order-id", paramLabel = "ID", description = "The order the message is about.")
    String orderId = "";

    @Option(names = "--sku", description = "The SKU the message is about.")
    String sku = "";

    @Option(names = "--intent", description = "The message's intent, instead of the classifier's.")
    String intent;

    @Option(names = "--signature", paramLabel = "TEXT",
            description = "The lines that end the reply, '\\n' between lines (default: $CASEBOOK_SIGNATURE, else a "
                    + "[[AGENT_NAME]] placeholder).")
    String signature;

    @Option(names = {"-k", "--limit"}, paramLabel = "N", description = "How many precedents to show (default: ${DEFAULT-VALUE}).")
    int limit = 3;

    @Option(names = "--edit", description = "Open the draft in $VISUAL or $EDITOR before printing it.")
    boolean edit;

    @Option(names = "--save", description = "Store the final reply as a new case in the index.")
    boolean save;

    @Option(names = "--save-to", paramLabel = "FILE", description = "With --save, also append the case to this cases CSV.")
    Path saveTo;

    @Option(names = "--case-id", paramLabel = "ID", description = "With --save, the new case's id (default: R-<date>-<n>).")
    String caseId;

    @Option(names = "--channel", description = "With --save, the marketplace (default: guessed from the order id).")
    String channel;

    @Option(names = "--notes", description = "With --save, the agent's notes on the case.")
    String notes = "";

    @Option(names = "--resolution", description = "With --save, how the case ended (default: the precedent's).")
    String resolution;

    @Option(names = "--force", description = "With --save, save a reply the check finds errors in (placeholders left, "
            + "a marketplace rule broken).")
    boolean force;

    @Option(names = "--rules", paramLabel = "FILE", description = "The seller's own reply rules, added to the shipped "
            + "ones (repeatable; see docs/reply-check.md).")
    List<Path> rules = new ArrayList<>();

    @Option(names = "--json", description = "Print JSON instead of text.")
    boolean json;

    @CommandLine.Mixin
    IndexOption index;

    @CommandLine.Mixin
    ModelsOption models;

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        String message = MessageInput.read(text);
        Options.checkLimit(limit);
        if (intent != null) {
            Options.checkIntent(intent);
        }
        if (saveTo != null && !save) {
            throw new CasebookException("--save-to needs --save");
        }
        String sign = signature != null ? signature : System.getenv().getOrDefault("CASEBOOK_SIGNATURE", "");
        sign = sign.replace("\\n", "\n");
        try (Casebook casebook = models.open(index.folder(), rules)) {
            BuyerMessage m = BuyerMessage.of(message).withBuyerName(buyer).withOrderId(orderId).withSku(sku)
                    .withChannel(channel == null ? "" : channel);
            Analysis a = casebook.analyze(m);
            String chosenIntent = intent != null ? intent : a.intent().label();
            List<Precedent> found = casebook.precedents(m, chosenIntent, limit);
            IndexOption.sayIfBuilt(casebook.caseBase(), err);
            Precedent best = found.stream().filter(p -> !p.pastCase().reply().isBlank()).findFirst().orElse(null);
            Draft draft = best == null ? null : casebook.draftReply(m, best, sign);
            String finalText = draft == null ? null : draft.text();
            List<Finding> finalFindings = draft == null ? List.of() : draft.findings();
            if (edit) {
                if (draft == null) {
                    throw new CasebookException("no precedent with a reply to draft from; nothing to edit");
                }
                finalText = Editor.edit(draft.text());
                finalFindings = casebook.checkReply(finalText, m);
            }
            PastCase saved = null;
            if (save) {
                if (finalText == null) {
                    throw new CasebookException("no reply to save: no precedent with a reply was found");
                }
                Finding error = finalFindings.stream().filter(Finding::isError).findFirst().orElse(null);
                if (error != null && !force) {
                    throw new CasebookException("the reply has " + finalFindings.stream().filter(Finding::isError).count()
                            + " error(s), the first: " + error.rule() + " \"" + error.span() + "\" (" + error.message()
                            + "); fix it (--edit) or pass --force; nothing was saved");
                }
                saved = new PastCase(caseId != null ? caseId : newCaseId(), LocalDate.now(),
                        channel != null ? channel : io.casebook.entity.OrderIds.marketplace(orderId.isEmpty() ? firstOrderId(message) : orderId),
                        orderId.isEmpty() ? firstOrderId(message) : orderId, sku.isEmpty() ? best.pastCase().sku()
                                : sku, sku.isEmpty() || best.sameSku() ? best.pastCase().product() : "", buyer, message,
                        chosenIntent, notes, finalText, resolution != null ? resolution : best.pastCase().resolution());
                if (!best.sameSku() && sku.isEmpty()) {
                    saved = new PastCase(saved.caseId(), saved.date(), saved.channel(), saved.orderId(), "", "",
                            saved.buyerName(), saved.message(), saved.intent(), saved.notes(), saved.reply(),
                            saved.resolution());
                }
                casebook.addCases(List.of(saved));
                if (saveTo != null) {
                    CasesCsvAppender.append(saveTo, saved);
                }
            }
            if (json) {
                Map<String, Object> doc = new LinkedHashMap<>();
                doc.put("analysis", CaseText.json(a));
                doc.put("precedents", found.stream().map(CaseText::json).toList());
                doc.put("draft", draft == null ? null : CaseText.json(draft));
                doc.put("reply", finalText);
                doc.put("findings", finalFindings.stream().map(f -> CheckReplyCommand.json(f, doc.get("reply") == null
                        ? "" : (String) doc.get("reply"))).toList());
                doc.put("saved_case", saved == null ? null : saved.caseId());
                out.println(new ObjectMapper().writeValueAsString(doc));
            } else {
                CaseText.analysis(out, a);
                out.println();
                out.println("precedents:");
                CaseText.precedents(out, found);
                out.println();
                if (draft == null) {
                    out.println("no precedent has a reply to draft from");
                } else if (edit) {
                    out.println("reply (edited):");
                    out.println("-----");
                    out.println(finalText);
                    out.println("-----");
                } else {
                    CaseText.draft(out, draft);
                }
                if (finalText != null) {
                    out.println("check:");
                    CheckReplyCommand.print(out, finalFindings, finalText);
                }
                if (saved != null) {
                    out.println("saved as case " + saved.caseId() + (saveTo == null ? "" : " (and appended to "
                            + saveTo + ")"));
                }
            }
            return Main.OK;
        }
    }

    private static final Pattern ORDER = Pattern.compile("\\b\\d{3}-\\d{7}-\\d{7}\\b|\\b\\d{2}-\\d{5}-\\d{5}\\b"
            + "|\\b[38]\\d{15}\\b|(?<![\\w#])#\\d{4,8}\\b");

    private static String firstOrderId(String text) {
        Matcher m = ORDER.matcher(text);
        return m.find() ? m.group() : "";
    }

    private static String newCaseId() {
        return "R-" + java.time.LocalDateTime.now().format(java.time.format.DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss"))
                + "-" + Integer.toHexString((int) (System.nanoTime() & 0xffff));
    }
}
