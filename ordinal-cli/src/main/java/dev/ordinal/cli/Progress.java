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

    static boolean interactive() {
        return System.console() != null && System.getenv("TERM") != null && !"dumb".equals(System.getenv("TERM"));
    }

    static Progress start(String task, long total, String unit, boolean quiet) {
        if (quiet || !interactive()) {
            return new Progress(null);
        }
        ProgressBarBuilder builder = new ProgressBarBuilder().setTaskName(task).setInitialMax(total)
                .setStyle(ProgressBarStyle.ASCII).setConsumer(new me.tongfei.progressbar.ConsoleProgressBarConsumer(System.err))
                .setUpdateIntervalMillis(200).continuousUpdate();
        if (!unit.isEmpty()) {
            builder.setUnit(" " + unit, 1);
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
