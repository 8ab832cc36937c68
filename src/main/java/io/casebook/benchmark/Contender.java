package io.casebook.benchmark;

import io.casebook.classify.LabelledText;
import java.util.List;

/** A text classifier the accuracy benchmark compares: trained on some labelled texts, it labels others. */
public interface Contender {

    /** The name in the results table. */
    String name();

    /** A model trained on {@code train}. */
    Model train(List<LabelledText> train) throws Exception;

    /** A trained model. */
    interface Model extends AutoCloseable {
        /** The label of {@code text}. */
        String predict(String text) throws Exception;

        @Override
        default void close() throws Exception {
        }
    }
}
