package io.github.cameltiktok.client.read;

/**
 * A set of longs in one array (open addressing): a chunk of 300,000 rows costs 4 MiB of keys rather than the
 * 20 MiB of boxed ones, which matters to a {@code splitRows} consumer meant to run in a small heap.
 */
final class LongSet {
    private long[] slots = new long[1024];
    private int size;
    private boolean hasZero;

    /** False when the value was in the set already. */
    boolean add(long value) {
        if (value == 0) {
            boolean added = !hasZero;
            hasZero = true;
            return added;
        }
        // at most three quarters full: linear probing stays short, and 300,000 keys fit in 4 MiB
        if (4 * (size + 1) > 3 * slots.length) {
            grow();
        }
        if (!insert(slots, value)) {
            return false;
        }
        size++;
        return true;
    }

    private static boolean insert(long[] table, long value) {
        int mask = table.length - 1;
        for (int i = (int) (value ^ (value >>> 32)) & mask; ; i = (i + 1) & mask) {
            if (table[i] == 0) {
                table[i] = value;
                return true;
            }
            if (table[i] == value) {
                return false;
            }
        }
    }

    private void grow() {
        long[] bigger = new long[slots.length * 2];
        for (long value : slots) {
            if (value != 0) {
                insert(bigger, value);
            }
        }
        slots = bigger;
    }
}
