package dev.ordinal.io;

import dev.ordinal.judgment.ComparisonTable;
import dev.ordinal.judgment.Outcome;
import java.util.Arrays;

/**
 * Counts and weights per (side A, side B, outcome), gathered in an open-addressing hash table of
 * primitive keys before they reach {@link ComparisonTable.Builder}. A file of millions of rows has
 * only thousands of distinct cells, so the builder then sees each cell once instead of boxing a
 * key for every row.
 */
final class CellCounts {
    private static final int OUTCOMES = Outcome.values().length;
    private static final Outcome[] OUTCOME_VALUES = Outcome.values();

    private long[] keys = new long[1 << 10];
    private int[] slots = new int[1 << 10];
    private long[] cellKeys = new long[256];
    private long[] counts = new long[256];
    private double[] weights = new double[256];
    private int size;

    void add(int a, int b, Outcome outcome, double weight) {
        long key = ((((long) a << 31) | b) * OUTCOMES + outcome.ordinal()) + 1;
        int mask = keys.length - 1;
        int slot = mix(key) & mask;
        while (keys[slot] != 0 && keys[slot] != key) {
            slot = (slot + 1) & mask;
        }
        int cell;
        if (keys[slot] == 0) {
            cell = insert(slot, key);
        } else {
            cell = slots[slot];
        }
        counts[cell]++;
        weights[cell] += weight;
    }

    private int insert(int slot, long key) {
        int cell = size++;
        if (cell == cellKeys.length) {
            cellKeys = Arrays.copyOf(cellKeys, 2 * cell);
            counts = Arrays.copyOf(counts, 2 * cell);
            weights = Arrays.copyOf(weights, 2 * cell);
        }
        cellKeys[cell] = key;
        keys[slot] = key;
        slots[slot] = cell;
        if (2 * size > keys.length) {
            rehash();
        }
        return cell;
    }

    private void rehash() {
        keys = new long[2 * keys.length];
        slots = new int[keys.length];
        int mask = keys.length - 1;
        for (int cell = 0; cell < size; cell++) {
            int slot = mix(cellKeys[cell]) & mask;
            while (keys[slot] != 0) {
                slot = (slot + 1) & mask;
            }
            keys[slot] = cellKeys[cell];
            slots[slot] = cell;
        }
    }

    /** The finaliser of SplitMix64 (Steele, Lea and Flood, OOPSLA 2014), to spread sequential keys. */
    private static int mix(long key) {
        long z = (key ^ (key >>> 30)) * 0xbf58476d1ce4e5b9L;
        z = (z ^ (z >>> 27)) * 0x94d049bb133111ebL;
        return (int) (z ^ (z >>> 31));
    }

    /** Adds every cell, in order of first appearance, to {@code table}. */
    void addTo(ComparisonTable.Builder table) {
        for (int cell = 0; cell < size; cell++) {
            long key = cellKeys[cell] - 1;
            int outcome = (int) (key % OUTCOMES);
            long pair = key / OUTCOMES;
            table.add((int) (pair >>> 31), (int) (pair & 0x7fffffffL), OUTCOME_VALUES[outcome], counts[cell], weights[cell]);
        }
    }
}
