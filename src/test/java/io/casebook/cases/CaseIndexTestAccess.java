package io.casebook.cases;

import java.nio.file.Path;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/** Test helper: the SKUs of a cases file. */
public final class CaseIndexTestAccess {
    private CaseIndexTestAccess() {
    }

    public static Set<String> skusOf(Path file) {
        Set<String> out = new TreeSet<>();
        new CasesCsvReader(Map.of(), Set.of(io.casebook.Taxonomy.INTENTS.toArray(new String[0])))
                .read(file).cases().forEach(c -> out.add(c.record().sku()));
        return out;
    }
}
