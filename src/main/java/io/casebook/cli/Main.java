package io.casebook.cli;

import io.casebook.CasebookException;
import java.io.PrintWriter;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** The {@code casebook} command: parses flags, calls the API, prints. */
@Command(name = "casebook", mixinStandardHelpOptions = true, versionProvider = Main.Version.class,
        description = "Classifies buyer messages by intent and sentiment, finds precedent cases and drafts replies; "
                + "trains and evaluates the models.",
        subcommands = {ClassifyCommand.class, ReplyCommand.class, SearchCommand.class, CasesCommand.class,
                CheckReplyCommand.class, IndexCommand.class, EvalSearchCommand.class, LabelCommand.class, TrainCommand.class, ModelsCommand.class, EvalCommand.class, BenchCommand.class,
                CommandLine.HelpCommand.class})
public final class Main implements Runnable {

    /** Exit codes. */
    static final int OK = 0;
    static final int USER_ERROR = 1;
    static final int USAGE_ERROR = 2;
    static final int INTERNAL_ERROR = 3;

    @Option(names = "--verbose", scope = CommandLine.ScopeType.INHERIT,
            description = "Show stack traces of errors.")
    boolean verbose;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    public static void main(String[] args) {
        System.exit(run(args, new PrintWriter(System.out, true), new PrintWriter(System.err, true)));
    }

    /** Runs the command line with the given streams and returns the exit code (for tests). */
    static int run(String[] args, PrintWriter out, PrintWriter err) {
        Main main = new Main();
        CommandLine cli = new CommandLine(main);
        cli.setOut(out);
        cli.setErr(err);
        cli.setCaseInsensitiveEnumValuesAllowed(true);
        cli.setParameterExceptionHandler((ex, a) -> {
            err.println("casebook: " + ex.getMessage());
            err.println("Try '" + ex.getCommandLine().getCommandSpec().qualifiedName() + " --help'.");
            return USAGE_ERROR;
        });
        cli.setExecutionExceptionHandler((ex, commandLine, parseResult) -> {
            if (ex instanceof CasebookException) {
                err.println("casebook: " + ex.getMessage());
                if (main.verbose) {
                    ex.printStackTrace(err);
                }
                return USER_ERROR;
            }
            err.println("casebook: internal error: " + ex
                    + (main.verbose ? "" : " (run with --verbose for the stack trace)"));
            if (main.verbose) {
                ex.printStackTrace(err);
            }
            return INTERNAL_ERROR;
        });
        int code = cli.execute(args);
        out.flush();
        err.flush();
        return code;
    }

    /** Prints casebook's and OpenNLP's versions. */
    static final class Version implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            return new String[] {"casebook " + io.casebook.classify.Versions.casebook()
                    + " (OpenNLP " + io.casebook.classify.Versions.openNlp() + ", Java "
                    + System.getProperty("java.version") + ")"};
        }
    }
}
