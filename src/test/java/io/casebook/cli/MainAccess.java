package io.casebook.cli;

import java.io.PrintWriter;

/** Lets tests of other packages run the command line in-process. */
public final class MainAccess {
    private MainAccess() {
    }

    public static int run(String[] args, PrintWriter out, PrintWriter err) {
        return Main.run(args, out, err);
    }
}
