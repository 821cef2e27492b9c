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

import org.junit.jupiter.api.RepeatedTest;

import static org.assertj.core.api.Assertions.assertThat;

class RetryPolicyTest {

    private final RetryPolicy policy = new RetryPolicy(8, Duration.ofSeconds(1), Duration.ofSeconds(10),
            Duration.ofMinutes(5));

    @RepeatedTest(20)
    void delaysDoubleWithJitterUpToTheCap() {
        assertThat(policy.delayMillis(1)).isBetween(500L, 1000L);
        assertThat(policy.delayMillis(2)).isBetween(1000L, 2000L);
        assertThat(policy.delayMillis(3)).isBetween(2000L, 4000L);
        assertThat(policy.delayMillis(5)).isBetween(5000L, 10_000L);
        assertThat(policy.delayMillis(40)).isBetween(5000L, 10_000L);
    }

    @RepeatedTest(20)
    void throttlingBacksOffToAMinuteAtLeast() {
        assertThat(policy.throttleDelayMillis(1)).isBetween(500L, 1000L);
        assertThat(policy.throttleDelayMillis(6)).isBetween(16_000L, 32_000L);
        assertThat(policy.throttleDelayMillis(7)).isBetween(30_000L, 60_000L);
        assertThat(policy.throttleDelayMillis(100)).isBetween(30_000L, 60_000L);
    }

    @RepeatedTest(3)
    void hugeDelaysNeverOverflow() {
        RetryPolicy huge = new RetryPolicy(3, Duration.ofMillis(Long.MAX_VALUE / 3), Duration.ofMillis(Long.MAX_VALUE),
                Duration.ZERO);
        assertThat(huge.delayMillis(63)).isPositive();
        assertThat(huge.throttleDelayMillis(1000)).isPositive();
    }

    @RepeatedTest(3)
    void zeroDelaysStayZero() {
        assertThat(RetryPolicy.NONE.delayMillis(1)).isZero();
    }
}
