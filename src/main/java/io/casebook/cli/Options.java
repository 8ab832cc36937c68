package io.casebook.cli;

import io.casebook.CasebookException;
import io.casebook.Taxonomy;

/** Checks of flag values that picocli cannot make itself. */
final class Options {
    private Options() {
    }

    static void checkIntent(String intent) {
        if (!Taxonomy.INTENTS.contains(intent)) {
            throw new CasebookException("unknown intent '" + intent + "' (one of: " + String.join(", ", Taxonomy.INTENTS)
                    + ")");
        }
    }

    static void checkLimit(int limit) {
        if (limit < 1 || limit > 100) {
            throw new CasebookException("--limit must be 1 to 100, not " + limit);
        }
    }
}
