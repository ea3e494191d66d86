package dev.ordinal.cli;

import dev.ordinal.error.DataException;
import dev.ordinal.error.InvalidParameterException;
import dev.ordinal.error.UnsupportedCombinationException;
import dev.ordinal.fit.NoFiniteEstimateException;
import dev.ordinal.io.InputException;
import dev.ordinal.vote.VoteException;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.AccessDeniedException;
import java.nio.file.NoSuchFileException;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;

/**
 * The {@code ordinal} command. Errors end a run with one line on stderr and an honest status:
 * {@value #USAGE_ERROR} for options the command cannot take (an unknown option, a bad value, options
 * that do not go together), {@value #DATA_ERROR} for data that do not allow the request or a file
 * that cannot be read. A stack trace is printed only when {@code ORDINAL_DEBUG} is set.
 */
@Command(name = "ordinal", mixinStandardHelpOptions = true, version = "ordinal 0.1.0",
        description = "Turns preference judgments into rankings with honest uncertainty.",
        subcommands = {RankCommand.class, RateCommand.class, EvaluateCommand.class, SimulateCommand.class,
            VoteCommand.class, AggregateCommand.class, AxiomsCommand.class, AuditCommand.class, GenerateCommand.class,
            ServeCommand.class, ListCommand.class,
            CommandLine.HelpCommand.class})
public final class Main {
    /** Exit status for bad data, an unreadable file or a question with no answer. */
    static final int DATA_ERROR = 1;
    /** Exit status for options the command cannot take. */
    static final int USAGE_ERROR = 2;

    /** The last lines of every command's {@code --help}. */
    static final String[] EXIT_CODES = {"",
        "Exit status: 0 ok; 1 bad data, no answer in the data or an unreadable file;",
        "2 an unknown option, a bad option value or options that do not go together."};

    public static void main(String[] args) {
        System.exit(run(args, new PrintWriter(System.out, true), new PrintWriter(System.err, true)));
    }

    /** Runs the command line with the given streams and returns the exit status. */
    public static int run(String[] args, PrintWriter out, PrintWriter err) {
        CommandLine commandLine = new CommandLine(new Main());
        commandLine.setOut(out);
        commandLine.setErr(err);
        withHelp(commandLine);
        commandLine.setParameterExceptionHandler((exception, arguments) -> {
            CommandLine line = exception.getCommandLine();
            return report(line, exception.getMessage() + seeHelp(line.getCommandSpec()), USAGE_ERROR, exception);
        });
        commandLine.setExecutionExceptionHandler((exception, line, parseResult) -> {
            CommandSpec spec = line.getCommandSpec();
            if (exception instanceof InvalidParameterException invalid) {
                return report(line, invalid.messageFor(shownAs(invalid.parameter(), spec)) + seeHelp(spec),
                        USAGE_ERROR, exception);
            }
            if (exception instanceof UnsupportedCombinationException clash) {
                return report(line, withOptions(clash.getMessage(), clash.parameters(), spec) + seeHelp(spec),
                        USAGE_ERROR, exception);
            }
            return report(line, message(exception), DATA_ERROR, exception);
        });
        return commandLine.execute(args);
    }

    /**
     * The exit codes at the end of every --help (a command may state its own); request options
     * described by their parameters.
     */
    private static void withHelp(CommandLine line) {
        CommandSpec spec = line.getCommandSpec();
        List<String> footer = new ArrayList<>(List.of(spec.usageMessage().footer()));
        if (footer.stream().noneMatch(text -> text.startsWith("Exit status:"))) {
            footer.addAll(List.of(EXIT_CODES));
            spec.usageMessage().footer(footer.toArray(String[]::new));
        }
        if (line.getCommand() instanceof RequestOptions.RequestCommand command) {
            RequestOptions.describe(spec, command.requestParameters());
        }
        line.getSubcommands().values().forEach(Main::withHelp);
    }

    private static int report(CommandLine line, String message, int status, Exception exception) {
        PrintWriter err = line.getErr();
        err.println("ordinal: error: " + message);
        if (System.getenv("ORDINAL_DEBUG") != null) {
            exception.printStackTrace(err);
        }
        err.flush();
        return status;
    }

    private static String seeHelp(CommandSpec spec) {
        return " (see '" + spec.qualifiedName() + " --help')";
    }

    /** The command's option for a parameter ({@code --level} for {@code level}), or the name as it is. */
    static String shownAs(String parameter, CommandSpec spec) {
        return spec.findOption("--" + parameter) != null ? "--" + parameter : parameter;
    }

    /** The message with the first mention of each parameter shown as the command's option. */
    private static String withOptions(String message, List<String> parameters, CommandSpec spec) {
        String shown = message;
        for (String parameter : parameters) {
            Matcher mention = Pattern.compile("(?<![\\w-])" + Pattern.quote(parameter) + "(?![\\w-])").matcher(shown);
            shown = mention.replaceFirst(Matcher.quoteReplacement(shownAs(parameter, spec)));
        }
        return shown;
    }

    /** One clear line for the person at the terminal; a pointer to the stack trace only for real bugs. */
    private static String message(Exception exception) {
        if (exception instanceof NoSuchFileException missing) {
            return "cannot write " + missing.getFile() + ": no such directory";
        }
        if (exception instanceof AccessDeniedException denied) {
            return "cannot write " + denied.getFile() + ": permission denied";
        }
        if (exception instanceof DataException || exception instanceof InputException
                || exception instanceof NoFiniteEstimateException || exception instanceof VoteException
                || exception instanceof IllegalArgumentException || exception instanceof IOException) {
            return exception.getMessage();
        }
        return exception.getClass().getSimpleName() + ": " + exception.getMessage()
                + " (this is a bug in Ordinal; set ORDINAL_DEBUG=1 for the stack trace)";
    }
}
