package dev.ordinal.judgment;

import java.util.Arrays;

/**
 * Numbers pairs of item indices 0, 1, 2, … in order of first appearance, in an open-addressing
 * hash table of primitive keys with linear probing, so that counting millions of judgments boxes
 * nothing. Keys are mixed with the SplitMix64 finaliser (Steele, Lea and Flood, OOPSLA 2014):
 * the plain {@code a << 32 | b} clusters badly under a power-of-two mask. Not thread-safe.
 */
final class PairIndex {
    private static final long EMPTY = -1L;

    private long[] keys = emptyKeys(1 << 8);
    private int[] numbers = new int[1 << 8];
    private int size;

    /** The number of the pair (a, b), giving it the next number when it is new. */
    int numberOf(int a, int b) {
        long key = ((long) a << 32) | (b & 0xffffffffL);
        int mask = keys.length - 1;
        int slot = mix(key) & mask;
        while (keys[slot] != EMPTY) {
            if (keys[slot] == key) {
                return numbers[slot];
            }
            slot = (slot + 1) & mask;
        }
        keys[slot] = key;
        numbers[slot] = size;
        if (2 * ++size > keys.length) {
            grow();
        }
        return size - 1;
    }

    /** Number of distinct pairs seen. */
    int size() {
        return size;
    }

    private void grow() {
        long[] oldKeys = keys;
        int[] oldNumbers = numbers;
        keys = emptyKeys(2 * oldKeys.length);
        numbers = new int[keys.length];
        int mask = keys.length - 1;
        for (int old = 0; old < oldKeys.length; old++) {
            if (oldKeys[old] != EMPTY) {
                int slot = mix(oldKeys[old]) & mask;
                while (keys[slot] != EMPTY) {
                    slot = (slot + 1) & mask;
                }
                keys[slot] = oldKeys[old];
                numbers[slot] = oldNumbers[old];
            }
        }
    }

    private static long[] emptyKeys(int capacity) {
        long[] keys = new long[capacity];
        Arrays.fill(keys, EMPTY);
        return keys;
    }

    private static int mix(long key) {
        long z = (key ^ (key >>> 30)) * 0xbf58476d1ce4e5b9L;
        z = (z ^ (z >>> 27)) * 0x94d049bb133111ebL;
        return (int) (z ^ (z >>> 31));
    }
}
