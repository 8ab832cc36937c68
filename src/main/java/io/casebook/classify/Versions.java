package io.casebook.classify;

/** Versions of casebook and OpenNLP, read from the jars' manifests. */
public final class Versions {
    private Versions() {
    }

    /** casebook's version, or {@code dev} when running from classes rather than a jar. */
    public static String casebook() {
        String v = Versions.class.getPackage().getImplementationVersion();
        return v == null ? "dev" : v;
    }

    /** OpenNLP's version. */
    public static String openNlp() {
        return opennlp.tools.util.Version.currentVersion().toString();
    }
}
