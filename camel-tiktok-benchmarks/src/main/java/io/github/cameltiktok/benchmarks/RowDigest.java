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
package io.github.cameltiktok.benchmarks;

import java.math.BigDecimal;
import java.util.Map;
import java.util.Objects;

/**
 * What a contender delivered, folded so that two contenders can be proven to have done the same work: the row count,
 * Σ impressions, Σ spend (exact), and order-insensitive hashes of each row's dimension key and of its field names
 * with their Java types. Rows may arrive in any order (concurrent readers); a row missing, repeated or typed
 * differently changes the digest.
 */
final class RowDigest {

    private long rows;
    private long impressions;
    private BigDecimal spend = BigDecimal.ZERO;
    private long keys;
    private long shapes;

    /** Folds one row given as its fields in order. */
    synchronized void add(Map<String, Object> row) {
        long key = 0xcbf29ce484222325L;
        long shape = 17;
        for (Map.Entry<String, Object> field : row.entrySet()) {
            Object value = field.getValue();
            if ("adgroup_id".equals(field.getKey()) || "stat_time_day".equals(field.getKey())) {
                key = fnv(key, String.valueOf(value));
            }
            shape = shape * 31 + field.getKey().hashCode();
            shape = shape * 31 + (value == null ? 0 : value.getClass().getName().hashCode());
            if ("impressions".equals(field.getKey()) && value != null) {
                impressions += ((Number) value).longValue();
            } else if ("spend".equals(field.getKey()) && value != null) {
                spend = spend.add(value instanceof BigDecimal d ? d : new BigDecimal(value.toString()));
            }
        }
        rows++;
        keys += mix(key);
        shapes += mix(shape);
    }

    private static long fnv(long hash, String text) {
        for (int i = 0; i < text.length(); i++) {
            hash = (hash ^ text.charAt(i)) * 0x100000001b3L;
        }
        return (hash ^ 0x1f) * 0x100000001b3L;
    }

    /** SplitMix64's finaliser, so that sums of hashes do not cancel out. */
    private static long mix(long z) {
        z = (z ^ (z >>> 30)) * 0xbf58476d1ce4e5b9L;
        z = (z ^ (z >>> 27)) * 0x94d049bb133111ebL;
        return z ^ (z >>> 31);
    }

    synchronized long rows() {
        return rows;
    }

    @Override
    public synchronized boolean equals(Object other) {
        if (!(other instanceof RowDigest d)) {
            return false;
        }
        return rows == d.rows && impressions == d.impressions && spend.compareTo(d.spend) == 0 && keys == d.keys
               && shapes == d.shapes;
    }

    @Override
    public synchronized int hashCode() {
        return Objects.hash(rows, impressions, spend.stripTrailingZeros(), keys, shapes);
    }

    @Override
    public synchronized String toString() {
        return "rows=" + rows + " impressions=" + impressions + " spend=" + spend.toPlainString() + " keys="
               + Long.toHexString(keys) + " shapes=" + Long.toHexString(shapes);
    }

    /** The digest as one line, and back: the server prints its own. */
    static RowDigest parse(String line) {
        RowDigest digest = new RowDigest();
        for (String part : line.trim().split(" ")) {
            String[] kv = part.split("=", 2);
            switch (kv[0]) {
                case "rows" -> digest.rows = Long.parseLong(kv[1]);
                case "impressions" -> digest.impressions = Long.parseLong(kv[1]);
                case "spend" -> digest.spend = new BigDecimal(kv[1]);
                case "keys" -> digest.keys = Long.parseUnsignedLong(kv[1], 16);
                case "shapes" -> digest.shapes = Long.parseUnsignedLong(kv[1], 16);
                default -> throw new IllegalArgumentException("Unknown digest part " + part);
            }
        }
        return digest;
    }
}
