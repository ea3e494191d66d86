package dev.ordinal.cli;

import dev.ordinal.io.BattleCsvWriter;
import dev.ordinal.judgment.SyntheticBattles;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.zip.GZIPOutputStream;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code ordinal generate}: synthetic arena battles with known strengths. */
@Command(name = "generate", mixinStandardHelpOptions = true, sortOptions = false,
        header = "Writes synthetic arena battles with known strengths.",
        description = {"Writes synthetic battles in the Chatbot Arena CSV layout (model_a,model_b,winner) from known "
            + "strengths: log-strengths ~ N(0, spread^2); pairs uniform; verdicts from the Davidson model whose tie "
            + "probability between equals is the tie rate (0 gives plain Bradley-Terry).", ""},
        footer = {"", "Examples:",
            "  ordinal generate --items 200 --battles 2000000 --tie-rate 0.3 --seed 7 -o battles.csv",
            "  ordinal generate --items 10 --battles 5000 --truth truth.csv | ordinal rank -"})
final class GenerateCommand implements Callable<Integer> {
    @Option(names = "--items", paramLabel = "N", defaultValue = "20", description = "Items (default ${DEFAULT-VALUE}).")
    int items;

    @Option(names = "--battles", paramLabel = "N", defaultValue = "10000",
            description = "Battles (default ${DEFAULT-VALUE}).")
    long battles;

    @Option(names = "--tie-rate", paramLabel = "P", defaultValue = "0.0",
            description = "Tie probability between equally strong items, in [0, 1) (default ${DEFAULT-VALUE}).")
    double tieRate;

    @Option(names = "--spread", paramLabel = "SD", defaultValue = "1.0",
            description = "Standard deviation of the true log-strengths (default ${DEFAULT-VALUE}).")
    double spread;

    @Option(names = "--seed", paramLabel = "S", defaultValue = "1", description = "Random seed (default ${DEFAULT-VALUE}).")
    long seed;

    @Option(names = {"-o", "--output"}, paramLabel = "FILE",
            description = "Write here instead of stdout; a name ending in .gz is gzipped.")
    Optional<Path> output;

    @Option(names = "--truth", paramLabel = "FILE",
            description = "Also write the true strengths as CSV: name,strength,rating (Elo scale, mean 1000).")
    Optional<Path> truth;

    @Override
    public Integer call() throws IOException {
        SyntheticBattles synthetic = new SyntheticBattles(items, battles, tieRate, spread, seed);
        Writer out = open();
        try {
            BattleCsvWriter.write(synthetic, out);
        } finally {
            if (output.isPresent()) {
                out.close();
            } else {
                out.flush();
            }
        }
        if (truth.isPresent()) {
            double[] strengths = synthetic.strengths();
            double mean = java.util.Arrays.stream(strengths).average().orElse(0);
            try (Writer truthOut = Files.newBufferedWriter(truth.get(), StandardCharsets.UTF_8)) {
                truthOut.write("name,strength,rating\n");
                for (int i = 0; i < items; i++) {
                    truthOut.write(String.format(Locale.ROOT, "%s,%.6f,%.2f%n", synthetic.name(i), strengths[i] - mean,
                            1000 + 400 / Math.log(10) * (strengths[i] - mean)));
                }
            }
        }
        return 0;
    }

    private Writer open() throws IOException {
        OutputStream stream = output.isPresent() ? Files.newOutputStream(output.get()) : System.out;
        if (output.isPresent() && output.get().toString().endsWith(".gz")) {
            stream = new GZIPOutputStream(stream, 1 << 16);
        }
        return new BufferedWriter(new OutputStreamWriter(stream, StandardCharsets.UTF_8), 1 << 16);
    }
}
