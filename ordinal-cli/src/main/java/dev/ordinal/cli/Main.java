package dev.ordinal.cli;

import dev.ordinal.error.DataException;
import dev.ordinal.error.InvalidParameterException;
import dev.ordinal.error.UnsupportedCombinationException;
import dev.ordinal.fit.NoFiniteEstimateException;
import dev.ordinal.io.InputException;
import dev.ordinal.vote.VoteException;
import java.io.PrintWriter;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The {@code ordinal} command. */
@Command(name = "ordinal", mixinStandardHelpOptions = true, version = "ordinal 0.1.0",
        description = "Turns preference judgments into rankings with honest uncertainty.",
        subcommands = {RankCommand.class, RateCommand.class, EvaluateCommand.class, SimulateCommand.class,
            VoteCommand.class, AggregateCommand.class, AxiomsCommand.class, AuditCommand.class, GenerateCommand.class,
            ServeCommand.class,
            CommandLine.HelpCommand.class})
public final class Main {
    /** Exit status for bad data or a question with no answer (usage errors exit with 2). */
    static final int DATA_ERROR = 1;
    /** Exit status for options that cannot be parsed, or a parameter value the command does not take. */
    static final int USAGE_ERROR = 2;

    public static void main(String[] args) {
        System.exit(run(args, new PrintWriter(System.out, true), new PrintWriter(System.err, true)));
    }

    /** Runs the command line with the given streams and returns the exit status. */
    public static int run(String[] args, PrintWriter out, PrintWriter err) {
        CommandLine commandLine = new CommandLine(new Main());
        commandLine.setOut(out);
        commandLine.setErr(err);
        commandLine.setExecutionExceptionHandler((exception, line, parseResult) -> {
            line.getErr().println("ordinal: error: " + message(exception));
            if (System.getenv("ORDINAL_DEBUG") != null) {
                exception.printStackTrace(line.getErr());
            }
            line.getErr().flush();
            return exception instanceof InvalidParameterException
                    || exception instanceof UnsupportedCombinationException ? USAGE_ERROR : DATA_ERROR;
        });
        return commandLine.execute(args);
    }

    /** One clear line for the person at the terminal; a stack trace only for real bugs. */
    private static String message(Exception exception) {
        if (exception instanceof java.nio.file.NoSuchFileException missing) {
            return "cannot write " + missing.getFile() + ": no such directory";
        }
        if (exception instanceof java.nio.file.AccessDeniedException denied) {
            return "cannot write " + denied.getFile() + ": permission denied";
        }
        if (exception instanceof InvalidParameterException invalid) {
            return invalid.messageFor("--" + invalid.parameter());
        }
        if (exception instanceof UnsupportedCombinationException combination) {
            String message = combination.getMessage();
            for (String parameter : combination.parameters()) {
                message = message.replaceAll("(?<![\\w-])" + java.util.regex.Pattern.quote(parameter) + "(?![\\w-])",
                        "--" + parameter);
            }
            return message;
        }
        if (exception instanceof InputException || exception instanceof DataException || exception instanceof NoFiniteEstimateException
                || exception instanceof VoteException || exception instanceof IllegalArgumentException
                || exception instanceof java.io.IOException) {
            return exception.getMessage();
        }
        return exception.getClass().getSimpleName() + ": " + exception.getMessage()
                + " (this is a bug in Ordinal; set ORDINAL_DEBUG=1 for the stack trace)";
    }
}
