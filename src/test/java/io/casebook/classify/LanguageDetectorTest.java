package io.casebook.classify;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import opennlp.tools.langdetect.LanguageDetectorME;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;

class LanguageDetectorTest {

    private final LanguageDetector detector = LanguageDetector.standard();
    private static final Set<String> COVERED = Set.of("en", "de", "fr", "es");

    @Test
    void detectsTheLanguagesOfBuyerMessages() {
        assertEquals("en", detector.detect("Hello, my parcel has not arrived yet, could you check the tracking please?", COVERED).code());
        assertEquals("de", detector.detect("Hallo, mein Paket ist noch nicht angekommen, können Sie bitte nachsehen?", COVERED).code());
        assertEquals("fr", detector.detect("Bonjour, mon colis n'est toujours pas arrivé, pouvez-vous vérifier ?", COVERED).code());
        assertEquals("es", detector.detect("Hola, mi paquete todavía no ha llegado, ¿pueden revisar el seguimiento?", COVERED).code());
        assertEquals("it", detector.detect("Buongiorno, il mio pacco non è ancora arrivato, potete controllare?", COVERED).code());
        assertEquals("ru", detector.detect("Здравствуйте, моя посылка ещё не пришла, проверьте пожалуйста", COVERED).code());
        assertEquals("und", detector.detect("12345 !!! 113-4829301-5571234", COVERED).code());
    }

    @Test
    void shortEnglishIsNotMistakenForANeighbourLanguage() {
        for (String text : List.of("where is my parcel", "refund?", "ok thanks", "wrong size", "it broke")) {
            assertEquals("en", detector.detect(text, Set.of("en")).code(), text);
        }
    }

    @Test
    void normalisesAsOpenNlpDoes() {
        assertEquals("hello woow you", LanguageDetector.normalize("Hello  @bob #tag WOOOOOW you 123 https://x.example/a mail@x.com"));
    }

    /** Our one-pass normalisation gives OpenNLP's own detector's first choice on real messages. */
    @Test
    void agreesWithOpenNlpsLanguageDetectorOnTheCorpus() throws Exception {
        LanguageDetectorME reference = new LanguageDetectorME(LanguageDetector.loadModel());
        List<CSVRecord> rows;
        try (Reader reader = Files.newBufferedReader(Path.of("corpora", "messages.csv"), StandardCharsets.UTF_8)) {
            rows = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get().parse(reader).getRecords();
        }
        int same = 0;
        int n = 0;
        for (int i = 0; i < rows.size(); i += 7) {
            String text = rows.get(i).get("text");
            String ours = detector.detect(text, Set.of()).code();
            String theirs = LanguageDetector.iso1(reference.predictLanguage(text.length() > 150 ? text.substring(0, 150) : text).getLang());
            n++;
            if (ours.equals(theirs)) {
                same++;
            }
        }
        assertTrue(same >= 0.95 * n, "agreement " + same + " of " + n);
    }
}
