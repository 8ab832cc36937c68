package io.casebook.cli;

import io.casebook.Casebook;
import io.casebook.CasebookException;
import io.casebook.classify.TextClassifier;
import java.io.IOException;
import java.io.InputStream;

/** The models shipped in casebook's jar, for the commands that compare against them. */
final class ShippedModels {

    private ShippedModels() {
    }

    /** The shipped model of {@code kind} ({@code intent} or {@code sentiment}). */
    static TextClassifier load(String kind) {
        String resource = "/io/casebook/models/" + kind + ".model";
        try (InputStream in = Casebook.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new CasebookException(resource + " is missing from casebook's jar");
            }
            return TextClassifier.load(in, resource);
        } catch (IOException e) {
            throw new CasebookException("cannot read the shipped " + kind + " model: " + e.getMessage(), e);
        }
    }
}
