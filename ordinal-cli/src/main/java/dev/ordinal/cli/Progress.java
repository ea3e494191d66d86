package dev.ordinal.cli;

import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;

/** A progress bar on stderr, shown only when a person is watching a terminal. */
final class Progress implements AutoCloseable {
    private final ProgressBar bar;

    private Progress(ProgressBar bar) {
        this.bar = bar;
    }

    /**
     * Whether stderr is a terminal. Java has no isatty; on Linux /proc/self/fd/2 names the
     * terminal device, so output redirected to a file still gets a bar on the screen. Elsewhere
     * fall back to whether the process has a console.
     */
    static boolean interactive() {
        String term = System.getenv("TERM");
        if (term == null || term.equals("dumb")) {
            return false;
        }
        try {
            String target = java.nio.file.Path.of("/proc/self/fd/2").toRealPath().toString();
            return target.startsWith("/dev/pts/") || target.startsWith("/dev/tty");
        } catch (java.io.IOException | RuntimeException notLinux) {
            return System.console() != null;
        }
    }

    /** A bar for {@code total} steps, shown in units of {@code unitSize} steps named {@code unit} ("" for plain counts). */
    static Progress start(String task, long total, String unit, long unitSize, boolean quiet) {
        if (quiet || !interactive()) {
            return new Progress(null);
        }
        ProgressBarBuilder builder = new ProgressBarBuilder().setTaskName(task).setInitialMax(total)
                .setStyle(ProgressBarStyle.ASCII).setConsumer(new me.tongfei.progressbar.ConsoleProgressBarConsumer(System.err))
                .setUpdateIntervalMillis(200).continuousUpdate();
        if (!unit.isEmpty()) {
            builder.setUnit(" " + unit, unitSize);
        }
        return new Progress(builder.build());
    }

    private long reached;

    /** Moves the bar forward to {@code value}; calls from several threads may arrive out of order. */
    synchronized void stepTo(long value) {
        if (bar != null && value > reached) {
            reached = value;
            bar.stepTo(value);
        }
    }

    @Override
    public void close() {
        if (bar != null) {
            bar.close();
        }
    }
}
