package dev.ordinal.cli;

import dev.ordinal.app.Registries;
import dev.ordinal.app.Registry;
import dev.ordinal.error.InvalidParameterException;
import dev.ordinal.io.RegistryWriter;
import java.io.IOException;
import java.io.Writer;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code ordinal list}: every name a user can type, with its parameters, from the one registry. */
@Command(name = "list", mixinStandardHelpOptions = true, sortOptions = false,
        header = "Lists the models, tie models, interval methods, rules, rating systems and strategies.",
        description = {"Prints the registry: each kind, then its entries with a summary, the paper they follow, "
            + "their parameters (default, allowed values, help) and their traits. Pass a parameter to an entry "
            + "with --param NAME=VALUE (vote, rate, axioms) or the command's own option (rank --ties).", ""},
        footer = {"", "Examples:",
            "  ordinal list",
            "  ordinal list rule",
            "  ordinal list --format json rating"})
final class ListCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Parameters(index = "0", arity = "0..1", paramLabel = "KIND", completionCandidates = KindNames.class,
            description = "Only this kind: ${COMPLETION-CANDIDATES}.")
    Optional<String> kind;

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "text", description = "text (default) or json.")
    String format;

    /** The kinds, for picocli's completion and help. */
    static final class KindNames extends java.util.ArrayList<String> {
        KindNames() {
            super(Registries.all().stream().map(Registry::kind).toList());
        }
    }

    @Override
    public Integer call() throws IOException {
        List<Registry<?>> kinds = kind.<List<Registry<?>>>map(name -> List.of(Registries.kind(name)))
                .orElse(Registries.all());
        if (!format.equals("text") && !format.equals("json")) {
            throw new InvalidParameterException("format", format, "one of text, json");
        }
        Writer out = Outputs.nonClosing(spec);
        if (format.equals("json")) {
            RegistryWriter.writeJson(kinds, out);
        } else {
            RegistryWriter.writeText(kinds, out);
        }
        return 0;
    }
}
