package io.casebook.cli;

import io.casebook.CaseBaseInfo;
import java.io.PrintWriter;
import java.nio.file.Path;
import picocli.CommandLine.Option;

/** The {@code --index} flag shared by the commands that use the case base. */
final class IndexOption {

    @Option(names = "--index", paramLabel = "DIR",
            description = "Case index folder (default: $CASEBOOK_INDEX, else ~/.casebook/index). When it holds no "
                    + "index, searches build one there from the cases shipped with casebook.")
    Path index;

    /** The folder the flag, the environment or the default names. */
    Path folder() {
        if (index != null) {
            return index;
        }
        String env = System.getenv("CASEBOOK_INDEX");
        if (env != null && !env.isBlank()) {
            return Path.of(env);
        }
        return Path.of(System.getProperty("user.home"), ".casebook", "index");
    }

    /** Says on {@code err} that the index was just built from the shipped cases, if it was. */
    static void sayIfBuilt(CaseBaseInfo info, PrintWriter err) {
        if (info.builtFromShipped()) {
            err.println("casebook: no case index at " + info.location() + "; built one from the " + info.cases()
                    + " cases shipped with casebook (add your own with 'casebook index --cases FILE')");
        }
    }
}
