package io.github.cameltiktok.client.http;

import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class StopAwareSleepTest {

    @Test
    void aStopEndsTheWaitWithTheCallersException() {
        AtomicInteger checks = new AtomicInteger();
        assertThatThrownBy(() -> StopAwareSleep.sleep(60_000, () -> checks.incrementAndGet() < 2,
                () -> new ReadStoppedException("stopped")))
                .isInstanceOf(ReadStoppedException.class).hasMessage("stopped");
        // checked once before each step of at most STOP_CHECK_MILLIS: a minute's wait ended after one step
        assertThat(checks.get()).isEqualTo(2);
    }

    @Test
    void aWaitThatIsAllowedToRunEnds() {
        StopAwareSleep.sleep(1, () -> true, () -> new IllegalStateException("not stopped"));
    }

    @Test
    void anInterruptFailsTheReadAndStaysSet() {
        Thread.currentThread().interrupt();
        try {
            assertThatThrownBy(() -> StopAwareSleep.sleep(1_000))
                    .isInstanceOf(TikTokApiException.class).hasMessageContaining("Interrupted");
            assertThat(Thread.currentThread().isInterrupted()).isTrue();
        } finally {
            Thread.interrupted();
        }
    }

    @Test
    void aStopIsNeverRetried() {
        ReadStoppedException stop = new ReadStoppedException("stopped");
        assertThat(stop.isRetryable()).isFalse();
        assertThat(stop.getCode()).isEqualTo(TikTokApiException.NO_CODE);
    }
}
