package dev.ordinal.bench;

import dev.ordinal.io.BattleCsvWriter;
import dev.ordinal.io.JudgmentFiles;
import dev.ordinal.io.LoadedPairwise;
import dev.ordinal.io.ReadOptions;
import dev.ordinal.judgment.ComparisonTable;
import dev.ordinal.judgment.SyntheticBattles;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The data every benchmark here uses: the recipe, 2,000,000 battles over 200 items with a
 * tie rate of 0.3, spread 1.0, seed 7. Written in the same Chatbot Arena CSV layout as
 * {@code ordinal generate --items 200 --battles 2000000 --tie-rate 0.3 --seed 7}, so the file is
 * byte-for-byte the one the end-to-end script times.
 */
final class BenchData {
    static final int ITEMS = 200;
    static final long BATTLES = 2_000_000;
    static final double TIE_RATE = 0.3;
    static final double SPREAD = 1.0;
    static final long SEED = 7;

    private BenchData() {
    }

    static SyntheticBattles battles() {
        return new SyntheticBattles(ITEMS, BATTLES, TIE_RATE, SPREAD, SEED);
    }

    /** Writes the battles to a new temporary CSV file; the caller deletes it. */
    static Path writeCsv() {
        try {
            Path file = Files.createTempFile("ordinal-bench-battles-", ".csv");
            try (Writer out = new BufferedWriter(Files.newBufferedWriter(file, StandardCharsets.UTF_8), 1 << 16)) {
                BattleCsvWriter.write(battles(), out);
            }
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The comparison table {@code ordinal rank} fits: the CSV written, read back with
     * {@link JudgmentFiles#read} (so items are numbered in order of first appearance, as in the
     * CLI) and deleted.
     */
    static ComparisonTable table() {
        Path csv = writeCsv();
        try {
            return ((LoadedPairwise) JudgmentFiles.read(csv.toString(), ReadOptions.defaults(), bytes -> { })).table();
        } finally {
            delete(csv);
        }
    }

    static void delete(Path file) {
        try {
            if (file != null) {
                Files.deleteIfExists(file);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
