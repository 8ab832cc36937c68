package io.casebook.learn;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.casebook.CasebookException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ModelStoreTest {

    @TempDir
    Path root;

    private String newVersion(ModelStore store) throws Exception {
        Path staging = store.staging();
        Files.writeString(staging.resolve("intent.model"), "i");
        Files.writeString(staging.resolve("sentiment.model"), "s");
        return store.commit(staging);
    }

    @Test
    void versionsArePromotedAndRolledBackInOrder() throws Exception {
        ModelStore store = ModelStore.at(root.resolve("store"));
        assertEquals(ModelStore.SHIPPED, store.currentVersion());
        assertEquals(Optional.empty(), store.current());
        assertEquals(Optional.empty(), store.rollback(), "nothing to roll back to from the shipped models");
        String v1 = newVersion(store);
        String v2 = newVersion(store);
        String v3 = newVersion(store);
        assertEquals(List.of("v0001", "v0002", "v0003"), List.of(v1, v2, v3));
        store.promote(v1, "first");
        store.promote(v3, "third");
        assertEquals(root.resolve("store").resolve(v3), store.current().orElseThrow());
        assertEquals(Optional.of(v1), store.rollback());
        assertEquals(Optional.of(ModelStore.SHIPPED), store.rollback());
        assertEquals(ModelStore.SHIPPED, store.currentVersion());
        assertEquals(4, store.history().size());
        assertTrue(store.versions().containsAll(List.of(v1, v2, v3)), "rollback deletes nothing");
    }

    @Test
    void aMissingVersionOrAVersionWithoutModelsIsAClearError() throws Exception {
        ModelStore store = ModelStore.at(root);
        assertThrows(CasebookException.class, () -> store.promote("v0042", ""));
        String v = newVersion(store);
        store.promote(v, "");
        Files.delete(root.resolve(v).resolve("intent.model"));
        CasebookException e = assertThrows(CasebookException.class, store::current);
        assertTrue(e.getMessage().contains("rollback"), e.getMessage());
    }

    @Test
    void aStagingFolderLeftByACrashIsNotAVersion() throws Exception {
        ModelStore store = ModelStore.at(root);
        store.staging();
        assertEquals(List.of(), store.versions());
        assertEquals("v0001", newVersion(store));
    }
}
