package dev.ordinal.io;

import dev.ordinal.judgment.Outcome;
import dev.ordinal.judgment.SyntheticBattles;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;

/**
 * Writes battles in the Chatbot Arena CSV layout that {@link JudgmentFiles} reads back:
 * {@code model_a,model_b,winner} with {@code winner} ∈ {@code model_a}, {@code model_b},
 * {@code tie}, {@code tie (bothbad)}.
 */
public final class BattleCsvWriter {
    private BattleCsvWriter() {
    }

    /** Writes the header and every battle of {@code battles}; does not close {@code out}. */
    public static void write(SyntheticBattles battles, Writer out) throws IOException {
        String[] names = new String[battles.items()];
        for (int i = 0; i < names.length; i++) {
            names[i] = battles.name(i);
        }
        out.write("model_a,model_b,winner\n");
        StringBuilder line = new StringBuilder(64);
        try {
            battles.generate((a, b, outcome) -> {
                line.setLength(0);
                line.append(names[a]).append(',').append(names[b]).append(',').append(verdict(outcome)).append('\n');
                try {
                    out.append(line);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
    }

    /** The arena's name for an outcome. */
    public static String verdict(Outcome outcome) {
        return switch (outcome) {
            case A -> "model_a";
            case B -> "model_b";
            case TIE -> "tie";
            case BOTH_BAD -> "tie (bothbad)";
        };
    }
}
