package io.casebook;

import java.util.List;

/**
 * What casebook makes of one buyer message.
 *
 * @param messageId   the message's id as given
 * @param language    ISO 639-1 code of the language detected (ISO 639-3 where there is no 639-1 code)
 * @param intent      the intent, with its probability and the runner-ups
 * @param sentiment   the sentiment, with its probability and the runner-ups
 * @param needsHuman  true when an agent should decide rather than trust the intent
 * @param reasons     why a human is needed, one sentence each; empty when {@code needsHuman} is false
 */
public record Analysis(String messageId, String language, Prediction intent, Prediction sentiment,
                       boolean needsHuman, List<String> reasons) {

    public Analysis {
        reasons = List.copyOf(reasons);
    }
}
