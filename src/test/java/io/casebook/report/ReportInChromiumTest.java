package io.casebook.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.casebook.TestModels;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Runs classify with --report on a small inbox, renders the report in headless Chromium (installed
 * with apt-get when missing and the tests run as root) and checks that the rendered page shows the
 * run's numbers: the charts drawn by the page's script add up to the messages classified.
 */
class ReportInChromiumTest {

    @TempDir
    Path dir;

    static Path chromium() throws IOException, InterruptedException {
        for (String candidate : List.of("/usr/bin/chromium", "/usr/bin/chromium-browser", "/usr/bin/google-chrome")) {
            if (Files.isExecutable(Path.of(candidate))) {
                return Path.of(candidate);
            }
        }
        if ("root".equals(System.getProperty("user.name")) && Files.isExecutable(Path.of("/usr/bin/apt-get"))) {
            run(List.of("apt-get", "update", "-qq"), 300);
            run(List.of("apt-get", "install", "-y", "-qq", "--no-install-recommends", "chromium"), 600);
            if (Files.isExecutable(Path.of("/usr/bin/chromium"))) {
                return Path.of("/usr/bin/chromium");
            }
        }
        return null;
    }

    private static String run(List<String> command, int seconds) throws IOException, InterruptedException {
        ProcessBuilder pb = new ProcessBuilder(command).redirectErrorStream(false);
        pb.environment().put("DEBIAN_FRONTEND", "noninteractive");
        Process p = pb.start();
        byte[] out = p.getInputStream().readAllBytes();
        if (!p.waitFor(seconds, TimeUnit.SECONDS)) {
            p.destroyForcibly();
        }
        return new String(out, StandardCharsets.UTF_8);
    }

    @Test
    void theReportRendersWithTheNumbersOfTheRun() throws Exception {
        Path browser = chromium();
        Assumptions.assumeTrue(browser != null, "no Chromium and no way to install it here");
        Path inbox = dir.resolve("inbox.csv");
        Files.writeString(inbox, "id,text\n"
                + "1,\"<script>alert('x')</script> the lamp arrived broken, I will open an A-to-z claim\"\n"
                + "2,where is my parcel\n3,thanks it came\n4,\"\"\n5,the mug was smashed in the box\n");
        Path report = dir.resolve("report.html");
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = io.casebook.cli.MainAccess.run(new String[] {"classify", inbox.toString(), "--no-drafts", "--models",
            TestModels.tinyModels().toString(), "-o", dir.resolve("r.csv").toString(), "--report", report.toString()},
                new PrintWriter(out), new PrintWriter(err));
        assertEquals(0, code, err.toString());
        String dom = run(List.of(browser.toString(), "--headless", "--no-sandbox", "--disable-gpu",
                "--user-data-dir=" + dir.resolve("profile"), "--dump-dom", report.toUri().toString()), 120);
        Document d = Jsoup.parse(dom);
        assertEquals("5", d.selectFirst("[data-card=read]").text());
        assertEquals("4", d.selectFirst("[data-card=classified]").text());
        assertEquals("1", d.selectFirst("[data-card=rejected]").text());
        int intents = 0;
        for (Element g : d.select("[data-chart=intents] svg g")) {
            intents += Integer.parseInt(g.attr("data-count"));
        }
        assertEquals(4, intents, "the intents chart, drawn by the page, adds up to the messages classified: " + dom);
        assertTrue(d.select("[data-chart=sentiments] svg g").size() >= 1);
        assertTrue(d.select("table.queue tbody tr").size() >= 1, "the queue has the claim");
        assertTrue(d.select("script").size() == 2 && !dom.contains("alert('x')</script>"), "the buyer's script is text");
    }
}
