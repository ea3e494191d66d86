package dev.ordinal.uncertainty;

import dev.ordinal.judgment.SyntheticBattles;
import org.junit.jupiter.api.Test;

class ScratchDiagTest {
    @Test
    void diag() {
        for (int item = 0; item < 4; item++) {
            double sum = 0, sq = 0;
            int n = 2000;
            StringBuilder first = new StringBuilder();
            for (int s = 0; s < n; s++) {
                double x = new SyntheticBattles(8, 0, 0, 1, s).strengths()[item];
                sum += x; sq += x * x;
                if (s < 6) first.append(String.format("%.4f ", x));
            }
            System.out.printf("item %d mean %.4f var %.4f first %s%n", item, sum / n, sq / n - (sum / n) * (sum / n), first);
        }
        // first battle outcomes
        int[] aFirst = new int[8];
        for (int s = 0; s < 2000; s++) {
            final int[] got = new int[1];
            new SyntheticBattles(8, 1, 0, 1, s).generate((a, b, o) -> got[0] = a);
            aFirst[got[0]]++;
        }
        System.out.println(java.util.Arrays.toString(aFirst));
    }
}
