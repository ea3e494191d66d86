package dev.ordinal.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ordinal.cli.RankCommandTest.Run;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every subcommand, run with an unknown option, a bad option value, a file that cannot be read and
 * a file of bad data, exits 2, 2, 1 and 1 with exactly one line on stderr and no stack trace.
 * Cases that do not apply are left out, each with the reason in {@link #COMMANDS}.
 */
class ExitCodesTest {
    /** Stands for the file a case reads: missing, or holding data the command cannot use. */
    private static final String FILE = "{FILE}";

    /**
     * One command: the arguments it requires (a file name that is not read before the options are
     * checked), a bad option value, and its arguments around a file it reads, or empty when it
     * reads none (then only the option cases run).
     */
    private record Command(String name, List<String> required, List<String> badValue,
                           Optional<List<String>> reading, String badData) {
    }

    private static final List<Command> COMMANDS = List.of(
            new Command("rank", List.of("x.csv"), List.of("--level", "1.5"), Optional.of(List.of(FILE)),
                    "model_a,model_b\nx\n"),
            new Command("rate", List.of("x.csv"), List.of("--system", "no-such-system"), Optional.of(List.of(FILE)),
                    "game_id,time,team,player,score\ng1,not-a-time,1,alice,zero\n"),
            new Command("evaluate", List.of("x.csv"), List.of("--systems", "elo,no-such-system"),
                    Optional.of(List.of(FILE)), "game_id,time,team,player,score\ng1,not-a-time,1,alice,zero\n"),
            // simulate reads no file: its data are generated
            new Command("simulate", List.of(), List.of("--votes", "0"), Optional.empty(), ""),
            new Command("vote", List.of("x.soc"), List.of("--seats", "0"), Optional.of(List.of(FILE)),
                    "a,b\nfirst,second\n"),
            new Command("aggregate", List.of("x.csv"), List.of("--prior", "-1"), Optional.of(List.of(FILE)),
                    "system,task\nsmall,not-a-number\n"),
            // axioms reads no file: it searches profiles it generates
            new Command("axioms", List.of("--rule", "copeland"), List.of("--param", "tie=2"), Optional.empty(), ""),
            new Command("audit", List.of("--source", "judge=x.csv"), List.of("--top-k", "many"),
                    Optional.of(List.of("--source", "judge=" + FILE)), "left,right,winner\n"),
            // generate reads no file: it writes synthetic judgments
            new Command("generate", List.of(), List.of("--items", "many"), Optional.empty(), ""),
            // serve reads no input file (its store is a directory or a database it creates)
            new Command("serve", List.of(), List.of("--port", "many"), Optional.empty(), ""),
            // list reads no file: it prints the registry
            new Command("list", List.of(), List.of("no-such-kind"), Optional.empty(), ""));

    @TempDir
    Path temp;

    @TestFactory
    Stream<DynamicTest> everyCommandExitsHonestly() {
        List<DynamicTest> tests = new ArrayList<>();
        for (Command command : COMMANDS) {
            tests.add(DynamicTest.dynamicTest(command.name() + ": unknown option", () ->
                    expect(2, run(command.name(), concat(command.required(), List.of("--no-such-option"))),
                            "--no-such-option")));
            tests.add(DynamicTest.dynamicTest(command.name() + ": bad option value", () ->
                    expect(2, run(command.name(), concat(command.required(), command.badValue())), "--help")));
            command.reading().ifPresent(reading -> {
                tests.add(DynamicTest.dynamicTest(command.name() + ": unreadable file", () ->
                        expect(1, run(command.name(), with(reading, temp.resolve("missing.csv"))), "missing.csv")));
                tests.add(DynamicTest.dynamicTest(command.name() + ": bad data", () ->
                        expect(1, run(command.name(), with(reading, bad(command))), "")));
            });
        }
        return tests.stream();
    }

    @Test
    void aBadValueIsShownAsTheOptionWithAPointerToHelp() {
        Run run = run("rank", List.of("--level", "1.5", "x.csv"));
        assertThat(run.err().strip()).isEqualTo("ordinal: error: --level must be a number in (0, 1), got '1.5' "
                + "(see 'ordinal rank --help')");
    }

    @Test
    void optionsThatDoNotGoTogetherAreUsageErrorsNamingTheOptions() {
        Run run = run("rank", List.of("--model", "plackett-luce", "--ties", "davidson", "x.csv"));
        assertThat(run.status()).isEqualTo(2);
        assertThat(run.err()).startsWith("ordinal: error: --ties does not apply to plackett-luce")
                .contains("use --model bt");
    }

    @Test
    void aUsageErrorPointsToHelpInsteadOfPrintingIt() {
        Run run = run("rank", List.of("--bogus", "x.csv"));
        assertThat(run.err().strip()).isEqualTo("ordinal: error: Unknown option: '--bogus' (see 'ordinal rank "
                + "--help')");
    }

    @Test
    void everyHelpEndsWithTheExitCodes() {
        assertThat(run("rank", List.of("--help")).out().strip()).endsWith(Main.EXIT_CODES[2]);
        for (Command command : COMMANDS) {
            Run help = run(command.name(), List.of("--help"));
            assertThat(help.status()).isZero();
            String out = help.out().strip();
            int exitCodes = out.lastIndexOf("Exit status:");
            assertThat(exitCodes).as(command.name()).isNotNegative();
            String last = String.join(" ", out.substring(exitCodes).lines().toList());
            assertThat(last).as(command.name()).containsPattern("Exit status: 0 .*1 .*2 ").doesNotContain("  ");
        }
    }

    @Test
    void rankHelpListsTheRegisteredModels() {
        assertThat(run("rank", List.of("--help")).out()).contains("bradley-terry").contains("plackett-luce")
                .contains("rao-kupper").contains("sandwich");
    }

    private Path bad(Command command) throws IOException {
        Path path = temp.resolve("bad-" + command.name() + ".csv");
        Files.writeString(path, command.badData(), StandardCharsets.UTF_8);
        return path;
    }

    private static List<String> concat(List<String> first, List<String> second) {
        List<String> all = new ArrayList<>(first);
        all.addAll(second);
        return all;
    }

    private static List<String> with(List<String> reading, Path file) {
        return reading.stream().map(argument -> argument.replace(FILE, file.toString())).toList();
    }

    private static Run run(String command, List<String> arguments) {
        List<String> all = new ArrayList<>();
        all.add(command);
        all.addAll(arguments);
        return RankCommandTest.run(all.toArray(String[]::new));
    }

    private static void expect(int status, Run run, String inMessage) {
        assertThat(run.status()).as(run.err()).isEqualTo(status);
        List<String> lines = run.err().lines().toList();
        assertThat(lines).as(run.err()).hasSize(1);
        assertThat(lines.get(0)).startsWith("ordinal: error: ").contains(inMessage).doesNotContain("Exception");
        assertThat(run.err()).doesNotContain("\tat ");
    }
}
