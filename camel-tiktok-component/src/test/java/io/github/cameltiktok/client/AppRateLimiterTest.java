package io.github.cameltiktok.client;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class AppRateLimiterTest {

    @Test
    void eachThrottledAnswerHalvesTheRateDownToAnEighth() {
        AppRateLimiter limiter = AppRateLimiter.of("test", 100);
        assertThat(limiter.currentSlowdown()).isEqualTo(1);
        limiter.throttled();
        assertThat(limiter.currentSlowdown()).isEqualTo(2);
        limiter.throttled();
        limiter.throttled();
        limiter.throttled();
        assertThat(limiter.currentSlowdown()).isEqualTo(AppRateLimiter.MAX_SLOWDOWN);
    }

    @Test
    void aSlowedLimiterSpacesRequestsFurther() {
        // 100 per second: 10 requests take ~0.1 s; at a quarter of the rate ~0.4 s
        AppRateLimiter limiter = AppRateLimiter.of("spacing", 100);
        limiter.throttled();
        limiter.throttled();
        long started = System.nanoTime();
        for (int i = 0; i < 10; i++) {
            limiter.acquire("test");
        }
        long millis = (System.nanoTime() - started) / 1_000_000;
        assertThat(millis).isGreaterThanOrEqualTo(350);
    }
}
