package io.github.cameltiktok.client;

import java.time.Duration;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Exponential backoff with full jitter for retryable failures; one policy for every call of a client.
 *
 * @param maxRetries   retries after the first attempt; 0 disables retrying
 * @param initialDelay delay before the first retry
 * @param maxDelay     cap of any single delay
 */
public record RetryPolicy(int maxRetries, Duration initialDelay, Duration maxDelay) {

    public static final RetryPolicy NONE = new RetryPolicy(0, Duration.ZERO, Duration.ZERO);

    public RetryPolicy {
        if (maxRetries < 0) {
            throw new IllegalArgumentException("maxRetries must be >= 0");
        }
    }

    /** Delay before retry number {@code retry} (1-based): random in [cap/2, cap], cap = initial * 2^(retry-1). */
    public long delayMillis(int retry) {
        long initial = Math.max(0, initialDelay.toMillis());
        long cap = Math.min(Math.max(initial, maxDelay.toMillis()), initial << Math.min(retry - 1, 30));
        if (cap <= 1) {
            return cap;
        }
        return cap / 2 + ThreadLocalRandom.current().nextLong(cap / 2 + 1);
    }
}
