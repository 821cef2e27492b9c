/*
 * Copyright 2026 The camel-tiktok authors
 *
 * Licensed under the Apache License, Version 2.0 (the "License");
 * you may not use this file except in compliance with the License.
 * You may obtain a copy of the License at
 *
 *     http://www.apache.org/licenses/LICENSE-2.0
 *
 * Unless required by applicable law or agreed to in writing, software
 * distributed under the License is distributed on an "AS IS" BASIS,
 * WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
 * See the License for the specific language governing permissions and
 * limitations under the License.
 */
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
