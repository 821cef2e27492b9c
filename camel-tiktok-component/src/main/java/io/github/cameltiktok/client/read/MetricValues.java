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

import java.math.BigDecimal;

/**
 * TikTok sends every value as a string. Numeric metrics become {@link Long} (integers) or {@link BigDecimal}
 * (decimals, scale kept: "1.20" stays 1.20); the placeholders {@code "-"} and {@code ""} become null.
 */
public final class MetricValues {

    private MetricValues() {
    }

    /** A dimension or text metric: the string itself, null for a placeholder. */
    public static String text(String raw) {
        return isPlaceholder(raw) ? null : raw;
    }

    /** A numeric metric; a value that is not a number (a metric the catalog does not know yet) stays a string. */
    public static Object parse(String raw) {
        return raw == null ? null : parse(raw.toCharArray(), 0, raw.length());
    }

    /**
     * The same from a slice of the JSON parser's buffer: no String is made for a number, which is most of what a
     * report holds.
     */
    public static Object parse(char[] chars, int offset, int length) {
        if (length == 0 || (length == 1 && chars[offset] == '-')) {
            return null;
        }
        int start = chars[offset] == '-' || chars[offset] == '+' ? 1 : 0;
        int digits = length - start;
        if (digits > 0 && digits <= 19) {
            long value = 0;
            int i = start;
            for (; i < length; i++) {
                char c = chars[offset + i];
                if (c < '0' || c > '9') {
                    break;
                }
                value = value * 10 + (c - '0');
            }
            // 19 digits may overflow a long (past 9223372036854775807): then the wrapped value is negative
            if (i == length && value >= 0) {
                return chars[offset] == '-' ? -value : value;
            }
        }
        try {
            return new BigDecimal(chars, offset, length);
        } catch (NumberFormatException e) {
            return new String(chars, offset, length);
        }
    }

    /**
     * The sum of two values of an additive metric, null counting as nothing: {@link Long} while both are whole,
     * else {@link BigDecimal}.
     */
    public static Object sum(Object a, Object b) {
        if (!(a instanceof Number)) {
            return b instanceof Number ? b : null;
        }
        if (!(b instanceof Number)) {
            return a;
        }
        if (a instanceof Long x && b instanceof Long y) {
            try {
                return Math.addExact(x, y);
            } catch (ArithmeticException overflow) {
                return BigDecimal.valueOf(x).add(BigDecimal.valueOf(y));
            }
        }
        return new BigDecimal(a.toString()).add(new BigDecimal(b.toString()));
    }

    private static boolean isPlaceholder(String raw) {
        return raw == null || raw.isEmpty() || (raw.length() == 1 && raw.charAt(0) == '-');
    }
}
