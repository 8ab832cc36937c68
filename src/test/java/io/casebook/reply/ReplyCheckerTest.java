package io.casebook.reply;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.casebook.entity.EntityFinder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ReplyCheckerTest {

    static final ReplyContext AMAZON = new ReplyContext("amazon", "Ana Souza", "113-4829301-5571234", "1Z5R89390357567127",
            Set.of("Wendell Burke"));

    static List<String> rules(String reply, ReplyContext context) {
        return ReplyChecker.standard().check(reply, context).stream().map(ReplyFinding::rule).toList();
    }

    @Test
    void aCleanReplyHasNoFindings() {
        assertEquals(List.of(), rules("Hi Ana,\n\nSorry about the lamp. A replacement for order 113-4829301-5571234 is on "
                + "its way with UPS 1Z5R89390357567127 and should arrive in 3-5 business days. If you have a moment, we'd "
                + "appreciate a review. We will refund you once the return reaches us. See "
                + "https://www.amazon.com/gp/help for returns.\n\nBest regards,\nMia", AMAZON));
    }

    @Test
    void eachRuleFindsItsProblemWithTheSpan() {
        ReplyChecker checker = ReplyChecker.standard();
        String reply = "Hi Wendell,\nIf you remove your 1-star review we'll send you a $10 gift card. Please leave us a "
                + "5-star review! Pay by PayPal Friends and Family to save fees, or mail me at shop@example.com or call "
                + "+44 20 7946 0958, see www.myshop.example.com. Refund [[AMOUNT]] for order 114-5652017-6650426, "
                + "tracking 9400111206206406260787. It will arrive on Friday. I've refunded you in full, please post it back.";
        List<ReplyFinding> found = checker.check(reply, AMAZON);
        List<String> ids = found.stream().map(ReplyFinding::rule).distinct().sorted().toList();
        assertEquals(List.of("contact_details", "external_link", "feedback_for_value", "off_platform_payment",
                "other_tracking_number", "placeholder_left", "positive_feedback_only", "promised_delivery_date",
                "refund_before_return", "wrong_buyer_name", "wrong_order_id"), ids);
        ReplyFinding name = found.stream().filter(f -> f.rule().equals("wrong_buyer_name")).findFirst().orElseThrow();
        assertEquals("Wendell", name.span());
        assertEquals(Severity.ERROR, name.severity());
        assertTrue(found.stream().filter(f -> f.rule().equals("promised_delivery_date"))
                .allMatch(f -> f.severity() == Severity.WARNING));
        assertEquals("[[AMOUNT]]", found.stream().filter(f -> f.rule().equals("placeholder_left")).findFirst()
                .orElseThrow().span());
    }

    @Test
    void marketplaceRulesApplyOnlyThere() {
        String reply = "Hi Ana, call us on +44 20 7946 0958 or see www.myshop.example.com, or pay by bank transfer.";
        assertEquals(List.of(), rules(reply, new ReplyContext("shopify", "Ana", "", "", Set.of())));
        assertEquals(List.of("off_platform_payment"), rules(reply, new ReplyContext("etsy", "Ana", "", "", Set.of())));
        assertEquals(List.of("contact_details", "external_link", "off_platform_payment"),
                rules(reply, new ReplyContext("ebay", "Ana", "", "", Set.of())).stream().sorted().toList());
        assertTrue(rules(reply, ReplyContext.of("")).contains("contact_details"), "unknown marketplace: every rule");
    }

    @Test
    void aSellersOwnRulesAddReplaceAndSwitchOff(@TempDir Path dir) throws Exception {
        Path mine = dir.resolve("mine.csv");
        Files.writeString(mine, "id,severity,marketplaces,check,pattern,message\n"
                + "no_lol,warning,all,pattern,\\blol\\b,keep it professional\n"
                + "promised_delivery_date,off,all,pattern,,\n"
                + "contact_details,warning,amazon,contact,,we allow it but check\n");
        ReplyChecker checker = new ReplyChecker(ReplyRules.standard().with(mine), EntityFinder.standard());
        List<ReplyFinding> found = checker.check("Hi Ana, lol it will arrive on Friday, mail a@b.co", AMAZON);
        assertEquals(List.of("no_lol", "contact_details"), found.stream().map(ReplyFinding::rule).toList());
        assertEquals(Severity.WARNING, found.get(1).severity());
    }

    @Test
    void aBadRulesFileIsOneClearError(@TempDir Path dir) throws Exception {
        Path bad = dir.resolve("bad.csv");
        Files.writeString(bad, "id,severity,marketplaces,check,pattern,message\nx,fatal,all,pattern,a,b\n");
        ReplyRulesException e = assertThrows(ReplyRulesException.class, () -> ReplyRules.standard().with(bad));
        assertTrue(e.getMessage().contains("bad.csv:2: severity must be error, warning or off"), e.getMessage());
        Files.writeString(bad, "id,severity,marketplaces,check,pattern,message\nx,error,all,pattern,(unclosed,b\n");
        e = assertThrows(ReplyRulesException.class, () -> ReplyRules.standard().with(bad));
        assertTrue(e.getMessage().contains("bad pattern"), e.getMessage());
        Files.writeString(bad, "id,pattern\nx,a\n");
        e = assertThrows(ReplyRulesException.class, () -> ReplyRules.standard().with(bad));
        assertTrue(e.getMessage().contains("the header needs the columns"), e.getMessage());
        e = assertThrows(ReplyRulesException.class, () -> ReplyRules.standard().with(dir.resolve("none.csv")));
        assertTrue(e.getMessage().contains("no such rules file"), e.getMessage());
    }
}
