package dev.ordinal.cli;

import java.io.FilterWriter;
import java.io.PrintWriter;
import java.io.Writer;
import picocli.CommandLine.Model.CommandSpec;

/** The command's standard output as a writer that closing only flushes. */
final class Outputs {
    private Outputs() {
    }

    static Writer nonClosing(CommandSpec spec) {
        PrintWriter target = spec.commandLine().getOut();
        return new FilterWriter(target) {
            @Override
            public void close() {
                target.flush();
            }
        };
    }
}
