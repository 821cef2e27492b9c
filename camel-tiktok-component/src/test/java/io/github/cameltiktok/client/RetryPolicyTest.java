package io.github.cameltiktok.client;

import java.time.Duration;

import org.junit.jupiter.api.RepeatedTest;

import static org.assertj.core.api.Assertions.assertThat;

class RetryPolicyTest {

    private final RetryPolicy policy = new RetryPolicy(8, Duration.ofSeconds(1), Duration.ofSeconds(10));

    @RepeatedTest(20)
    void delaysDoubleWithJitterUpToTheCap() {
        assertThat(policy.delayMillis(1)).isBetween(500L, 1000L);
        assertThat(policy.delayMillis(2)).isBetween(1000L, 2000L);
        assertThat(policy.delayMillis(3)).isBetween(2000L, 4000L);
        assertThat(policy.delayMillis(5)).isBetween(5000L, 10_000L);
        assertThat(policy.delayMillis(40)).isBetween(5000L, 10_000L);
    }

    @RepeatedTest(3)
    void zeroDelaysStayZero() {
        assertThat(RetryPolicy.NONE.delayMillis(1)).isZero();
    }
}
