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
package io.github.cameltiktok.client.http;

import java.time.Duration;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Exponential backoff with full jitter for retryable failures; one policy for every call of a client.
 *
 * @param maxRetries      retries after the first attempt of a failure that may pass (server errors, broken
 *                        connections); 0 disables retrying
 * @param initialDelay    delay before the first retry
 * @param maxDelay        cap of any single delay
 * @param throttleTimeout how long TikTok's throttling (40100, 40133, HTTP 429) is waited out, retries counted in
 *                        time rather than number: TikTok's limits count per second, minute and day
 */
public record RetryPolicy(int maxRetries, Duration initialDelay, Duration maxDelay, Duration throttleTimeout) {

    public static final RetryPolicy NONE = new RetryPolicy(0, Duration.ZERO, Duration.ZERO, Duration.ZERO);
    /** Throttling backs off at least this far, so that a retry can reach TikTok's next per-minute window. */
    static final long MIN_THROTTLE_CAP_MILLIS = 60_000;

    public RetryPolicy {
        if (maxRetries < 0) {
            throw new IllegalArgumentException("maxRetries must be >= 0");
        }
    }

    /** Delay before retry number {@code retry} (1-based): random in [cap/2, cap], cap = initial * 2^(retry-1). */
    public long delayMillis(int retry) {
        return delayMillis(retry, maxDelay.toMillis());
    }

    /** Delay before retry number {@code retry} of a throttled request: the cap reaches a minute at least. */
    public long throttleDelayMillis(int retry) {
        return delayMillis(retry, Math.max(maxDelay.toMillis(), MIN_THROTTLE_CAP_MILLIS));
    }

    private long delayMillis(int retry, long maxMillis) {
        long initial = Math.max(0, initialDelay.toMillis());
        long limit = Math.max(initial, maxMillis);
        // doubling that stops at the limit: never overflows, whatever the options
        long grown = initial;
        for (int i = 1; i < retry && grown < limit; i++) {
            grown = grown > limit / 2 ? limit : grown * 2;
        }
        long cap = Math.min(limit, grown);
        if (cap <= 1) {
            return cap;
        }
        return cap / 2 + ThreadLocalRandom.current().nextLong(cap / 2 + 1);
    }
}
