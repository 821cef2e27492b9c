package io.github.cameltiktok.client;

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
        if (isPlaceholder(raw)) {
            return null;
        }
        if (isLong(raw)) {
            return Long.parseLong(raw);
        }
        try {
            return new BigDecimal(raw);
        } catch (NumberFormatException e) {
            return raw;
        }
    }

    private static boolean isPlaceholder(String raw) {
        return raw == null || raw.isEmpty() || (raw.length() == 1 && raw.charAt(0) == '-');
    }

    /** Digits with an optional sign, short enough to never overflow a long. */
    private static boolean isLong(String raw) {
        int start = raw.charAt(0) == '-' || raw.charAt(0) == '+' ? 1 : 0;
        int length = raw.length() - start;
        if (length == 0 || length > 18) {
            return false;
        }
        for (int i = start; i < raw.length(); i++) {
            char c = raw.charAt(i);
            if (c < '0' || c > '9') {
                return false;
            }
        }
        return true;
    }
}
