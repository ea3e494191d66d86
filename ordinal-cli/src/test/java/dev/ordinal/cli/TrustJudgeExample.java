package dev.ordinal.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * Makes the synthetic judge of {@code examples/trustjudge/}: not a real model's output, but a
 * seeded simulation of a judge that rates single answers on a 1–10 scale and compares answers in
 * both orders, with noise and a pull towards the first position, so that its sampled verdicts and
 * top grades are inconsistent the way TrustJudge (Wang et al. 2025) describes. The files hold:
 * <ul>
 * <li>{@code ratings.jsonl}: per prompt and model, the judge's probabilities of grades 1–10;
 * <li>{@code preferences.jsonl}: per prompt and ordered pair (both orders), the probabilities of
 *     left wins, tie (right wins: the rest);
 * <li>{@code scores.csv}: the top grade of each rating, as a judge that reports its most probable
 *     grade would score;
 * <li>{@code comparisons.csv}: each order's most probable verdict, in LLMFAO's layout (the judge in
 *     {@code worker}, one {@code id} per prompt and pair, shared by its two orders).
 * </ul>
 * The procedure, with {@link SplittableRandom} seeded {@value #SEED} and draws in the order below:
 * each model has a base quality ({@link #BASE}, best first), and per prompt a quality
 * q = base + 0.5·N(0, 1) (prompts in {@link #PROMPTS} order, models in {@link #MODELS} order). A
 * rating has logits −(g − μ)² / (2 · 1.5²) + 0.8·N(0, 1) for g = 1…10 with μ = 5.5 + 2q, softmaxed
 * and rounded to 4 decimals (the rounding remainder added to the largest, so they sum to 1).
 * For each pair of models (i &lt; j, in {@link #MODELS} order) and each order (i left first, then
 * j left), d = q_left − q_right + 0.3 + 0.6·N(0, 1); tie = 0.2·exp(−d²); left_wins =
 * (1 − tie)/(1 + exp(−2d)), both rounded to 4 decimals. {@code TrustJudgeExampleTest} checks that the
 * shipped files are exactly this output, and rewrites them with {@code -Dordinal.writeExamples=true}.
 */
final class TrustJudgeExample {
    static final long SEED = 2025;
    static final List<String> PROMPTS = List.of("8", "5", "18");
    static final List<String> MODELS = List.of("GPT 4", "Claude v2", "Airoboros L2 70B", "Code Llama (13B)",
            "Chronos Hermes (13B)", "Alpaca (7B)");
    static final double[] BASE = {1.0, 0.6, 0.2, -0.2, -0.6, -1.0};
    static final String JUDGE = "synthetic-judge";

    private TrustJudgeExample() {
    }

    /** File name to content. */
    static Map<String, String> files() {
        SplittableRandom random = new SplittableRandom(SEED);
        double[][] quality = new double[PROMPTS.size()][MODELS.size()];
        for (int p = 0; p < PROMPTS.size(); p++) {
            for (int m = 0; m < MODELS.size(); m++) {
                quality[p][m] = BASE[m] + 0.5 * gaussian(random);
            }
        }
        StringBuilder ratings = new StringBuilder();
        StringBuilder scores = new StringBuilder("judge,context,item,score\n");
        for (int p = 0; p < PROMPTS.size(); p++) {
            for (int m = 0; m < MODELS.size(); m++) {
                double mu = 5.5 + 2 * quality[p][m];
                double[] weights = new double[10];
                double total = 0;
                for (int g = 1; g <= 10; g++) {
                    weights[g - 1] = Math.exp(-(g - mu) * (g - mu) / (2 * 1.5 * 1.5) + 0.8 * gaussian(random));
                    total += weights[g - 1];
                }
                long[] tenThousandths = new long[10];
                long sum = 0;
                int top = 0;
                for (int g = 0; g < 10; g++) {
                    tenThousandths[g] = Math.round(weights[g] / total * 10_000);
                    sum += tenThousandths[g];
                    top = tenThousandths[g] > tenThousandths[top] ? g : top;
                }
                tenThousandths[top] += 10_000 - sum;
                List<String> probabilities = new ArrayList<>();
                for (long value : tenThousandths) {
                    probabilities.add(decimal(value / 10_000.0));
                }
                ratings.append(String.format(Locale.ROOT, "{\"judge\":\"%s\",\"context\":%s,\"item\":\"%s\","
                        + "\"grades\":[1,2,3,4,5,6,7,8,9,10],\"probabilities\":[%s]}%n", JUDGE, PROMPTS.get(p),
                        MODELS.get(m), String.join(",", probabilities)));
                scores.append(JUDGE).append(',').append(PROMPTS.get(p)).append(',').append(MODELS.get(m)).append(',')
                        .append(top + 1).append('\n');
            }
        }
        StringBuilder preferences = new StringBuilder();
        StringBuilder comparisons = new StringBuilder("id,prompt,worker,left,right,winner\n");
        int id = 0;
        for (int p = 0; p < PROMPTS.size(); p++) {
            for (int i = 0; i < MODELS.size(); i++) {
                for (int j = i + 1; j < MODELS.size(); j++) {
                    for (int[] order : new int[][] {{i, j}, {j, i}}) {
                        double d = quality[p][order[0]] - quality[p][order[1]] + 0.3 + 0.6 * gaussian(random);
                        double tie = Math.round(0.2 * Math.exp(-d * d) * 10_000) / 10_000.0;
                        double left = Math.round((1 - tie) / (1 + Math.exp(-2 * d)) * 10_000) / 10_000.0;
                        double right = 1 - left - tie;
                        String leftName = MODELS.get(order[0]);
                        String rightName = MODELS.get(order[1]);
                        preferences.append(String.format(Locale.ROOT, "{\"judge\":\"%s\",\"context\":%s,\"left\":\"%s\","
                                + "\"right\":\"%s\",\"left_wins\":%s,\"tie\":%s}%n", JUDGE, PROMPTS.get(p), leftName,
                                rightName, decimal(left), decimal(tie)));
                        String winner = left > right && left > tie ? "left" : right > left && right > tie ? "right"
                                : "tie";
                        comparisons.append(id).append(',').append(PROMPTS.get(p)).append(',').append(JUDGE).append(',')
                                .append(leftName)
                                .append(',').append(rightName).append(',').append(winner).append('\n');
                    }
                    id++;
                }
            }
        }
        return Map.of("ratings.jsonl", ratings.toString(), "scores.csv", scores.toString(),
                "preferences.jsonl", preferences.toString(), "comparisons.csv", comparisons.toString());
    }

    /** A standard normal draw (Box–Muller, one of the pair), so that the draws do not depend on the JDK. */
    private static double gaussian(SplittableRandom random) {
        double u = 1 - random.nextDouble();
        double v = random.nextDouble();
        return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * v);
    }

    /** Up to 4 decimals, without trailing zeros. */
    private static String decimal(double value) {
        return new java.math.BigDecimal(String.format(Locale.ROOT, "%.4f", value)).stripTrailingZeros().toPlainString();
    }
}
