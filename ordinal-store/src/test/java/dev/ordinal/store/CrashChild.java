package dev.ordinal.store;

import dev.ordinal.judgment.Outcome;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * Appends judgments from several threads until killed, printing {@code ACK <id> END} for each id
 * whose append was acknowledged. Run by {@link StoreContract#acknowledgedJudgmentsSurviveSigkill}.
 */
public final class CrashChild {
    public static void main(String[] args) {
        String location = args[0];
        String arena = args[1];
        String prefix = args[2];
        PrintStream out = new PrintStream(new java.io.FileOutputStream(java.io.FileDescriptor.out), true,
                StandardCharsets.UTF_8);
        Store store = Store.open(location);
        ExecutorService pool = Executors.newFixedThreadPool(8);
        for (int t = 0; t < 8; t++) {
            int thread = t;
            pool.submit(() -> {
                for (int batch = 0; ; batch++) {
                    List<NewJudgment> judgments = new ArrayList<>();
                    for (int k = 0; k < 1 + batch % 7; k++) {
                        judgments.add(NewJudgment.of(prefix + "-" + thread + "-" + batch + "-" + k, "gpt", "claude",
                                Outcome.values()[(batch + k) % 4]));
                    }
                    AppendResult result = store.append(arena, judgments);
                    StringBuilder acks = new StringBuilder();
                    for (String id : result.stored()) {
                        acks.append("ACK ").append(id).append(" END\n");
                    }
                    synchronized (out) {
                        out.print(acks);
                        out.flush();
                    }
                }
            });
        }
    }
}
